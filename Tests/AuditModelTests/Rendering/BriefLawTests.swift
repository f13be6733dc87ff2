import Foundation
import Testing

@testable import AuditModel

/// The law changes between two rounds, in a brief's own words.
struct BriefLawTests {
  @Test func aDutyFirstFollowedInAnOlderWordingIsNotANewParagraph() throws {
    let model = try #require(ModelLoader().load(.embedded).model)
    let municipality = Municipality(code: "9901", name: "Eksvala", countyCode: "99")
    let comparison = RegionComparison(
      county: nil, round: "2013-var", municipalities: [municipality], scores: [], model: model)
    var brief = Brief(
      model: model, comparison: comparison, change: nil,
      previousReferenceDate: Day("2012-12-31"), municipality: municipality, audience: .official,
      isFictional: true)
    brief.roundDay = Day("2013-01-01")
    // `audit changes --from 2012-12-31 --to 2013-01-01`: D044 (utredning within four months)
    // is followed from that day in a wording the model does not describe; D010 gets a new
    // wording; D043 comes.
    let lines = brief.lawChanges
    #expect(
      lines.contains(
        "Från 1 januari 2013 följer underlaget 1 plikt som fanns redan tidigare, i en äldre "
          + "lydelse som modellen inte beskriver; det är inget nytt krav."))
    #expect(!lines.contains { $0.contains("nya paragrafer") })
    #expect(lines.contains { $0.contains("Skyddsbedömning och förhandsbedömning") })
  }
}
