import Foundation
import Testing

@testable import AuditModel

/// `audit init NEW --previous OLD`: a municipality's answers come forward where the question
/// is unchanged, marked until confirmed; changed and new questions stay empty and say so.
struct CarryForwardTests {
  /// Rows of a CSV checklist by question id, and the header.
  static func rows(_ url: URL) throws -> (header: [String], rows: [String: [String]]) {
    let data = try Data(contentsOf: url)
    let table = try CSVTable.parse(decodeText(data).text)
    var header: [String] = []
    var rows: [String: [String]] = [:]
    for record in table.records {
      let values = record.values
      if values.first == "fråga-id" {
        header = values
      } else if !header.isEmpty, let id = values.first, id.hasPrefix("D") {
        rows[id] = values
      }
    }
    return (header, rows)
  }

  /// Writes `answers` (question id → cells by column name) into the checklist at `url`.
  static func fill(_ url: URL, to target: URL, _ answers: [String: [String: String]]) throws {
    let data = try Data(contentsOf: url)
    let table = try CSVTable.parse(decodeText(data).text)
    var header: [String] = []
    var out: [[String]] = []
    for record in table.records {
      var values = record.values
      if values.first == "fråga-id" { header = values }
      if !header.isEmpty, let id = values.first, let cells = answers[id] {
        for (name, value) in cells {
          if let column = header.firstIndex(of: name) { values[column] = value }
        }
      }
      out.append(values)
    }
    try CSVWriter().data(out).write(to: target)
  }

  @Test func answersComeForwardMarkedAndAChangedQuestionIsNotCarried() throws {
    let parent = try InitCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let model = parent.appendingPathComponent("modell")
    try FileManager.default.copyItem(at: TestPaths.fixture("models/valid"), to: model)
    let old = [
      "init", "old", "--region", "Blekinge", "--date", "2025-10-01", "--round", "2025-host",
    ]
    #expect(runAudit(old + ["--model", "modell"], in: parent).status == 0)
    let oldFolder = parent.appendingPathComponent("old")
    try Self.fill(
      oldFolder.appendingPathComponent("checklistor/1080-Karlskrona.csv"),
      to: oldFolder.appendingPathComponent("svar/1080-Karlskrona.csv"),
      [
        "D001-1": ["svar": "ja", "underlag": "Rutin SN 2025/1"],
        "D001-2": ["svar": "12"],
        "D001-3": ["svar": "2025-03-01"],
        "D002-1": ["svar": "ja, genom avtal", "kommentar": "Avtal med jouren"],
      ])
    // The wording of D001-1 changes and a question D001-4 is added.
    let duties = model.appendingPathComponent("duties/01-stod.json")
    var text = try String(contentsOf: duties, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"Finns en beslutad rutin?\"", with: "\"Finns en rutin som nämnden har beslutat?\"")
    text = text.replacingOccurrences(
      of: "\"evidence\": \"Beslutsprotokoll.\", \"footing\": \"krav\"}",
      with: "\"evidence\": \"Beslutsprotokoll.\", \"footing\": \"krav\"},\n        "
        + "{\"id\": \"D001-4\", \"text\": \"Följs rutinen upp?\", "
        + "\"answerKind\": \"yesPartialNo\", \"evidence\": \"Uppföljning.\", "
        + "\"footing\": \"god praxis\", \"source\": \"God praxis (testmodell)\"}")
    try text.write(to: duties, atomically: true, encoding: .utf8)
    let run = runAudit(
      [
        "init", "new", "--region", "Blekinge", "--date", "2026-10-01", "--previous", "old",
        "--model", "modell",
      ], in: parent)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("svar från omgång 2025-host överförda för 1 kommun"))

    let new = parent.appendingPathComponent("new/checklistor/1080-Karlskrona.csv")
    let (header, rows) = try Self.rows(new)
    let answer = try #require(header.firstIndex(of: "svar"))
    let mark = try #require(header.firstIndex(of: "förra omgången"))
    let evidence = try #require(header.lastIndex(of: "underlag"))
    #expect(rows["D001-1"]?[mark] == "ändrad fråga")
    #expect(rows["D001-1"]?[answer] == "")
    #expect(rows["D001-1"]?[evidence] == "")
    #expect(rows["D001-2"]?[mark] == "överfört från 2025-host: 12")
    #expect(rows["D001-2"]?[answer] == "12")
    #expect(rows["D001-3"]?[answer] == "2025-03-01")
    #expect(rows["D002-1"]?[mark] == "överfört från 2025-host: ja, genom avtal")
    #expect(rows["D001-4"]?[mark] == "ny fråga")
    #expect(rows["D001-4"]?[answer] == "")
    // Ronneby sent nothing last round: nothing to carry, no column.
    let ronneby = try Self.rows(parent.appendingPathComponent("new/checklistor/1081-Ronneby.csv"))
    #expect(!ronneby.header.contains("förra omgången"))
    let form = try String(
      contentsOf: parent.appendingPathComponent("new/checklistor/1080-Karlskrona.html"),
      encoding: .utf8)
    #expect(form.contains("Frågan har ändrats sedan förra omgången"))
    #expect(form.contains("Svaret är överfört från omgång 2025-host (12)"))

