import Foundation

/// A calendar day without time or time zone, as statutes and rounds are dated.
///
/// Written and read as `YYYY-MM-DD`. Arithmetic goes through a day count, so the
/// type needs no calendar and gives the same answer in every time zone.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The number of days since 1970-01-01.
  public let ordinal: Int

  /// Creates a day from its number of days since 1970-01-01.
  public init(ordinal: Int) {
    self.ordinal = ordinal
  }

  /// Creates a day from year, month and day, or `nil` when there is no such day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.length(ofMonth: month, year: year)).contains(day)
    else { return nil }
    ordinal = Day.daysFromCivil(year: year, month: month, day: day)
  }

  /// Parses `YYYY-MM-DD`; anything else, or a day that does not exist, gives `nil`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Today's date in Sweden.
  ///
  /// Swedish time is UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC
  /// on the last Sunday of October (the EU's summer-time directive 2000/84/EC). That rule is
  /// applied for 2001–2037, which a test checks against the time zone database instant by
  /// instant; other years ask the database (through ICU, which takes milliseconds to load).
  public static func today(now: Date = Date()) -> Day {
    let seconds = now.timeIntervalSince1970.rounded(.down)
    guard seconds.isFinite, abs(seconds) < 1e14 else { return Day(ordinal: 0) }
    let instant = Int(seconds)
    let utcDay = Day(ordinal: floorDivision(instant, 86_400))
    let year = utcDay.components.year
    let offset: Int
    if (2001...2037).contains(year) {
      let start = lastSunday(month: 3, year: year).ordinal * 86_400 + 3_600
      let end = lastSunday(month: 10, year: year).ordinal * 86_400 + 3_600
      offset = (start..<end).contains(instant) ? 7_200 : 3_600
    } else {
      offset = TimeZone(identifier: "Europe/Stockholm")?.secondsFromGMT(for: now) ?? 0
    }
    let day = Day(ordinal: floorDivision(instant + offset, 86_400))
    return (1...9999).contains(day.components.year) ? day : Day(ordinal: 0)
  }

  /// The last Sunday of a month with 31 days.
  private static func lastSunday(month: Int, year: Int) -> Day {
    let last = Day(year: year, month: month, day: 31) ?? Day(ordinal: 0)
    // 1970-01-01 was a Thursday: day 0 has weekday 4 counting from Sunday.
    let weekday = ((last.ordinal + 4) % 7 + 7) % 7
    return last.adding(days: -weekday)
  }

  private static func floorDivision(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
  }

  /// The year, month and day.
  public var components: (year: Int, month: Int, day: Int) {
    Day.civilFromDays(ordinal)
  }

  /// The day as `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> Day {
    Day(ordinal: ordinal + count)
  }

  /// The same day `count` months later, clamped to the month's last day.
  public func adding(months count: Int) -> Day {
    let (year, month, day) = components
    let total = year * 12 + (month - 1) + count
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = min(day, Day.length(ofMonth: newMonth, year: newYear))
    return Day(year: newYear, month: newMonth, day: newDay) ?? self
  }

  /// Whole days from this day to `other`.
  public func days(until other: Day) -> Int {
    other.ordinal - ordinal
  }

  /// Orders days in time.
  public static func < (lhs: Day, rhs: Day) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  private static func length(ofMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil / civil_from_days.
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let text = String(value)
  return String(repeating: "0", count: max(0, width - text.count)) + text
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
