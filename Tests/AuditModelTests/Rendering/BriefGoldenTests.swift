import Foundation
import Testing

@testable import AuditModel

/// Golden files for two briefs (a municipality that leans on a kvinnojour whose
/// agreement ended, and one with low completeness) and the regional overview, in
/// Markdown and HTML, from the fictional example county.
struct BriefGoldenTests {
  static let folder = TestPaths.repo("examples/exempellan")
  static let golden = TestPaths.fixture("briefs")

  static let cases: [(String, [String])] = [
    ("brief-9903-politiker", ["--municipality", "9903"]),
    ("brief-9906-tjansteperson", ["--municipality", "9906", "--audience", "tjänsteperson"]),
    ("oversikt", ["--overview"]),
  ]

  @Test(arguments: ["md", "html"])
  func briefsAndOverviewMatchTheirGoldenFiles(_ format: String) {
    // 65 when a response file of the round has errors (its other files are still used).
    let expected: Int32 = runAudit(["validate", "2026-host"], in: Self.folder).status == 0 ? 0 : 65
    for (name, options) in Self.cases {
      let run = runAudit(
        ["brief", "2026-host", "--previous", "2025-var", "--format", format] + options,
        in: Self.folder)
      #expect(run.status == expected, "\(run.stderr)")
      let mismatch = goldenMismatch(
        run.stdout, golden: Self.golden.appendingPathComponent("\(name).\(format)"))
      #expect(mismatch == nil, "\(mismatch ?? "")")
    }
  }
}
