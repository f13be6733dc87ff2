import Foundation
import Testing

@testable import AuditCLI
@testable import AuditModel

/// Tours, earlier rounds found beside the round folder, self-assessment and HTML that never
/// goes to a terminal, on the fictional example county.
struct BriefTourTests {
  static let county = TestPaths.repo("examples/exempellan")

  @Test func aTourWritesOneBriefPerMunicipalityAndAnOverviewOfJustThem() throws {
    let out = try DemoCommandTests.temporaryFolder().appendingPathComponent("resa")
    let run = runAudit(
      [
        "brief", "2026-host", "--municipality", "9903", "--municipality", "Orrsundsta",
        "--out", out.path, "--format", "md",
      ], in: Self.county)
    #expect(run.status == 0, "\(run.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(
      files == [
        "oversikt.md", "underlag-9903-Rönnvreta-politiker.md",
        "underlag-9910-Orrsundsta-politiker.md",
      ])
    let overview = try String(
      contentsOf: out.appendingPathComponent("oversikt.md"), encoding: .utf8)
    #expect(overview.contains("Rönnvreta"))
    #expect(overview.contains("Orrsundsta"))
    #expect(!overview.contains("Eksvala"))
    #expect(run.stdout.contains("Skrev 2 underlag och en översikt"))
  }

  @Test func severalMunicipalitiesNeedAnOutFolder() {
    let run = runAudit(
      ["brief", "2026-host", "--municipality", "9903", "--municipality", "9910"],
      in: Self.county)
    #expect(run.status == 64)
    #expect(run.stderr.contains("kräver --out"))
  }

  @Test func aBriefFindsTheEarlierRoundsBesideItsFolder() {
    let run = runAudit(
      ["brief", "2026-host", "--municipality", "9903", "--format", "md"], in: Self.county)
    #expect(run.status == 0, "\(run.stderr)")
    // The previous round is found without --previous, and the first round too.
    for round in ["hösten 2024", "våren 2025", "hösten 2026"] {
      #expect(run.stdout.contains("| \(round) |"), "\(round)")
    }
    #expect(run.stdout.contains("sedan våren 2025"))
  }

  @Test func historyCanBeNamedInsteadOfFound() {
    let run = runAudit(
      [
        "brief", "2026-host", "--municipality", "9903", "--format", "md", "--history",
        "2025-var",
      ], in: Self.county)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("| våren 2025 |"))
    #expect(!run.stdout.contains("hösten 2024"))
  }

  @Test func aSingleResponseGivesASelfAssessmentWithoutTheCounty() {
    let run = runAudit(
      ["brief", "2026-host/svar/9904-Gransundby.csv", "--format", "md"], in: Self.county)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# Självskattning: Gransundby kommun"))
    #expect(!run.stdout.contains("median"))
    #expect(!run.stdout.contains("Kommunen i länet"))
  }

  @Test func aSelfAssessmentTakesNoRoundOptions() {
    let run = runAudit(
      ["brief", "2026-host/svar/9904-Gransundby.csv", "--municipality", "9904"],
      in: Self.county)
    #expect(run.status == 64)
    #expect(run.stderr.contains("--municipality gäller en omgångsmapp"))
  }

  @Test(arguments: [
    ["brief", "2026-host", "--overview", "--format", "html"],
    ["brief", "2026-host", "--municipality", "9903", "--format", "html"],
    ["compare", "2026-host", "--format", "html"],
  ])
  func htmlIsNeverWrittenToATerminal(_ arguments: [String]) {
    let out = TextSink()
    let err = TextSink()
    var context = CLIContext(
      today: Day("2026-11-25") ?? Day(ordinal: 0), currentDirectory: Self.county.path)
    context.outputIsTerminal = true
    let status = AuditCLI.run(
      arguments: arguments, context: context,
      stdout: out.append, stderr: err.append)
    #expect(status == 64)
    #expect(out.text.isEmpty)
    #expect(err.text.contains("-o FIL.html"))
  }
}

extension BriefTourTests {
  /// `MAPP/<omgång>/<län>/`: the earlier round of the same county is a cousin folder, and a
  /// folder of another county beside it is not read.
  @Test func earlierRoundsAreFoundInTheRoundPerCountyLayout() throws {
    let root = try DemoCommandTests.temporaryFolder()
    let files = FileManager.default
    for round in ["2025-var", "2026-host"] {
      try files.createDirectory(
        at: root.appendingPathComponent(round), withIntermediateDirectories: true)
      try files.copyItem(
        at: Self.county.appendingPathComponent(round),
        to: root.appendingPathComponent("\(round)/99"))
    }
    try files.copyItem(
      at: Self.county.appendingPathComponent("register"),
      to: root.appendingPathComponent("2026-host/register"))
    // Another county's round: not this county, so never part of the trend.
    let other = root.appendingPathComponent("2025-var/14")
    try files.createDirectory(at: other, withIntermediateDirectories: true)
    try Data(#"{"countyCode": "14", "round": "2025-var", "referenceDate": "2025-04-01"}"#.utf8)
      .write(to: other.appendingPathComponent("omgang.json"))
    let candidates = RoundHistory.candidates(
      for: root.appendingPathComponent("2026-host/99").path)
    #expect(candidates.map { ($0 as NSString).lastPathComponent } == ["99"])
    let run = runAudit(
      ["brief", "2026-host/99", "--municipality", "9903", "--format", "md"], in: root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("| våren 2025 |"))
    #expect(run.stdout.contains("sedan våren 2025"))
  }
}

extension BriefTourTests {
  /// Of six earlier rounds of the county, the latest four are read, oldest first.
  @Test func aTrendShowsTheLatestFourEarlierRounds() throws {
    let root = try DemoCommandTests.temporaryFolder()
    let rounds = [
      ("2023-var", "2023-04-01"), ("2023-host", "2023-10-01"), ("2024-var", "2024-04-01"),
      ("2024-host", "2024-10-01"), ("2025-var", "2025-04-01"), ("2025-host", "2025-10-01"),
      ("2026-var", "2026-04-01"),
    ]
    for (round, day) in rounds {
      let folder = root.appendingPathComponent(round)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(#"{"countyCode": "14", "round": "\#(round)", "referenceDate": "\#(day)"}"#.utf8)
        .write(to: folder.appendingPathComponent("omgang.json"))
    }
    let found = RoundHistory.candidates(for: root.appendingPathComponent("2026-var").path)
    #expect(
      found.map { ($0 as NSString).lastPathComponent } == [
        "2024-var", "2024-host", "2025-var", "2025-host",
      ])
  }
}