    // Unconfirmed carried answers are counted, with a warning, by validate and score.
    let validate = runAudit(
      ["validate", "new/checklistor/1080-Karlskrona.csv", "--model", "modell"], in: parent)
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("3 av 6 frågor besvarade, varav 3 överförda och obekräftade"))
    #expect(
      validate.stderr.contains(
        "3 svar är överförda från omgång 2025-host och inte bekräftade (D001-2, D001-3, D002-1)"))
    let score = runAudit(
      ["score", "new/checklistor/1080-Karlskrona.csv", "--model", "modell"], in: parent)
    #expect(
      score.stderr.contains(
        "3 svar är överförda från omgång 2025-host och inte bekräftade (D001-2, D001-3, D002-1)"))

    // Confirming one and changing another leaves one unconfirmed.
    let confirmed = parent.appendingPathComponent("new/svar/1080-Karlskrona.csv")
    try Self.fill(
      new, to: confirmed,
      ["D001-2": ["förra omgången": "bekräftat"], "D001-3": ["svar": "2026-02-01"]])
    let again = runAudit(
      ["validate", "new/svar/1080-Karlskrona.csv", "--model", "modell"], in: parent)
    #expect(
      again.stderr.contains("1 svar är överfört från omgång 2025-host och inte bekräftat (D002-1)"))
  }

  @Test func marksReadBackAsWritten() {
    let marks: [CarryMark] = [
      .carried(round: "2025-host", answer: "ja, genom avtal"), .confirmed, .newQuestion,
      .changedQuestion,
    ]
    for mark in marks { #expect(CarryMark(mark.text) == mark) }
    #expect(CarryMark("  Bekräftat ") == .confirmed)
    #expect(CarryMark("") == nil)
    #expect(CarryMark("något annat") == nil)
    let carried = CarryMark.carried(round: "2025-host", answer: "ja")
    #expect(carried.isUnconfirmed(answer: " JA "))
    #expect(!carried.isUnconfirmed(answer: "delvis"))
    #expect(!carried.isUnconfirmed(answer: ""))
    #expect(!CarryMark.confirmed.isUnconfirmed(answer: "ja"))
  }

  @Test func theJSONChecklistCarriesTheMarksToo() throws {
    let model = try #require(ModelLoader().load(.embedded).model)
    let day = try #require(Day("2026-10-01"))
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "2026-host",
      referenceDate: day, perspective: .municipality, modelVersion: model.version)
    let checklist = Checklist(model: model, metadata: metadata)
    let first = try #require(checklist.rows.first)
    var old = metadata
    old.round = "2025-host"
    let response = Response(
      metadata: old, answers: [Answer(questionID: first.questionID, value: .partial)], file: "f")
    let previous = PreviousAnswers(
      response: response, questionTexts: [first.questionID: first.question])
    let carried = checklist.carryingForward(previous)
    #expect(carried.rows[0].mark == .carried(round: "2025-host", answer: "delvis"))
    #expect(carried.rows[1].mark == .newQuestion)
    let read = ResponseReader().read(Data(carried.json().utf8), file: "f.json")
    let raw = try #require(read.raw)
    let today = try #require(Day("2026-12-01"))
    let result = ResponseValidator(model: model, register: .embedded, today: today).validate(raw)
    #expect(result.unconfirmedAnswers == 1)
    #expect(result.answeredQuestions == 1)
  }

  @Test func questionTextsAreReadFromAChecklistCSV() throws {
    let text =
      "checklista;audit-checklista 1\r\n\r\nfråga-id;område;plikt-id;plikt;fråga\r\n"
      + "D001-1;A;D001;P;\"Finns en rutin; beslutad?\"\r\nD001-2;A;D001;P;Hur många?\r\n"
    #expect(
      PreviousAnswers.questionTexts(inCSV: text)
        == ["D001-1": "Finns en rutin; beslutad?", "D001-2": "Hur många?"])
    #expect(PreviousAnswers.questionTexts(inCSV: "{\"questions\": []}").isEmpty)
  }
}
