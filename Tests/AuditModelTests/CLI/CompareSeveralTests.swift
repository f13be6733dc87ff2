import Foundation
import Testing

@testable import AuditModel

/// `audit compare` over several folders gives each folder's comparison, as one run per
/// folder would.
struct CompareSeveralTests {
  static let folders = ["examples/exempellan/2025-var", "examples/exempellan/2026-host"]

  @Test func tablesAndMarkdownFollowEachOther() {
    for format in ["table", "md"] {
      let both = runAudit(["compare"] + Self.folders + ["--format", format])
      let runs = Self.folders.map { runAudit(["compare", $0, "--format", format]) }
      let one = runs.map(\.stdout)
      // 65 exactly when a folder has a file with errors (its valid files are still compared).
      #expect(both.status == (runs.contains { $0.status == 65 } ? 65 : 0))
      #expect(runs.allSatisfy { $0.status == 0 || $0.status == 65 })
      #expect(both.stdout == one.joined(separator: "\n"))
    }
  }

  @Test func csvHasOneHeaderRow() {
    let both = runAudit(["compare"] + Self.folders + ["--format", "csv"])
    let runs = Self.folders.map { runAudit(["compare", $0, "--format", "csv"]) }
    let one = runs.map(\.stdout)
    let lines = { (text: String) in text.components(separatedBy: "\r\n").filter { !$0.isEmpty } }
    #expect(both.status == (runs.contains { $0.status == 65 } ? 65 : 0))
    #expect(lines(both.stdout) == lines(one[0]) + lines(one[1]).dropFirst())
    #expect(both.stdout.hasPrefix("\u{FEFF}kommunkod;"))
  }

  @Test func jsonIsAListOfTheComparisons() throws {
    let both = runAudit(["compare"] + Self.folders + ["--format", "json"])
    #expect(both.status == 0 || both.status == 65)
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [[String: Any]])
    #expect(list.count == 2)
    for (index, folder) in Self.folders.enumerated() {
      let one = runAudit(["compare", folder, "--format", "json"]).stdout
      let single = try #require(
        try JSONSerialization.jsonObject(with: Data(one.utf8)) as? [String: Any])
      #expect(NSDictionary(dictionary: list[index]).isEqual(to: single))
    }
  }

  @Test(arguments: [
    ["--previous", "examples/exempellan/2025-var"], ["--region", "99"], ["--format", "html"],
  ])
  func optionsForOneFolderAreRefused(_ option: [String]) {
    let run = runAudit(["compare"] + Self.folders + option)
    #expect(run.status == 64)
    #expect(run.stderr.contains("går bara med en mapp"))
    #expect(run.stdout.isEmpty)
  }
}
