import Foundation
import Testing

@testable import AuditModel

/// Every change has a plain Swedish sentence with the date in words, built from the
/// provision's summary and the duty's title (worked out by hand on the valid fixture).
struct ChangeSentenceTests {
  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  @Test func datesAreWrittenInWords() {
    #expect(SwedishDate.words(Self.day("2025-07-01")) == "1 juli 2025")
    #expect(SwedishDate.words(Self.day("2007-01-31")) == "31 januari 2007")
    #expect(SwedishDate.words(Self.day("2022-12-24")) == "24 december 2022")
  }

  @Test func everyChangeOfTheFixtureHasItsSentence() throws {
    let model = try TimelineTests.model()
    let changes = model.changes(from: Self.day("2002-01-01"), to: Self.day("2026-01-01"))
    #expect(
      changes.map { $0.sentence(in: model) } == [
        "Från 1 juli 2007 ändras styrkan för plikten \"Stöd till våldsutsatta\" från lag (bör) "
          + "till lag (5 kap. 11 § SoL 2001:453): Nämnden ska verka för stöd till brottsoffer.",
        "Från 1 augusti 2021 ska nämnden verka för att våldsutövare ändrar beteende "
          + "(5 kap. 11 a § SoL 2001:453).",
        "Från 1 juli 2025 står plikten \"Stöd till våldsutsatta\" i 13 kap. 1 § SoL 2025:400 i "
          + "stället för 5 kap. 11 § SoL 2001:453: Nämnden ska erbjuda brottsofferstöd.",
        "Från 1 juli 2025 står plikten \"Insatser till våldsutövare\" i 13 kap. 8 § SoL 2025:400 "
          + "i stället för 5 kap. 11 a § SoL 2001:453: Nämnden ska erbjuda insatser till "
          + "våldsutövare.",
      ])
  }

  @Test func theListingCarriesTheSentenceInEveryFormat() throws {
    let model = try TimelineTests.model()
    let listing = ChangeListing(
      model: model, from: Self.day("2021-07-31"), to: Self.day("2021-08-01"))
    let sentence =
      "Från 1 augusti 2021 ska nämnden verka för att våldsutövare ändrar beteende "
      + "(5 kap. 11 a § SoL 2001:453)."
    #expect(listing.records.map(\.sentence) == [sentence])
    #expect(listing.table().contains(sentence))
    #expect(listing.markdown().contains(sentence))
    #expect(listing.csv().contains(sentence))
    #expect(listing.json().contains(#""sentence" : "\#(sentence)""#))
  }

  @Test func onlyTheFirstSentenceOfASummaryIsUsed() {
    #expect(
      ModelChange.firstSentence("Enligt 5 kap. 11 § ska nämnden verka. Mer text här.")
        == "Enligt 5 kap. 11 § ska nämnden verka.")
    #expect(ModelChange.firstSentence("Bara en mening") == "Bara en mening")
    #expect(ModelChange.inverted("Nämnden ska erbjuda stöd") == "ska nämnden erbjuda stöd")
    #expect(ModelChange.inverted("När en anmälan kommer ska nämnden") == nil)
  }
}
