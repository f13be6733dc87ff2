/// Whether bytes are valid UTF-8, checked eight ASCII bytes at a time.
///
/// The rules are those of the Unicode standard (table 3-7), as `String(validating:as:)`
/// applies them: no overlong forms, no surrogates (U+D800–U+DFFF), nothing above U+10FFFF,
/// no stray continuation bytes and no sequence cut off at the end. Checklists are mostly ASCII,
/// so runs of ASCII are skipped a machine word at a time and only the letters between them
/// are decoded.
enum UTF8Validation {
  /// `bytes` as a string when they are valid UTF-8, otherwise `nil`.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
  }

  /// Whether `bytes` are valid UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      // Eight bytes at a time while none has its high bit set.
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { break }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // The length of the sequence and the range its second byte must lie in.
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return false
      }
      guard index + length <= count else { return false }
      let second = base[index + 1]
      guard second >= low, second <= high else { return false }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
        return false
      }
      index += length
    }
    return true
  }
}
