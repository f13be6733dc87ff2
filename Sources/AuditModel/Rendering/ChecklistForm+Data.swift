/// The JSON block the form's script reads: every rule, message and CSV cell comes from
/// here, generated from the model, ``AnswerMessages`` and ``Checklist/csv()``'s own rows.
extension ChecklistForm {
  /// The index of the answer, comment and evidence columns in a checklist row.
  static let answerColumns = [
    ChecklistFormat.Column.answer, ChecklistFormat.Column.comment, ChecklistFormat.Column.evidence,
  ].compactMap { ChecklistFormat.Column.allCases.firstIndex(of: $0) }

  /// The rules and cells as JSON.
  func data() -> String {
    let metadata = checklist.metadata
    var head: [[String]] = checklist.metadataPairs.map { [$0.0.label, $0.1] }
    head.insert([Self.formLabel, producer], at: 1)
    let roleRow = head.firstIndex { $0.first == ChecklistFormat.respondentRole.label } ?? 0
    head.append([])
    let marks = checklist.hasCarryMarks
    head.append(checklist.headers(marks: marks))
    let tail: [[String]] = [
      [], [ChecklistFormat.exceptionsText],
      ChecklistFormat.ExceptionColumn.allCases.map(\.rawValue),
    ]
    func template(_ template: AnswerMessages.Template) -> JSONOutputValue {
      .object(["message": .string(template.message), "help": .string(template.help)])
    }
    func rows(_ rows: [[String]]) -> JSONOutputValue {
      .array(rows.map { .array($0.map(JSONOutputValue.string)) })
    }
    let questions: [JSONOutputValue] = checklist.rows.map { row in
      .object([
        "id": .string(row.questionID),
        "key": .string(Self.elementKey(row.questionID)),
        "kind": .string(row.answerKind.rawValue),
        "choices": .array(row.choices.map(JSONOutputValue.string)),
        "cells": .array(checklist.cells(row, marks: marks).map(JSONOutputValue.string)),
        "mark": .string(row.mark?.text ?? ""),
        "notApplicable": row.notApplicable.map(JSONOutputValue.string) ?? .null,
        "appliesEverywhere": .string(row.appliesEverywhere),
        "carried": row.mark.map { mark -> JSONOutputValue in
          guard case .carried(_, let answer) = mark else { return .null }
          return .string(answer)
        } ?? .null,
      ])
    }
    let storageKey = [
      "audit-form", metadata.municipalityCode, metadata.round,
      metadata.referenceDate.description, metadata.perspective.rawValue, metadata.organisation,
      metadata.modelVersion,
    ].joined(separator: "|")
    let object: JSONOutputValue = .object([
      "form": .string(Self.formatName),
      "producer": .string(producer),
      "storageKey": .string(storageKey),
      "fileName": .string(fileName),
      "referenceDate": .string(metadata.referenceDate.description),
      "scoredWords": .array(AnswerValue.scoredWords.map(JSONOutputValue.string)),
      "commonWords": .array(["vet ej", "ej aktuellt"].map(JSONOutputValue.string)),
      "numberPattern": .string(AnswerMessages.numberPattern),
      "messages": .object([
        "notAllowed": template(AnswerMessages.notAllowed),
        "notNumber": template(AnswerMessages.notNumber),
        "notDate": template(AnswerMessages.notDate),
        "notChoice": template(AnswerMessages.notChoice),
        "missingReason": template(AnswerMessages.missingReason),
        "notApplicableNotAllowed": template(AnswerMessages.notApplicableNotAllowed),
        "suggestion": .string(AnswerMessages.suggestion),
        "exceptionWithoutDuty": template(AnswerMessages.exceptionWithoutDuty),
        "exceptionWithoutJustification": template(AnswerMessages.exceptionWithoutJustification),
        "exceptionWithoutEnd": template(AnswerMessages.exceptionWithoutEnd),
        "exceptionEndNotDate": template(AnswerMessages.exceptionEndNotDate),
        "exceptionExpired": template(AnswerMessages.exceptionExpired),
        "exceptionTwice": template(AnswerMessages.exceptionTwice),
      ]),
      "csv": .object([
        "head": rows(head), "roleRow": .integer(roleRow),
        "answerColumns": .array(Self.answerColumns.map(JSONOutputValue.integer)),
        "markColumn": marks ? .integer(ChecklistFormat.Column.allCases.count) : .null,
        "confirmed": .string(CarryMark.confirmedText),
        "tail": rows(tail),
      ]),
      "questions": .array(questions),
    ])
    return JSONOutput.render(object)
  }
}
