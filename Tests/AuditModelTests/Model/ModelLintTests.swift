import Foundation
import Testing

@testable import AuditModel

/// Every lint rule fires at the right line and column; the expected output of
/// each broken model sits in its folder as `expected.txt`.
struct ModelLintTests {
  static let models = TestPaths.fixture("models")

  static let brokenModels: [String] = {
    let folder = models.appendingPathComponent("broken")
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }()

  @Test func thereAreAtLeastTenBrokenModels() {
    #expect(Self.brokenModels.count >= 10)
  }

  @Test(arguments: brokenModels)
  func brokenModelGivesExactlyTheExpectedDiagnostics(_ name: String) {
    let run = runAudit(["lint-model", "broken/\(name)"], in: Self.models)
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    let golden = Self.models.appendingPathComponent("broken/\(name)/expected.txt")
    let mismatch = goldenMismatch(run.stderr, golden: golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func validFixtureModelHasNoDiagnostics() throws {
    let files = try ModelFiles.read(directory: Self.models.appendingPathComponent("valid").path)
    let result = ModelLoader().load(files)
    #expect(result.diagnostics == [])
    let model = try #require(result.model)
    #expect(model.duties.map(\.id) == ["D001", "D002"])
    #expect(model.questions.map(\.id) == ["D001-1", "D001-2", "D001-3", "D002-1", "D002-2"])
  }

  @Test func shippedModelPassesLint() {
    let run = runAudit(["lint-model", "checklists/model"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.stdout.contains("är korrekt"))
  }

  @Test func embeddedModelPassesLint() {
    let run = runAudit(["lint-model"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
  }

  @Test func missingModelFolderIsExit66() {
    let run = runAudit(["lint-model", "finns-inte"], in: Self.models)
    #expect(run.status == 66)
    #expect(run.stderr.contains("finns-inte: modellmappen finns inte"))
  }
}
