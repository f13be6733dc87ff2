import Foundation
import Testing

@testable import AuditModel

/// The binary carries the checked model as Swift (CompiledModel.swift); these tests keep it
/// equal to what the loader makes of checklists/model.
struct CompiledModelTests {
  static let generatedPath = "Sources/AuditModel/Generated/CompiledModel.swift"

  /// The model as the loader makes it of checklists/model, with locations named as in the
  /// embedded copy, so that both generated files can be recorded in one run.
  static func files() throws -> ModelFiles {
    var files = try ModelFiles.read(directory: TestPaths.repo("checklists/model").path)
    files.displayRoot = ModelFiles.embedded.displayRoot
    return files
  }

  static func loaded() throws -> DutyModel {
    let result = ModelLoader().load(try files())
    #expect(result.diagnostics.filter(\.isError).isEmpty)
    return try #require(result.model)
  }

  @Test func generatedSwiftMatchesTheModelFiles() throws {
    let expected = CompiledModelGenerator.source(
      try Self.loaded(), fingerprint: try Self.files().fingerprint)
    let mismatch = goldenMismatch(expected, golden: TestPaths.repo(Self.generatedPath))
    #expect(
      mismatch == nil,
      "\(Self.generatedPath) is out of date: run AUDIT_RECORD=1 swift test --filter CompiledModelTests"
    )
  }

  @Test func compiledModelEqualsTheLoadedOne() throws {
    let loaded = try Self.loaded()
    // Compared as a Bool first, so that a failure does not print the whole model.
    let same = CompiledModel.model == loaded
    #expect(same)
    // Field by field as well, so that a difference is named.
    #expect(CompiledModel.model.duties == loaded.duties)
    #expect(CompiledModel.model.provisions == loaded.provisions)
    #expect(CompiledModel.model.scoring == loaded.scoring)
    #expect(CompiledModel.model.questionnaire == loaded.questionnaire)
    #expect(CompiledModel.model.ojShares == loaded.ojShares)
    #expect(CompiledModel.fingerprint == ModelFiles.embedded.fingerprint)
    #expect(CompiledModel.fingerprint == (try Self.files().fingerprint))
  }
}
