import Foundation

/// A municipality's answers from the previous round, with the wording of each question as it
/// stood in the file it answered, so that `audit init --previous` carries an answer forward
/// only to the same question.
public struct PreviousAnswers: Hashable, Sendable {
  /// The previous round, e.g. `2025-host`.
  public var round: String
  /// Question id → the question's wording in the previous file.
  public var questionTexts: [String: String]
  /// Question id → the answer given.
  public var answers: [String: Answer]

  /// Creates previous answers from a validated response and the wording in its file.
  public init(response: Response, questionTexts: [String: String]) {
    self.round = response.metadata.round
    self.questionTexts = questionTexts
    var answers: [String: Answer] = [:]
    for answer in response.answers { answers[answer.questionID] = answer }
    self.answers = answers
  }

  /// The municipality's own answers (not civil society's) by kommunkod from the valid
  /// responses of a round and their files' bytes; of several files for one municipality the
  /// last by file name counts. A JSON file carries nothing, as its wording is not compared.
  public static func latest(_ files: [(response: Response, data: Data)]) -> [String: Self] {
    var found: [String: Self] = [:]
    for (response, data) in files.sorted(by: { $0.response.file < $1.response.file })
    where response.metadata.perspective == .municipality {
      let texts = questionTexts(inCSV: decodeText(data).text)
      guard !texts.isEmpty else { continue }
      found[response.metadata.municipalityCode] = Self(response: response, questionTexts: texts)
    }
    return found
  }

  /// The wording of every question in a checklist CSV (`fråga-id` → `fråga`); empty when the
  /// text is not such a CSV.
  public static func questionTexts(inCSV text: String) -> [String: String] {
    guard let table = try? CSVTable.parse(text) else { return [:] }
    var texts: [String: String] = [:]
    var columns: (id: Int, text: Int)?
    for record in table.records {
      let values = record.values
      let cells = values.map { AnswerValue.normalized($0) }
      if columns == nil {
        if let id = cells.firstIndex(of: ChecklistFormat.Column.questionID.rawValue),
          let question = cells.firstIndex(of: ChecklistFormat.Column.question.rawValue)
        {
          columns = (id, question)
        }
        continue
      }
      guard let columns, columns.id < values.count, columns.text < values.count else {
        continue
      }
      let id = TextFolding.trimmed(values[columns.id])
      if !id.isEmpty, texts[id] == nil { texts[id] = values[columns.text] }
    }
    return texts
  }
}

extension Checklist {
  /// This checklist with the answers of `previous` filled in where the question still has
  /// the same id and wording, each marked as carried forward; questions new since then are
  /// marked "ny fråga", and questions whose wording changed "ändrad fråga" and left empty.
  public func carryingForward(_ previous: PreviousAnswers) -> Checklist {
    var copy = self
    copy.rows = rows.map { row in
      var row = row
      guard let oldText = previous.questionTexts[row.questionID] else {
        row.mark = .newQuestion
        return row
      }
      guard AnswerValue.normalized(oldText) == AnswerValue.normalized(row.question) else {
        row.mark = .changedQuestion
        return row
      }
      guard let answer = previous.answers[row.questionID], let value = answer.value else {
        return row
      }
      row.answer = value.text
      row.comment = answer.comment
      row.givenEvidence = answer.evidence
      row.mark = .carried(round: previous.round, answer: value.text)
      return row
    }
    return copy
  }

  /// Whether any row carries a mark about the previous round (then the CSV has the column).
  public var hasCarryMarks: Bool {
    rows.contains { $0.mark != nil }
  }
}
