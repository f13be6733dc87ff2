import Foundation
import Testing

@testable import AuditModel

struct ScoreCommandTests {
  static let folder = TestPaths.fixture("responses/scoring")
  static let model = "../../models/scoring"

  @Test(arguments: ["table", "md", "json", "csv"])
  func scoreOutputMatchesItsGoldenFile(_ format: String) {
    let run = runAudit(
      ["score", "hand.csv", "--model", Self.model, "--format", format], in: Self.folder)
    #expect(run.status == 0)
    let golden = Self.folder.appendingPathComponent("golden/hand.\(format).txt")
    let mismatch = goldenMismatch(run.stdout, golden: golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func explainMatchesItsGoldenFile() {
    let run = runAudit(
      ["score", "hand.csv", "--model", Self.model, "--explain", "D001"], in: Self.folder)
    #expect(run.status == 0)
    let mismatch = goldenMismatch(
      run.stdout, golden: Self.folder.appendingPathComponent("golden/hand.explain-D001.txt"))
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test(arguments: [
    ("hand.csv", "brist", Int32(1)), ("hand.csv", "förbättringsområde", 1),
    ("only-improvement.csv", "brist", 0), ("only-improvement.csv", "förbättringsområde", 1),
    ("all-met.csv", "brist", 0), ("all-met.csv", "förbättringsområde", 0),
  ])
  func failOnExitsOneOnlyWhenSuchFindingsExist(_ file: String, _ level: String, _ status: Int32) {
    let run = runAudit(["score", file, "--model", Self.model, "--fail-on", level], in: Self.folder)
    #expect(run.status == status)
  }

  @Test func jsonFollowsTheDocumentedSchema() throws {
    let run = runAudit(
      ["score", "hand.csv", "--model", Self.model, "--format", "json"], in: Self.folder)
    let records = try JSONDecoder().decode([ScoreRecord].self, from: Data(run.stdout.utf8))
    let record = try #require(records.first)
    #expect(record.schemaVersion == 2)
    #expect(record.findings.map(\.kind) == ["brist", "delvis uppfyllt krav", "förbättringsområde"])
    #expect(record.total.deficiencies == 1)
    #expect(record.total.partlyMet == 1)
    #expect(record.notApplicable.map(\.question) == ["D003-2"])
    #expect(!record.incomplete)
    #expect(record.total.fulfilment == 62.5)
    #expect(record.areas.map(\.figures.fulfilment) == [65, 50])
    #expect(record.findings.map(\.urgency) == ["åtgärda omgående", "bör åtgärdas", "överväg"])
    #expect(record.duties.first { $0.id == "D004" }?.status == "undantag")
  }

  @Test func csvUsesDecimalCommaForSwedishExcel() {
    let run = runAudit(
      ["score", "hand.csv", "--model", Self.model, "--format", "csv"], in: Self.folder)
    #expect(run.stdout.hasPrefix("\u{FEFF}kommunkod;kommun;"))
    #expect(
      run.stdout.contains(
        ";D001;Lagplikt;lag;3;1 § Testlag 2020:1;delvis uppfylld;delvis uppfyllt krav;75,0;66,7;"
          + "bör åtgärdas;83,3;nej\r\n"))
  }

  @Test func invalidResponseIsNotScored() {
    let run = runAudit(
      ["score", "../broken/01-answer-typo.csv", "--model", "../../models/valid"], in: Self.folder)
    #expect(run.status == 65)
    #expect(!run.stdout.contains("Borås"))
    #expect(run.stderr.contains("ogiltigt svar (1 fel) – rätta filen"))
  }

  @Test func oneBadFileDoesNotBlockTheOthers() {
    let run = runAudit(
      ["score", "hand.csv", "../broken/01-answer-typo.csv", "--model", Self.model],
      in: Self.folder)
    // The valid response is scored; the invalid one is listed, and 65 says not all was used.
    #expect(run.status == 65)
    #expect(run.stdout.contains("1490 Borås"))
    #expect(run.stdout.contains("Totalt    62,5"))
    #expect(
      run.stderr.contains("../broken/01-answer-typo.csv: ogiltigt svar ("))
    #expect(run.stderr.contains("– rätta filen"))
  }

  @Test func unknownDutyForExplainIsAUsageError() {
    let run = runAudit(
      ["score", "hand.csv", "--model", Self.model, "--explain", "D01"], in: Self.folder)
    #expect(run.status == 64)
    #expect(run.stderr.contains("menade du D001?"))
  }
}
