import Foundation

/// Writes numbers and texts as bytes, for a cache file that ``BinaryReader`` reads back.
///
/// Integers are variable-length (LEB128, zigzag for signed values: one byte up to 63, as most
/// counts, lines and columns are), a hash eight bytes little-endian, a text its UTF-8 length
/// and bytes, an optional a flag byte and the value. Nothing in it is meant for people: a cache is thrown away and
/// rebuilt whenever it cannot be read.
struct BinaryWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Int) {
    let signed = Int64(value)
    var rest = UInt64(bitPattern: (signed << 1) ^ (signed >> 63))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func write(_ value: Double) {
    write(value.bitPattern)
  }

  mutating func write(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func write(_ bytes: Data) {
    write(bytes.count)
    self.bytes.append(contentsOf: bytes)
  }

  /// Writes whether `value` is there, then `body` for it.
  mutating func write<Value>(_ value: Value?, _ body: (inout Self, Value) -> Void) {
    write(value != nil)
    if let value { body(&self, value) }
  }

  /// Writes the count of `values`, then `body` for each.
  mutating func write<Value>(_ values: [Value], _ body: (inout Self, Value) -> Void) {
    write(values.count)
    for value in values { body(&self, value) }
  }
}
