import Foundation
import Testing

@testable import AuditModel

/// A Västra Götaland round (Fixtures/rounds/mixed, fictional answers) with what people really
/// put in svar/: two files for Borås, a response from Stockholm, one from an older round, a
/// file named for Lilla Edet holding Ale's answers, an upper-case .CSV, an .xlsx, a .pdf and a
/// link to a file that does not exist. Three municipalities count: Lerum, Ale and Munkedal.
struct MixedRoundTests {
  static let model = TestPaths.fixture("models/valid").path
  static let goldens = TestPaths.fixture("rounds/mixed-expected")

  /// A copy of the round in a new temporary folder, with the dangling link and the two Borås
  /// files changed on 2 and 20 November 2026 (at noon UTC; the tests show days in Swedish
  /// time).
  static func round() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-mixed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let round = root.appendingPathComponent("omgang")
    try FileManager.default.copyItem(at: TestPaths.fixture("rounds/mixed"), to: round)
    let svar = round.appendingPathComponent("svar")
    try FileManager.default.createSymbolicLink(
      atPath: svar.appendingPathComponent("1421-Orust.csv").path,
      withDestinationPath: "../saknas/1421-Orust.csv")
    for (name, day) in [("1490-Borås.csv", 2), ("1490-Borås-rättad.csv", 20)] {
      let date = try #require(
        DateComponents(
          calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
          year: 2026, month: 11, day: day, hour: 12
        ).date)
      try FileManager.default.setAttributes(
        [.modificationDate: date], ofItemAtPath: svar.appendingPathComponent(name).path)
    }
    return root
  }

  static func run(_ arguments: [String], in root: URL) -> CLIRun {
    runAudit(arguments + ["--model", model], in: root)
  }

  static func transcript(_ run: CLIRun) -> String {
    "exit \(run.status)\n--- stderr\n\(run.stderr)--- stdout\n\(run.stdout)"
  }

  @Test(arguments: [
    ("validate", ["validate", "omgang"]),
    ("status", ["status", "omgang"]),
    ("compare", ["compare", "omgang"]),
    ("overview", ["brief", "omgang", "--overview", "--format", "md"]),
    ("score", ["score", "omgang"]),
    ("brief-duplicate", ["brief", "omgang", "--municipality", "1490", "--format", "md"]),
    ("compare-allow-other-round", ["compare", "omgang", "--allow-other-round"]),
  ])
  func everyCommandSaysWhatCountsAndWhy(_ name: String, _ arguments: [String]) throws {
    let root = try Self.round()
    defer { try? FileManager.default.removeItem(at: root) }
    let run = Self.run(arguments, in: root)
    let mismatch = goldenMismatch(
      Self.transcript(run), golden: Self.goldens.appendingPathComponent("\(name).expected"))
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  /// Worked out by hand: 49 municipalities in Västra Götaland; Lerum, Ale and Munkedal count;
  /// Borås (two files), Stockholm (another county) and Göteborg (another round) do not.
  @Test func validateStatusCompareAndOverviewCountTheSameThree() throws {
    let root = try Self.round()
    defer { try? FileManager.default.removeItem(at: root) }
    let validate = Self.run(["validate", "omgang"], in: root)
    #expect(validate.status == 65)
    #expect(validate.stdout.contains("Omgång 2025-host: 3 av 49 kommuner har lämnat giltiga svar"))
    let status = Self.run(["status", "omgang"], in: root)
    #expect(status.stdout.contains("3 av 49 kommuner har lämnat giltiga svar"))
    #expect(!status.stdout.contains("Påminn: Ale"))
    let boras = status.stdout.split(separator: "\n").filter { $0.hasPrefix("1490 Borås") }
    #expect(boras.count == 2)
    #expect(boras.allSatisfy { $0.contains("flera svar, räknas inte") })
    let compare = Self.run(["compare", "omgang", "--format", "json"], in: root)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
    let rows = try #require(json["municipalities"] as? [[String: Any]])
    let answered = rows.filter { $0["answered"] as? Bool == true }.compactMap {
      $0["code"] as? String
    }
    #expect(answered == ["1430", "1440", "1441"])
    #expect(rows.count == 49)
    let overview = Self.run(["brief", "omgang", "--overview", "--format", "md"], in: root)
    #expect(overview.stdout.contains("3 av 49 kommuner har svarat"))
  }

  @Test func anEmptyRoundIsAnErrorForCompareAndScore() throws {
    let root = try Self.round()
    defer { try? FileManager.default.removeItem(at: root) }
    let svar = root.appendingPathComponent("omgang/svar")
    try FileManager.default.removeItem(at: svar)
    try FileManager.default.createDirectory(at: svar, withIntermediateDirectories: true)
    let compare = Self.run(["compare", "omgang"], in: root)
    #expect(compare.status == 65)
    #expect(
      compare.stderr
        == "fel: omgang: mappen har inga svar som räknas — spara de ifyllda checklistorna i "
        + "svar/ och kontrollera dem med 'audit validate omgang'\n")
    #expect(compare.stdout.isEmpty)
    // Beside a round with responses, an empty one is a warning, not the end of the run.
    let full = try Self.round()
    defer { try? FileManager.default.removeItem(at: full) }
    let national = Self.run(
      ["compare", full.appendingPathComponent("omgang").path, "omgang"], in: root)
    // The run goes on; it ends with 65 because the mixed round has files it could not use
    // (a duplicate, a stray, an old round), as every command that leaves files out does.
    #expect(national.status == 65)
    #expect(
      national.stderr.hasSuffix(
        "varning: omgang: mappen har inga svar som räknas — den visas med \"saknar svar\" för "
          + "varje kommun\n"))
    let csv = Self.run(
      ["compare", full.appendingPathComponent("omgang").path, "omgang", "--format", "csv"],
      in: root)
    #expect(csv.status == 65)
    #expect(
      csv.stderr.hasSuffix(
        "varning: omgang: mappen har inga svar som räknas — den tas inte med i CSV-filen\n"))
    // The header and one row for each of the 49 municipalities of the full round.
    #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 50)
    let score = Self.run(["score", "omgang"], in: root)
    #expect(score.status == 65)
    #expect(
      score.stderr.hasSuffix(
        "fel: omgang: inga svar att bedöma — ange ifyllda checklistor, eller en mapp där de finns\n"
      ))
    #expect(score.stdout.isEmpty)
  }
}
