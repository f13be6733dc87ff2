import Foundation
import Testing

@testable import AuditModel

/// Golden files for a politician brief (a municipality that leans on a kvinnojour whose
/// agreement ended), a tjänsteperson brief, a non-responder's brief and the regional
/// overview, in Markdown and HTML, from the fictional example county.
struct BriefGoldenTests {
  static let folder = TestPaths.repo("examples/exempellan")
  static let golden = TestPaths.fixture("briefs")

  static let cases: [(String, [String])] = [
    ("brief-9903-politiker", ["--municipality", "9903"]),
    ("brief-9906-tjansteperson", ["--municipality", "9906", "--audience", "tjänsteperson"]),
    ("brief-9902-utan-svar", ["--municipality", "9902"]),
    ("oversikt", ["--overview"]),
  ]

  @Test(arguments: ["md", "html"])
  func briefsAndOverviewMatchTheirGoldenFiles(_ format: String) {
    for (name, options) in Self.cases {
      let run = runAudit(
        ["brief", "2026-host", "--previous", "2025-var", "--format", format] + options,
        in: Self.folder)
      #expect(run.status == 0, "\(run.stderr)")
      let mismatch = goldenMismatch(
        run.stdout, golden: Self.golden.appendingPathComponent("\(name).\(format)"))
      #expect(mismatch == nil, "\(mismatch ?? "")")
    }
  }
}
