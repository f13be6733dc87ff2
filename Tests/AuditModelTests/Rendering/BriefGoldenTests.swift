import Foundation
import Testing

@testable import AuditModel

/// Golden files for a politician brief (a municipality that leans on a kvinnojour whose
/// agreement ended), a tjänsteperson brief, a non-responder's brief, a self-assessment
/// report and the regional overview, in Markdown and HTML, from the fictional example
/// county (three rounds, found beside the round folder).
struct BriefGoldenTests {
  static let folder = TestPaths.repo("examples/exempellan")
  static let golden = TestPaths.fixture("briefs")

  static let round = ["2026-host", "--previous", "2025-var"]
  static let cases: [(String, [String])] = [
    ("brief-9903-politiker", round + ["--municipality", "9903"]),
    (
      "brief-9906-tjansteperson",
      round + ["--municipality", "9906", "--audience", "tjänsteperson"]
    ),
    ("brief-9902-utan-svar", round + ["--municipality", "9902"]),
    ("sjalvskattning-9904", ["2026-host/svar/9904-Gransundby.csv"]),
    ("oversikt", round + ["--overview"]),
  ]

  @Test(arguments: ["md", "html"])
  func briefsAndOverviewMatchTheirGoldenFiles(_ format: String) {
    // 65 when a response file of the round has errors (its other files are still used).
    let expected: Int32 = runAudit(["validate", "2026-host"], in: Self.folder).status == 0 ? 0 : 65
    for (name, options) in Self.cases {
      let run = runAudit(
        ["brief", "--format", format] + options,
        in: Self.folder)
      #expect(run.status == expected, "\(run.stderr)")
      let mismatch = goldenMismatch(
        run.stdout, golden: Self.golden.appendingPathComponent("\(name).\(format)"))
      #expect(mismatch == nil, "\(mismatch ?? "")")
    }
  }
}
