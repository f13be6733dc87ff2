import Foundation
import Testing

@testable import AuditModel

/// The question's own footing shows in the checklist, `duties --format json` and
/// `score --explain`, on the valid fixture model with footings declared on its questions.
struct FootingOutputTests {
  /// The valid fixture with D001-1 declared `god praxis` (with a source) and D001-2
  /// `allmänt råd`; the other questions rest on their duty's `ska` in SoL.
  static func model() throws -> DutyModel {
    let folder = TestPaths.fixture("models/valid").path
    let read = try ModelFiles.read(directory: folder)
    var texts = Dictionary(read.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    let stod = try #require(texts["duties/01-stod.json"])
    texts["duties/01-stod.json"] =
      stod
      .replacingOccurrences(
        of: #""evidence": "Rutinen."}"#,
        with: #""evidence": "Rutinen.", "footing": "god praxis", "source": "NCK kunskapsbanken"}"#
      )
      .replacingOccurrences(
        of: #""evidence": "Statistik."}"#,
        with: #""evidence": "Statistik.", "footing": "allmänt råd"}"#)
    let result = ModelLoader().load(ModelFiles(texts, displayRoot: folder))
    #expect(result.diagnostics == [])
    return try #require(result.model)
  }

  static let day = Day(year: 2025, month: 9, day: 1) ?? Day(ordinal: 0)

  @Test func checklistShowsEachQuestionsOwnFooting() throws {
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "r", referenceDate: Self.day,
      perspective: .municipality, organisation: "", modelVersion: "test.1", respondentRole: "")
    let checklist = Checklist(model: try Self.model(), metadata: metadata)
    let strengths = checklist.rows.map(\.footing.label)
    #expect(strengths == ["god praxis", "allmänt råd", "krav i lag", "krav i lag", "krav i lag"])
    #expect(
      checklist.rows.map(\.citation).prefix(3) == [
        "källa: NCK kunskapsbanken", "13 kap. 1 § SoL 2025:400", "13 kap. 1 § SoL 2025:400",
      ])
    let csv = checklist.csv()
    #expect(
      csv.contains(
        "Finns en beslutad rutin?;ja, delvis, nej, vet ej, ej aktuellt;"
          + "källa: NCK kunskapsbanken;god praxis;Rutinen."))
  }

  @Test func dutiesJSONCarriesFootingAndWords() throws {
    let listing = DutyListing(model: try Self.model(), day: Self.day)
    let questions = listing.records.flatMap(\.questions)
    #expect(
      questions.map(\.footing) == [
        "god praxis", "allmänt råd", "krav i lag", "krav i lag", "krav i lag",
      ])
    #expect(
      questions[0].footingText == "Vanlig god praxis är att göra så (källa: NCK kunskapsbanken).")
    #expect(
      questions[1].footingText
        == "Detta rekommenderas för att uppfylla lagen (13 kap. 1 § SoL 2025:400).")
    #expect(questions[2].footingText == "Lagen kräver detta (13 kap. 1 § SoL 2025:400).")
    let json = listing.json()
    #expect(json.contains(#""footing" : "god praxis","#))
    #expect(json.contains(#""footingText" : "Lagen kräver detta (13 kap. 1 § SoL 2025:400).","#))
    #expect(json.contains(#""mandatory" : true"#))
  }
}
