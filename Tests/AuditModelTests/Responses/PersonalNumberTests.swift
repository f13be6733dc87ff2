import Foundation
import Testing

@testable import AuditModel

/// Personnummer as people type them: every separator, 10 or 12 digits, samordningsnummer.
/// 19121212-1212 is Skatteverket's test person Tolvan Tolvansson; 121272-1219 is the same
/// date as a samordningsnummer (day 12 + 60), check digit worked out by hand: the Luhn sum of
/// 1·2, 2, 1·2, 2, 7·2=14→5, 2, 1·2, 2, 1·2 is 21, so the check digit is 9.
struct PersonalNumberTests {
  static let separators: [String] = [
    "", "-", "+", " ", "\u{2013}", "\u{2212}", "\u{2011}", "\u{2010}", "\u{2012}", "\u{00A0}",
    "\u{202F}",
  ]

  @Test(arguments: separators)
  func tenAndTwelveDigitsAreFoundWithEverySeparator(_ separator: String) {
    for number in ["121212\(separator)1212", "19121212\(separator)1212", "121272\(separator)1219"] {
      let text = "Ärendet gällde \(number), se akten."
      #expect(
        PersonalNumber.matches(in: text)
          == [PersonalNumber.Match(offset: 15, length: number.count)], "\(number)")
      #expect(
        PersonalNumber.redacted(text) == "Ärendet gällde [personnummer borttaget], se akten.")
    }
  }

  @Test(arguments: ["121212-1213", "19121212 1213", "121212–12123", "1121212 1212", "121212  1212"])
  func numbersThatAreNotPersonnummerAreLeft(_ text: String) {
    #expect(PersonalNumber.matches(in: text).isEmpty)
  }

  @Test func twoSeparatorsOrASeparatorInTheDateAreNotAMatch() {
    #expect(PersonalNumber.matches(in: "12-12-12-1212").isEmpty)
    #expect(PersonalNumber.matches(in: "1212 12 1212").isEmpty)
  }

  @Test func textsWithFewerThanTenDigitsAreSkippedAndTenAreNot() {
    #expect(PersonalNumber.matches(in: "121212–121").isEmpty)
    #expect(PersonalNumber.matches(in: "121212–1212").count == 1)
  }

  /// The fixture has one number in every free-text cell of its five rows, in ten forms.
  @Test(arguments: ["table", "md", "json", "csv"])
  func scoreOutputsCarryNoneOfTheNumbers(_ format: String) {
    let run = runAudit(
      [
        "score", "broken/34-personnummer-every-separator.csv", "--format", format,
        "--model", "../models/valid",
      ], in: TestPaths.fixture("responses"))
    #expect(run.status == 0)
    #expect(run.stderr.components(separatedBy: "personnummer står i").count - 1 == 10)
    let digits = run.stdout.filter(\.isASCII).filter(\.isNumber)
    #expect(!digits.contains("1212"), "\(format): \(run.stdout)")
    #expect(!run.stdout.contains("121272"))
  }

  /// The politician's and the official's brief of a municipality whose answers carry the ten
  /// numbers show none of them, also in the finding that quotes a comment.
  @Test(arguments: ["politiker", "tjänsteperson"])
  func briefsCarryNoneOfTheNumbers(_ audience: String) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-pnr-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // D001-1 answered nej, so that its comment (19121212–1212, en dash) is in a finding.
    let fixture = try String(
      contentsOf: TestPaths.fixture("responses/broken/34-personnummer-every-separator.csv"),
      encoding: .utf8)
    let text = fixture.replacingOccurrences(of: ";ja;Tolvan", with: ";nej;Tolvan")
    #expect(text != fixture)
    try Data(text.utf8).write(to: folder.appendingPathComponent("1490-Borås.csv"))
    for format in ["md", "html"] {
      let run = runAudit(
        [
          "brief", folder.path, "--municipality", "1490", "--audience", audience, "--format",
          format, "--model", TestPaths.fixture("models/valid").path,
        ])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!run.stdout.filter { $0.isASCII && $0.isNumber }.contains("1212"))
      #expect(!run.stdout.contains("121272"))
      // The official's brief quotes the comment (redacted); a politician's quotes none.
      #expect(run.stdout.contains("Kommentar: Tolvan ") == (audience == "tjänsteperson"))
    }
  }
}
