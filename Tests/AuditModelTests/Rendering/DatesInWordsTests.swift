import Foundation
import Testing

@testable import AuditModel

/// `Brief.datesInWords` finds the dates the regular expression `\d{4}-\d{2}-\d{2}` finds.
struct DatesInWordsTests {
  /// The regular-expression version it replaced.
  static func reference(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) {
      out += rest[..<range.lowerBound]
      let iso = String(rest[range])
      out += Day(iso).map(SwedishDate.words) ?? iso
      rest = rest[range.upperBound...]
    }
    return out + rest
  }

  @Test func findsWhatTheRegularExpressionFinds() {
    var texts = [
      "", "Från 2024-04-01 ska nämnden", "12024-04-01x", "2024-4-01", "2024-04-011",
      "2024-13-45 är inget datum", "2025-07-01–2026-06-30", "ål 2024-04-01 öl 2025-07-01.",
      "2024-04-0", "--2024-04-01--", "2024-04-01", "Lag (2024:79) från 2024-07-01",
    ]
    var generator = SeededGenerator(seed: 2024)
    let pieces = ["2024", "-", "04", "0", "1", "å", " ", "9", "2025-07-01", "x"]
    for _ in 0..<2_000 {
      texts.append(
        (0..<Int.random(in: 0...12, using: &generator)).map { _ in
          pieces.randomElement(using: &generator) ?? ""
        }.joined())
    }
    for text in texts {
      #expect(Brief.datesInWords(text) == Self.reference(text), "\(text)")
    }
  }
}
