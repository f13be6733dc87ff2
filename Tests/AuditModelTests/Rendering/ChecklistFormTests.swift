import Foundation
import Testing

@testable import AuditModel

/// The offline form: its test contract, its rules generated from the model and the
/// validator's own messages, and the CSV it saves.
struct ChecklistFormTests {
  static func form(
    perspective: Perspective = .municipality, organisation: String = ""
  ) throws -> ChecklistForm {
    let model = try #require(ModelLoader().load(.embedded).model)
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "2026-host",
      referenceDate: try #require(Day("2026-10-01")), perspective: perspective,
      organisation: organisation, modelVersion: model.version)
    return ChecklistForm(checklist: Checklist(model: model, metadata: metadata), toolVersion: "9.9")
  }

  static func data(_ html: String) throws -> [String: Any] {
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"form-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let text = String(html[start.upperBound..<end.lowerBound])
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func everyQuestionIsOneFieldsetAndTheSaveButtonSaysSpara() throws {
    let form = try Self.form()
    let html = form.html()
    for row in form.checklist.rows {
      let marker = "<fieldset class=\"question\" data-question=\"\(row.questionID)\""
      #expect(html.components(separatedBy: marker).count == 2, "\(row.questionID)")
    }
    #expect(
      html.components(separatedBy: "<fieldset class=\"question\" ").count - 1
        == form.checklist.rows.count)
    #expect(html.contains("<button type=\"button\" id=\"spara\">Spara svar</button>"))
  }

  @Test func theFullChecklistIsOneFileUnderOneMegabyteThatLoadsNothing() throws {
    let html = try Self.form().html()
    #expect(html.utf8.count < 1_000_000)
    #expect(html.utf8.count > 100_000, "the full checklist has over a hundred questions")
    for reference in ["http://", "https://", "<link", " src=", "@import", "url("] {
      #expect(!html.contains(reference), "\(reference)")
    }
  }

  @Test func theFileNamesTheFormAndTheModelVersionThatMadeIt() throws {
    let form = try Self.form()
    let html = form.html()
    let version = form.checklist.metadata.modelVersion
    #expect(
      html.contains(
        "<meta name=\"generator\" content=\"audit-formulär 1, audit 9.9, modellversion \(version)\">"
      ))
    let head = try #require((try Self.data(html)["csv"] as? [String: Any])?["head"] as? [[String]])
    #expect(head[1] == ["formulär", "audit-formulär 1, audit 9.9, modellversion \(version)"])
  }

  @Test func theScriptGetsTheValidatorsOwnMessagesAndAnswers() throws {
    let data = try Self.data(try Self.form().html())
    let messages = try #require(data["messages"] as? [String: Any])
    let notNumber = try #require(messages["notNumber"] as? [String: String])
    #expect(notNumber["message"] == AnswerMessages.notNumber.message)
    #expect(notNumber["help"] == AnswerMessages.notNumber.help)
    #expect(data["scoredWords"] as? [String] == ["ja", "delvis", "nej", "vet ej", "ej aktuellt"])
    let questions = try #require(data["questions"] as? [[String: Any]])
    let checklist = try Self.form().checklist
    #expect(questions.count == checklist.rows.count)
    #expect(questions.count > 100)
    let choice = try #require(questions.first { $0["kind"] as? String == "choice" })
    #expect((choice["choices"] as? [String])?.isEmpty == false)
  }

  @Test func validateUsesTheSameMessageTemplates() throws {
    let model = try #require(ModelLoader().load(.embedded).model)
    let checklist = try Self.form().checklist
    let number = try #require(checklist.rows.first { $0.answerKind == .number })
    var rows: [[String]] = checklist.metadataPairs.map { [$0.0.label, $0.1] }
    rows.append(ChecklistFormat.Column.allCases.map(\.rawValue))
    var cells = checklist.cells(number, marks: false)
    cells[9] = "12 st"
    rows.append(cells)
    let lines = CSVWriter().render(rows)
    let read = ResponseReader().read(Data(lines.utf8), file: "f.csv")
    let raw = try #require(read.raw)
    let today = try #require(Day("2026-12-01"))
    let result = ResponseValidator(model: model, register: .embedded, today: today).validate(raw)
    let expected = AnswerMessages.Template.fill(
      AnswerMessages.notNumber.message, ["svar": "12 st", "fråga": number.questionID])
    #expect(expected == "\"12 st\" är inget tal (fråga \(number.questionID))")
    #expect(result.diagnostics.contains { $0.message.hasSuffix(expected) })
  }

  @Test(arguments: [
    "12", "1,5", "-3", "0.75", "1 200", "5.", ".5", "-.5", "1.2.3", "--1", "1-2", "12 st",
    "abc", "", "-", ".", "1e5", "½", "٣", "+3", "1,,2",
  ])
  func theNumberPatternAgreesWithTheValidator(raw: String) throws {
    let regex = try NSRegularExpression(pattern: AnswerMessages.numberPattern)
    let compact = raw.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
      .replacingOccurrences(of: ",", with: ".")
    let range = NSRange(compact.startIndex..., in: compact)
    let matches = regex.firstMatch(in: compact, range: range) != nil
    #expect(matches == (AnswerValue.number(raw) != nil), "\(raw)")
  }

  @Test func theSavedCellsAreTheChecklistsOwnCSV() throws {
    let form = try Self.form()
    let data = try Self.data(form.html())
    let csv = try #require(data["csv"] as? [String: Any])
    var head = try #require(csv["head"] as? [[String]])
    head.remove(at: 1)
    let tail = try #require(csv["tail"] as? [[String]])
    let questions = try #require(data["questions"] as? [[String: Any]])
    let body = try questions.map { try #require($0["cells"] as? [String]) }
    #expect(CSVWriter().render(head + body + tail) == form.checklist.csv())
    #expect(csv["answerColumns"] as? [Int] == [9, 10, 11])
  }

  @Test func footingIsSaidInWords() throws {
    let rows = try Self.form().checklist.rows
    let law = try #require(rows.first { $0.footing.level == .actRequirement })
    #expect(ChecklistForm.footing(of: law).hasPrefix("Krav i lag — Lagen kräver detta ("))
    let other = try #require(rows.first { !$0.footing.isRequirement })
    let words = ChecklistForm.footing(of: other)
    #expect(!words.contains("kräver"), "\(words)")
    #expect(words.hasPrefix("Allmänt råd — ") || words.hasPrefix("God praxis — "))
  }

  @Test func aCivilSocietyFormSavesUnderTheOrganisationsName() throws {
    let form = try Self.form(perspective: .civilSociety, organisation: "Kvinnojouren X")
    #expect(form.fileName == "1490-Borås-Kvinnojouren-X.csv")
    #expect(form.html().contains("Kvinnojouren X om Borås"))
  }

  @Test func scriptTextCannotEndTheDataBlock() {
    #expect(ChecklistForm.scriptSafe("\"</script>\"") == "\"<\\/script>\"")
    #expect(ChecklistForm.scriptSafe("\"<!--\"") == "\"\\u003c!--\"")
  }

  @Test func aProtectedCellReadsBackAsTyped() {
    #expect(CSVWriter.restored("'=inte en formel") == "=inte en formel")
    #expect(CSVWriter.restored("'-x") == "-x")
    #expect(CSVWriter.restored("'-3") == nil)
    #expect(CSVWriter.restored("'hej") == nil)
    for cell in ["=SUM(A1)", "+46 70", "@x", "-fritext", "-3", "vanlig"] {
      #expect((CSVWriter.restored(CSVWriter.neutralized(cell)) ?? cell) == cell)
    }
  }
}
