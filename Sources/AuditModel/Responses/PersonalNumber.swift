/// Finds Swedish personnummer and samordningsnummer in free text, so they can be
/// warned about and kept out of briefs.
///
/// Matches 10 digits (`YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDDNNNN`) or 12 digits
/// (`YYYYMMDD-NNNN`, `YYYYMMDDNNNN`) not touching other digits, whose month is
/// 01–12, whose day is 01–31 (or 61–91 for a samordningsnummer), and whose last
/// ten digits pass the Luhn check. A number that fails Luhn is not flagged.
///
/// Between the date and the last four digits there may be nothing or one of the separators
/// people type or word processors put in: hyphen, plus, en dash, minus sign (U+2212),
/// non-breaking hyphen (U+2011), hyphen (U+2010), figure dash (U+2012), a space, a
/// no-break space (U+00A0) or a narrow no-break space (U+202F).
public enum PersonalNumber {
  /// A match: offset and length in characters.
  public struct Match: Hashable, Sendable {
    /// Offset of the first character, in characters from the start.
    public var offset: Int
    /// Length in characters, separator included.
    public var length: Int
  }

  /// The characters that may stand between the date and the last four digits.
  static let separators: Set<Character> = [
    "-", "+", " ", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2212}", "\u{00A0}",
    "\u{202F}",
  ]

  /// What replaces a personnummer in every brief and export.
  public static let replacement = "[personnummer borttaget]"

  /// Every personnummer-like match in `text`.
  public static func matches(in text: String) -> [Match] {
    // A match needs ten ASCII digits; most texts have fewer and are done without decoding.
    var digits = 0
    for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
      digits += 1
      if digits == 10 { break }
    }
    guard digits == 10 else { return [] }
    let characters = Array(text)
    var result: [Match] = []
    var index = 0
    while index < characters.count {
      let startsNumber =
        characters[index].isASCIIDigit && (index == 0 || !characters[index - 1].isASCIIDigit)
      if startsNumber, let length = matchLength(characters, at: index) {
        result.append(Match(offset: index, length: length))
        index += length
      } else {
        index += 1
      }
    }
    return result
  }

  /// `text` with every match replaced by ``replacement``.
  public static func redacted(_ text: String) -> String {
    let found = matches(in: text)
    guard !found.isEmpty else { return text }
    let characters = Array(text)
    var result = ""
    var next = 0
    for match in found {
      result += String(characters[next..<match.offset]) + replacement
      next = match.offset + match.length
    }
    return result + String(characters[next...])
  }

  private static func matchLength(_ characters: [Character], at start: Int) -> Int? {
    for (dateDigits, centuryDigits) in [(8, 2), (6, 0)] {
      var digits: [Int] = []
      var index = start
      var separator = false
      while index < characters.count, digits.count < dateDigits + 4 {
        let character = characters[index]
        if let value = character.asciiDigitValue {
          digits.append(value)
          index += 1
        } else if digits.count == dateDigits, !separator, separators.contains(character) {
          separator = true
          index += 1
        } else {
          break
        }
      }
      guard digits.count == dateDigits + 4 else { continue }
      if index < characters.count, characters[index].isASCIIDigit { continue }
      if centuryDigits > 0 {
        let century = digits[0] * 10 + digits[1]
        guard (18...20).contains(century) else { continue }
      }
      let ten = Array(digits.dropFirst(centuryDigits))
      let month = ten[2] * 10 + ten[3]
      let day = ten[4] * 10 + ten[5]
      guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day),
        passesLuhn(ten)
      else { continue }
      return index - start
    }
    return nil
  }

  /// The Luhn check over ten digits, as Skatteverket computes the check digit.
  static func passesLuhn(_ digits: [Int]) -> Bool {
    var sum = 0
    for (position, digit) in digits.enumerated() {
      var value = position % 2 == 0 ? digit * 2 : digit
      if value > 9 { value -= 9 }
      sum += value
    }
    return sum % 10 == 0
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { asciiDigitValue != nil }

  fileprivate var asciiDigitValue: Int? {
    guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
    return Int(ascii) - 48
  }
}
