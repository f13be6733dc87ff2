import Foundation
import Testing

@testable import AuditModel

/// Each broken response is one mistake a person makes; its exact diagnostics sit in
/// `NAME.expected` beside it. The test fails if any message changes.
struct BrokenResponseTests {
  static let folder = TestPaths.fixture("responses")
  static let model = "../models/valid"

  static let brokenFiles: [String] = {
    let path = folder.appendingPathComponent("broken").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
      .filter { !$0.hasSuffix(".expected") }.sorted()
  }()

  @Test func corpusHasAtLeastTwentyFiveMistakes() {
    #expect(Self.brokenFiles.count >= 25)
  }

  @Test(arguments: brokenFiles)
  func brokenResponseGivesExactlyTheExpectedDiagnostics(_ name: String) {
    let run = runAudit(
      ["validate", "broken/\(name)", "--model", Self.model], in: Self.folder)
    let transcript = "exit \(run.status)\n--- stderr\n\(run.stderr)--- stdout\n\(run.stdout)"
    let stem = (name as NSString).deletingPathExtension
    let golden = Self.folder.appendingPathComponent("broken/\(stem).expected")
    let mismatch = goldenMismatch(transcript, golden: golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test(arguments: ["valid.csv", "valid.json"])
  func validResponseHasNoDiagnostics(_ name: String) {
    let run = runAudit(["validate", name, "--model", Self.model], in: Self.folder)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.contains("giltig — 1490 Borås, kommun, referensdatum 2025-09-01, 5 av 5"))
  }

  @Test func missingFileIsExit66() {
    let run = runAudit(["validate", "finns-inte.csv", "--model", Self.model], in: Self.folder)
    #expect(run.status == 66)
    #expect(run.stderr.contains("fel: finns-inte.csv: filen finns inte"))
  }

  @Test func folderIsReadWholeAndEveryProblemIsShown() {
    let run = runAudit(["validate", "broken", "--model", Self.model], in: Self.folder)
    #expect(run.status == 65)
    #expect(run.stdout.contains("Kontrollerade \(Self.brokenFiles.count) filer"))
  }
}
