import Foundation
import Testing

@testable import AuditModel

/// Inputs that crashed a reader or made it quadratic, found while fuzzing; each must
/// now end quickly in a result or a Swedish error.
struct HugeInputTests {
  /// The diagnostics of validating `raw` against the valid fixture model.
  static func validate(_ raw: RawResponse) throws -> [Diagnostic] {
    let model = try #require(FuzzFixtures.model)
    return ResponseValidator(model: model, register: .embedded, today: FuzzFixtures.today)
      .validate(raw).diagnostics
  }

  /// The valid JSON response with `comment` as the comment of its first question.
  static func response(comment: String) -> Data {
    var text = String(decoding: FuzzFixtures.validJSON, as: UTF8.self)
    if let empty = text.range(of: #""comment": """#) {
      text.replaceSubrange(empty, with: #""comment": "\#(comment)""#)
    }
    return Data(text.utf8)
  }

  @Test func aHighSurrogateFollowedByAnotherEscapeIsASyntaxError() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(#"["\ud800\u0041"]"#) }
    do {
      _ = try JSONParser().parse(#"{"a": "x\ud800\u0041"}"#)
    } catch {
      #expect(error.message.contains("surrogatpar"))
      #expect(error.position == SourcePosition(line: 1, column: 9))
    }
    #expect(throws: Never.self) { try JSONParser().parse(#"["\ud83d\ude00"]"#) }
  }

  @Test func fiftyThousandPersonalNumbersInOneCommentAreEachWarnedAbout() throws {
    let numbers = String(repeating: "19121212-1212 ", count: 50_000)
    let raw = try #require(
      ResponseReader().read(Self.response(comment: numbers), file: "s.json").raw)
    let warnings = try Self.validate(raw).filter {
      $0.message.contains("personnummer")
    }
    #expect(warnings.count == 50_000)
    let columns = warnings.prefix(2).compactMap(\.position?.column)
    #expect(columns.count == 2 && columns[1] - columns[0] == 14)
  }

  @Test func redactingFiftyThousandPersonalNumbersReplacesEveryOne() {
    let text = String(repeating: "19121212-1212 ", count: 50_000)
    let expected = String(repeating: PersonalNumber.replacement + " ", count: 50_000)
    #expect(PersonalNumber.redacted(text) == expected)
  }

  @Test func aMunicipalityCodeOfNinetyThousandLettersIsUnknownWithoutASuggestion() throws {
    let csv = String(decoding: FuzzFixtures.validCSV, as: UTF8.self)
      .replacingOccurrences(
        of: "kommunkod;1490", with: "kommunkod;" + String(repeating: "x", count: 90_000))
    let raw = try #require(ResponseReader().read(Data(csv.utf8), file: "s.csv").raw)
    let errors = try Self.validate(raw).filter(\.isError)
    #expect(errors.count == 1)
    #expect(errors.first?.message.hasPrefix("okänd kommunkod") == true)
  }

  @Test func anUnknownKeyOfAMillionCharactersIsReportedWithoutASuggestion() {
    let key = String(repeating: "k", count: 1_000_000)
    let read = ResponseReader().read(Data("{\"\(key)\":1}".utf8), file: "s.json")
    #expect(read.diagnostics.contains { $0.message.hasPrefix("okänd nyckel") })
  }

  @Test func aNearMissIsStillSuggested() {
    #expect(Suggestions.nearest(to: "Boras", among: ["Borås", "Borlänge"]) == ["Borås"])
    #expect(Suggestions.nearest(to: "Västra", among: ["Västra Götaland"]) == ["Västra Götaland"])
    #expect(Suggestions.nearest(to: "jaa", among: AnswerValue.scoredWords) == ["ja"])
  }

  @Test func aJSONFileWithMoreThanAHundredThousandValuesIsRejected() {
    let elements = Array(repeating: "{}", count: 1_000_000).joined(separator: ",")
    let read = ResponseReader().read(Data("{\"questions\":[\(elements)]}".utf8), file: "s.json")
    #expect(read.raw == nil)
    #expect(
      read.diagnostics.map(\.message) == [
        "filen har fler än 100000 värden — kontrollera att det är rätt fil"
      ])
  }

  @Test func aFileOfTwentyMillionEmptyFieldsIsRejectedByTheCellLimit() {
    let line = String(repeating: ";", count: 999) + "\n"
    let read = ResponseReader().read(
      Data(String(repeating: line, count: 20_000).utf8), file: "s.csv")
    #expect(read.raw == nil)
    #expect(read.diagnostics.first?.message.hasPrefix("filen har fler än 1000000 fält") == true)
    #expect(read.diagnostics.first?.position == nil)
  }
}
