import Testing

@testable import AuditModel

struct DayTests {
  @Test(arguments: ["2007-07-01", "2024-02-29", "1970-01-01", "2025-12-31"])
  func dayRoundTripsThroughItsText(_ text: String) throws {
    let day = try #require(Day(text))
    #expect(day.description == text)
  }

  @Test(arguments: [
    "2025-13-01", "2023-02-29", "2025-7-1", "20250701", "", "2025-07-01x", "abcd-ef-gh",
  ])
  func invalidDayIsRejected(_ text: String) {
    #expect(Day(text) == nil)
  }

  @Test func ordinalCountsFromTheEpoch() {
    #expect(Day("1970-01-01")?.ordinal == 0)
    #expect(Day("1970-01-02")?.ordinal == 1)
    #expect(Day("2000-03-01")?.ordinal == 11_017)
  }

  @Test func addingDaysCrossesMonthsAndYears() {
    #expect(Day("2025-06-30")?.adding(days: 1).description == "2025-07-01")
    #expect(Day("2025-01-01")?.adding(days: -1).description == "2024-12-31")
  }

  @Test func addingMonthsClampsToTheMonthsLastDay() {
    #expect(Day("2025-08-31")?.adding(months: 6).description == "2026-02-28")
    #expect(Day("2024-02-29")?.adding(months: 12).description == "2025-02-28")
    #expect(Day("2025-05-15")?.adding(months: -6).description == "2024-11-15")
  }

  @Test func daysAreOrderedInTime() throws {
    let early = try #require(Day("2007-06-30"))
    let late = try #require(Day("2007-07-01"))
    #expect(early < late)
    #expect(early.days(until: late) == 1)
  }
}
