import Foundation

/// Case folding and white-space handling for the texts in checklists, with a fast path for
/// the text Swedish checklists are made of.
///
/// Every function gives exactly the result of the general operation it names (tests compare
/// them); the fast path only runs on text whose UTF-8 holds nothing but ASCII and the Latin-1
/// block (lead bytes `C2` and `C3`), where the general operation reduces to byte arithmetic:
/// no character there combines with a neighbour, the upper-case letters `À`–`Þ` (except `×`)
/// lower-case by adding 0x20, and the white space is tab to carriage return, space, `U+0085`
/// and `U+00A0`. Anything else goes through the standard library and Foundation.
enum TextFolding {
  /// `raw.lowercased()` with runs of white space (as `Character.isWhitespace` sees it) made
  /// one space, and none at the ends: `"  Vet   EJ "` becomes `"vet ej"`.
  static func normalized(_ raw: String) -> String {
    if let fast = latinNormalized(raw) { return fast }
    return raw.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `raw.trimmingCharacters(in: set)`, for `set` `.whitespacesAndNewlines` or `.whitespaces`
  /// (or any other set of white space and line breaks).
  ///
  /// The set is only made when needed: making a `CharacterSet` costs more than the fast path.
  static func trimmed(
    _ raw: String, _ set: @autoclosure () -> CharacterSet = .whitespacesAndNewlines
  ) -> String {
    let utf8 = raw.utf8
    guard !utf8.isEmpty else { return raw }
    if startsWithLatinNonSpace(utf8), endsWithLatinNonSpace(utf8) { return raw }
    return raw.trimmingCharacters(in: set())
  }

  /// Whether the first character is one of ASCII or Latin-1 that is not white space or a
  /// line break (Latin-1 has two: `U+0085` and `U+00A0`, written `C2 85` and `C2 A0`).
  private static func startsWithLatinNonSpace(_ utf8: String.UTF8View) -> Bool {
    var bytes = utf8.makeIterator()
    guard let first = bytes.next() else { return false }
    if first < 0x80 { return !isASCIIWhitespace(first) }
    if first == 0xC3 { return true }
    guard first == 0xC2, let second = bytes.next() else { return false }
    return second != 0x85 && second != 0xA0
  }

  /// Whether the last character is one of ASCII or Latin-1 that is not white space or a
  /// line break.
  private static func endsWithLatinNonSpace(_ utf8: String.UTF8View) -> Bool {
    var index = utf8.endIndex
    utf8.formIndex(before: &index)
    let last = utf8[index]
    if last < 0x80 { return !isASCIIWhitespace(last) }
    guard index > utf8.startIndex else { return false }
    utf8.formIndex(before: &index)
    let lead = utf8[index]
    if lead == 0xC3 { return true }
    return lead == 0xC2 && last != 0x85 && last != 0xA0
  }

  /// `text.contains(word)` as Foundation answers it (canonically equivalent characters
  /// match). When both hold nothing but ASCII and Latin-1, where no character combines with
  /// another, equivalent texts have the same bytes, so they are searched byte by byte.
  static func contains(_ text: String, _ word: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0xC4 }), word.utf8.allSatisfy({ $0 < 0xC4 }) else {
      return text.contains(word)
    }
    let haystack = Array(text.utf8)
    let needle = Array(word.utf8)
    guard !needle.isEmpty else { return text.contains(word) }
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<start + needle.count].elementsEqual(needle)
    {
      return true
    }
    return false
  }

  /// `String(decoding: utf8, as: UTF8.self)` (invalid UTF-8 repaired the same way), without
  /// the generic path's type checks, which cost more than the copy for short texts.
  static func string(utf8: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = utf8.baseAddress, !utf8.isEmpty else { return "" }
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      buffer.baseAddress?.initialize(from: base, count: utf8.count)
      return utf8.count
    }
  }

  /// Whether `byte` is ASCII white space: tab, line feed, vertical tab, form feed, carriage
  /// return or space.
  static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// The normalized form of UTF-8 `bytes`, or `nil` when they hold a character outside ASCII
  /// and Latin-1.
  static func latinNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    // The result is never longer than the input; short texts are folded on the stack.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
      var count = 0
      let folded = foldLatin(bytes) { byte in
        buffer[count] = byte
        count += 1
        return true
      }
      guard folded != nil else { return nil }
      return string(utf8: UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }

  /// Whether UTF-8 `bytes`, normalized, are `target`; `nil` when that cannot be told without
  /// the general operation.
  ///
  /// Stops at the first byte that differs. That is safe before the whole text is seen: what
  /// the fast path has written is always the start of the general result, because a later
  /// character can only join the one just before it, and a white-space character is written
  /// (as a space) only once the next character is known.
  static func latinNormalized(_ bytes: UnsafeBufferPointer<UInt8>, equals target: String) -> Bool? {
    var target = target
    return target.withUTF8 { expected in
      var matched = 0
      let outcome = foldLatin(bytes) { byte in
        guard matched < expected.count, expected[matched] == byte else { return false }
        matched += 1
        return true
      }
      switch outcome {
      case nil: return nil
      case false: return false
      case true: return matched == expected.count
      }
    }
  }

  /// Folds UTF-8 `bytes`, handing each output byte to `emit`: `true` when all were folded,
  /// `false` when `emit` asked to stop, `nil` at a character outside ASCII and Latin-1.
  @inline(__always)
  private static func foldLatin(
    _ bytes: UnsafeBufferPointer<UInt8>, emit: (UInt8) -> Bool
  ) -> Bool? {
    var written = false
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        if isASCIIWhitespace(byte) {
          pendingSpace = written
          continue
        }
        if pendingSpace {
          guard emit(0x20) else { return false }
          pendingSpace = false
        }
        guard emit(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) else { return false }
        written = true
        continue
      }
      guard byte == 0xC2 || byte == 0xC3, index + 1 < bytes.count else { return nil }
      let next = bytes[index + 1]
      index += 2
      if byte == 0xC2, next == 0x85 || next == 0xA0 {
        pendingSpace = written
        continue
      }
      if pendingSpace {
        guard emit(0x20) else { return false }
        pendingSpace = false
      }
      let upper = byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97
      guard emit(byte), emit(upper ? next + 0x20 : next) else { return false }
      written = true
    }
    return true
  }

  private static func latinNormalized(_ raw: String) -> String? {
    var raw = raw
    return raw.withUTF8 { latinNormalized($0) }
  }
}
