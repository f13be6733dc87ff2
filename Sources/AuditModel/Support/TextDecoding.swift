import Foundation

/// The encoding `decodeText(_:)` decided a file was written in.
public enum TextEncodingGuess: Hashable, Sendable {
  /// UTF-8 without a byte order mark.
  case utf8
  /// UTF-8 that began with the byte order mark `EF BB BF` (Excel's "CSV UTF-8").
  case utf8WithBOM
  /// Windows-1252, what Swedish Excel writes for plain "CSV (semikolonavgränsad)".
  case windows1252
  /// UTF-16, little-endian, after the byte order mark `FF FE`: Excel's "Unicode-text".
  case utf16LittleEndian
  /// UTF-16, big-endian, after the byte order mark `FE FF`.
  case utf16BigEndian

  /// How the encoding is named to a user, e.g. in `validate`'s summary; `nil` for UTF-8.
  public var label: String? {
    switch self {
    case .utf8, .utf8WithBOM: return nil
    case .windows1252: return "Windows-1252"
    case .utf16LittleEndian, .utf16BigEndian: return "UTF-16, Excels Unicode-text"
    }
  }
}

/// Decodes the bytes of a text file as spreadsheet programs write them.
///
/// A UTF-16 byte order mark (`FF FE` or `FE FF`, as Excel's "Unicode-text" begins) makes the
/// rest UTF-16 of that byte order; an unpaired surrogate or a last odd byte becomes U+FFFD.
/// A leading UTF-8 byte order mark is removed. If the remaining bytes are valid UTF-8 they are
/// read as UTF-8; otherwise they are read as Windows-1252, the legacy encoding Swedish Windows
/// uses, in which every byte is a character, so decoding never fails. (A file that has a byte
/// order mark but is not valid UTF-8 after it is therefore also read as Windows-1252.)
///
/// Windows-1252 is implemented here rather than through Foundation, because
/// `String.Encoding.windowsCP1252` is not dependable on Linux.
public func decodeText(_ data: Data) -> DecodedText {
  data.withUnsafeBytes { raw in
    let all = raw.bindMemory(to: UInt8.self)
    if all.count >= 2, all[0] == 0xFF, all[1] == 0xFE {
      return DecodedText(text: decodeUTF16(all, bigEndian: false), encoding: .utf16LittleEndian)
    }
    if all.count >= 2, all[0] == 0xFE, all[1] == 0xFF {
      return DecodedText(text: decodeUTF16(all, bigEndian: true), encoding: .utf16BigEndian)
    }
    let hasBOM = all.starts(with: [0xEF, 0xBB, 0xBF])
    let body = UnsafeBufferPointer(rebasing: all[(hasBOM ? 3 : 0)...])
    if let text = UTF8Validation.string(body) {
      return DecodedText(text: text, encoding: hasBOM ? .utf8WithBOM : .utf8)
    }
    return DecodedText(text: decodeWindows1252(body), encoding: .windows1252)
  }
}

/// Decodes the UTF-16 after a two-byte byte order mark.
private func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> String {
  let count = (bytes.count - 2) / 2
  var units: [UInt16] = []
  units.reserveCapacity(count + 1)
  for index in 0..<count {
    let first = UInt16(bytes[2 + 2 * index])
    let second = UInt16(bytes[3 + 2 * index])
    units.append(bigEndian ? first << 8 | second : second << 8 | first)
  }
  var text = String(decoding: units, as: UTF16.self)
  if bytes.count % 2 == 1 { text.append("\u{FFFD}") }
  return text
}

/// Decodes bytes as Windows-1252.
///
/// Bytes below 0x80 and from 0xA0 up are the same code points as in Latin-1; the range
/// 0x80–0x9F holds typographic characters, with the five unassigned bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) mapped to the C1 control characters of the same value, as WHATWG specifies.
/// The UTF-8 is written directly: every code point involved needs at most three bytes.
func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
  let table = windows1252High
  let utf8 = [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { buffer, count in
    var index = 0
    func append(_ byte: UInt8) {
      buffer.initializeElement(at: index, to: byte)
      index += 1
    }
    for byte in bytes {
      if byte < 0x80 {
        append(byte)
        continue
      }
      let value = byte < 0xA0 ? table[Int(byte) - 0x80] : UInt16(byte)
      if value < 0x800 {
        append(UInt8(0xC0 | value >> 6))
      } else {
        append(UInt8(0xE0 | value >> 12))
        append(UInt8(0x80 | (value >> 6) & 0x3F))
      }
      append(UInt8(0x80 | value & 0x3F))
    }
    count = index
  }
  return String(decoding: utf8, as: UTF8.self)
}

/// The code points of Windows-1252 bytes 0x80–0x9F.
private let windows1252High: [UInt16] = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
]
