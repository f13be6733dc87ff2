import Foundation
import Testing

@testable import AuditModel

/// A checklist written by `audit checklist`, filled in and saved by a real LibreOffice
/// Calc (see Fixtures/responses/libreoffice/README.md), reads back with exactly the
/// answers entered — in UTF-8 and in Windows-1252.
struct LibreOfficeRoundTripTests {
  static let folder = TestPaths.fixture("responses/libreoffice")

  static func validator() throws -> ResponseValidator {
    let files = try ModelFiles.read(directory: TestPaths.fixture("models/valid").path)
    let model = try #require(ModelLoader().load(files).model)
    return ResponseValidator(
      model: model, register: .embedded, today: Day("2026-11-25") ?? Day(ordinal: 0))
  }

  @Test(arguments: ["filled-utf8.csv", "filled-windows1252.csv"])
  func libreOfficeFileReadsBackExactlyAsTyped(_ name: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    let read = ResponseReader().read(data, file: name)
    #expect(read.diagnostics == [])
    let raw = try #require(read.raw)
    #expect(raw.encoding == (name.contains("1252") ? .windows1252 : .utf8))
    let result = try Self.validator().validate(raw)
    #expect(result.diagnostics == [])
    let response = try #require(result.response)
    #expect(response.metadata.municipalityCode == "1490")
    #expect(response.metadata.respondentRole == "IFO-chef")
    #expect(response.metadata.referenceDate == Day("2025-09-01"))
    let expected: [(String, AnswerValue, String, String)] = [
      (
        "D001-1", .yes, "Rutinen beslutades av nämnden; gäller alla enheter.",
        "Rutin 2025-03-12, dnr SN 2025/41"
      ),
      (
        "D001-2", .number(12), "Ungefärligt antal, två rader:\nrad två med å ä ö",
        "Verksamhetssystemet"
      ),
      ("D001-3", .date(Day("2025-03-12") ?? Day(ordinal: 0)), "", "Protokoll"),
      ("D002-1", .choice("ja, genom avtal"), "Avtal med \"Kvinnojouren Exempel\" (fiktiv)", ""),
      ("D002-2", .unknown, "=1+1 ska visas som text", "Åsa-rutinen, Ölands exempel"),
    ]
    #expect(response.answers.count == expected.count)
    for (id, value, comment, evidence) in expected {
      let answer = try #require(response.answer(id))
      #expect(answer.value == value, "\(id)")
      #expect(answer.comment == comment, "\(id)")
      #expect(answer.evidence == evidence, "\(id)")
    }
  }

  @Test func bothEncodingsGiveTheSameResponse() throws {
    let validator = try Self.validator()
    func response(_ name: String) throws -> Response? {
      let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
      let raw = try #require(ResponseReader().read(data, file: "x.csv").raw)
      return validator.validate(raw).response
    }
    let utf8 = try response("filled-utf8.csv")
    #expect(utf8 != nil)
    #expect(utf8 == (try response("filled-windows1252.csv")))
  }

  @Test func blankChecklistIsWhatAuditWritesToday() throws {
    let blank = try String(
      contentsOf: Self.folder.appendingPathComponent("blank.csv"), encoding: .utf8)
    let run = runAudit(
      [
        "checklist", "--municipality", "1490", "--date", "2025-09-01", "--round", "2025-host",
        "--model", "Tests/AuditModelTests/Fixtures/models/valid",
      ])
    #expect(run.status == 0)
    // The checklist has grown an exceptions table at the end since the fixture was
    // filled in; everything before it must be unchanged, so old returned files stay
    // readable.
    let written = run.stdout.replacingOccurrences(of: "\u{FEFF}", with: "")
    let fixture = blank.replacingOccurrences(of: "\u{FEFF}", with: "")
    #expect(written.hasPrefix(fixture))
    #expect(written.count > fixture.count)
  }
}
