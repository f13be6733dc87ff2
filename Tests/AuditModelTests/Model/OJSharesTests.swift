import Foundation
import Testing

@testable import AuditModel

/// The ÖJ national shares (`oj-andelar.json`) that both fictional-data generators read.
struct OJSharesTests {
  static func load(_ edit: (String) -> String) throws -> ModelLoader.Result {
    let folder = TestPaths.repo("checklists/model").path
    let read = try ModelFiles.read(directory: folder)
    var texts = Dictionary(read.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    let shares = try #require(texts[OJShares.file])
    texts[OJShares.file] = edit(shares)
    return ModelLoader().load(ModelFiles(texts, displayRoot: "modell"))
  }

  @Test func theShippedModelHasASeriesForEveryIndicatorQuestion() throws {
    let model = try #require(try Self.load { $0 }.model)
    let shares = try #require(model.ojShares)
    #expect(shares.indicators.count == 22)
    // ÖJ 4 by hand from shared/reference/oj-vnr.md: 22 % 2019, 28 % 2023, 34 % 2024.
    #expect(shares.share(for: "D023-1", in: 2019) == 0.22)
    #expect(shares.share(for: "D023-1", in: 2023) == 0.28)
    #expect(shares.share(for: "D023-1", in: 2030) == 0.34)
    #expect(shares.share(for: "D001-1", in: 2026) == nil)
  }

  @Test func aQuestionThatLeftTheModelIsAnError() throws {
    let result = try Self.load {
      $0.replacingOccurrences(of: #""question": "D023-1""#, with: #""question": "D023-9""#)
    }
    #expect(result.model == nil)
    #expect(
      result.diagnostics.contains {
        $0.isError && $0.message == "okänd fråga \"D023-9\" i ÖJ-andelarna"
      })
  }

  @Test func aShareOutsideZeroToOneIsAnError() throws {
    let result = try Self.load {
      $0.replacingOccurrences(of: #""2024": 0.34"#, with: #""2024": 34"#)
    }
    #expect(result.model == nil)
    #expect(result.diagnostics.contains { $0.isError && $0.message.contains("ingen andel") })
  }
}
