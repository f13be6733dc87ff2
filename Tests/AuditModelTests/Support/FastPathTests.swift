import Foundation
import Testing

@testable import AuditModel

/// The fast paths added for national scale give exactly what the general operations give.
struct FastPathTests {
  /// Every character the fast paths handle, and neighbours they must hand on.
  static let alphabet: [String] =
    (0x00...0xFF).map { String(UnicodeScalar(UInt8($0))) } + [
      "\r\n", "\u{0301}", "e\u{0301}", "\u{2028}", "\u{2003}", "\u{3000}", "İ", "Σ", "ẞ", "K",
      "\u{FEFF}", "–", "😀", "a\u{200D}",
    ]

  /// Random texts over ``alphabet``, weighted towards Swedish letters and white space.
  static func texts(count: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    let common = ["a", "Å", "ö", "Ä", " ", "  ", "\t", "\u{00A0}", "\u{0085}", "-", ":", "É"]
    return (0..<count).map { _ in
      let length = Int.random(in: 0...12, using: &generator)
      return (0..<length).map { _ in
        Bool.random(using: &generator)
          ? common.randomElement(using: &generator) ?? ""
          : alphabet.randomElement(using: &generator) ?? ""
      }.joined()
    }
  }

  static func generalNormalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  @Test func normalizedMatchesTheGeneralOperationOnEveryLatin1Pair() {
    for first in 0x00...0xFF {
      for second in [0x20, 0x41, 0x61, 0xA0, 0xC5, 0xE5, 0x85, 0x0A, first] {
        let text = String(UnicodeScalar(UInt8(first))) + String(UnicodeScalar(UInt8(second)))
        #expect(
          TextFolding.normalized(text) == Self.generalNormalized(text), "\(text.debugDescription)")
      }
    }
  }

  @Test func normalizedAndTrimmedMatchTheGeneralOperationsOnRandomTexts() {
    for text in Self.texts(count: 20_000, seed: 11) {
      #expect(
        TextFolding.normalized(text) == Self.generalNormalized(text), "\(text.debugDescription)")
      #expect(
        TextFolding.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(text.debugDescription)")
      #expect(
        TextFolding.trimmed(text, .whitespaces) == text.trimmingCharacters(in: .whitespaces),
        "\(text.debugDescription)")
    }
  }

  @Test func stringFromUTF8RepairsAsDecodingDoes() {
    let samples: [[UInt8]] = [
      [], [0x61], [0xC3, 0xA5], [0xC3], [0xFF, 0x61], [0xE2, 0x80], [0xED, 0xA0, 0x80, 0x61],
      [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0xAF], Array("Åre – ok".utf8),
    ]
    for bytes in samples {
      bytes.withUnsafeBufferPointer { buffer in
        #expect(TextFolding.string(utf8: buffer) == String(decoding: buffer, as: UTF8.self))
        #expect(
          Array(TextFolding.string(utf8: buffer).utf8)
            == Array(String(decoding: buffer, as: UTF8.self).utf8))
      }
    }
  }

  @Test func htmlEscapingSeesMarkupEvenWhenAMarkCombinesWithIt() {
    #expect(HTML.escape("a\"\u{301}<b>&'") == "a&quot;\u{301}&lt;b&gt;&amp;&#39;")
    #expect(HTML.escape("Åre – inget att ersätta") == "Åre – inget att ersätta")
    for text in Self.texts(count: 2_000, seed: 15) {
      let general = text.unicodeScalars.map { scalar -> String in
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        default: return String(scalar)
        }
      }.joined()
      #expect(HTML.escape(text) == general, "\(text.debugDescription)")
    }
  }

  @Test func containsMatchesFoundation() {
    let words = ["kvinnojour", "jour", "iop", "idéburet", "idéburen", "", "é"]
    let texts =
      Self.texts(count: 3_000, seed: 13).map { "\($0)jour\($0)" }
      + Self.texts(count: 3_000, seed: 14)
      + ["ide\u{0301}buret", "idéburet", "kvinnojou", "iop", "Å jour"]
    for text in texts {
      for word in words {
        #expect(TextFolding.contains(text, word) == text.contains(word), "\(text.debugDescription)")
      }
    }
  }

  @Test func earlyComparisonAgreesWithNormalizingFirst() {
    let targets = ["fråga-id", "undantag: plikt-id", "vet ej", "", "a"]
    let texts =
      Self.texts(count: 5_000, seed: 12) + [
        "Fråga-ID", "  fRÅGA-id ", "Undantag:\u{00A0}plikt-id", "fråga-id\u{0301}", "fråga-idx",
        "fråga", "UNDANTAG:  PLIKT-ID\t", "vet\r\nej",
      ]
    for text in texts {
      var copy = text
      for target in targets {
        let fast = copy.withUTF8 { TextFolding.latinNormalized($0, equals: target) }
        let general = Self.generalNormalized(text) == target
        if let fast { #expect(fast == general, "\(text.debugDescription) vs \(target)") }
      }
    }
  }

  @Test func csvBytesGiveTheTextsAndPlacesOfTheTable() throws {
    let text =
      "a;\"b;\"\"c\"\"\r\nd\"x;é\u{0301}\n\"\"\r\n;Åre;\"e\rf\";  \n\n"
    let table = try CSVTable.parse(text)
    let fromBytes = try CSVBytes.parse(text) { bytes, _ in
      bytes.records.map { record in
        record.fields.map { CSVField(value: bytes.text($0), line: $0.line, column: $0.column) }
      }
    }
    #expect(fromBytes == table.records.map(\.fields))
    #expect(
      table.records.map(\.values) == [
        ["a", "b;\"c\"\ndx", "é\u{0301}"], [""], ["", "Åre", "e\nf", "  "],
      ])
    // Columns count characters: "Åre" is three, so the next field starts at column 6; the
    // last field starts on the line the quoted line break began.
    #expect(table.records[2].fields.map(\.column) == [1, 2, 6, 4])
    #expect(table.records[2].fields.map(\.line) == [4, 4, 4, 5])
  }

  @Test func todayIsTheCalendarDayInSweden() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "Europe/Stockholm"))
    // Midnights and summer-time changes in several years, and a spread of other instants.
    var instants: [Double] = []
    for year in [1999, 2001, 2024, 2025, 2026, 2031, 2037, 2038] {
      for (month, day) in [(1, 1), (12, 31)] + (24...31).flatMap({ [(3, $0), (10, $0)] }) {
        let midnight = try #require(
          calendar.date(from: DateComponents(year: year, month: month, day: day)))
        for shift in [-7_201.0, -3_601, -1, 0, 1, 3_599, 3_600, 7_200, 82_800, 86_399] {
          instants.append(midnight.timeIntervalSince1970 + shift)
        }
      }
    }
    instants += stride(from: -100_000_000.0, to: 2_200_000_000, by: 3_654_321)
    for instant in instants {
      let now = Date(timeIntervalSince1970: instant)
      let parts = calendar.dateComponents([.year, .month, .day], from: now)
      let expected = Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
      #expect(Day.today(now: now) == expected, "\(now)")
    }
  }

  @Test func dutyCalendarGivesTheDutiesOfTheModelOnEveryDay() throws {
    let model = try #require(ModelLoader().load(ModelFiles.embedded).model)
    let calendar = DutyCalendar(model)
    var days = Set<Day>()
    for provision in model.provisions {
      for day in [provision.validFrom] + (provision.validUntil.map { [$0] } ?? []) {
        for shift in -1...1 { days.insert(day.adding(days: shift)) }
      }
    }
    days.formUnion(stride(from: 10_000, to: 22_000, by: 97).map(Day.init(ordinal:)))
    for day in days {
      #expect(calendar.duties(inForceOn: day) == model.duties(inForceOn: day), "\(day)")
    }
  }
}
