/// Why ``BinaryReader`` stopped: the bytes end early or hold something no writer wrote.
struct BinaryReadError: Error, Equatable {}

/// Reads back what ``BinaryWriter`` wrote, checking every length against the bytes left, so
/// that a damaged or cut-off file is an error, never a crash.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  /// The offset of the next byte to read.
  private(set) var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { offset == bytes.count }

  mutating func uint64() throws(BinaryReadError) -> UInt64 {
    guard bytes.count - offset >= 8 else { throw BinaryReadError() }
    defer { offset += 8 }
    return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  mutating func int() throws(BinaryReadError) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < bytes.count, shift < 64 else { throw BinaryReadError() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    let signed = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    return Int(truncatingIfNeeded: signed)
  }

  /// A count or length, which must fit in the bytes left.
  mutating func count() throws(BinaryReadError) -> Int {
    let value = try int()
    guard value >= 0, value <= bytes.count - offset else { throw BinaryReadError() }
    return value
  }

  mutating func double() throws(BinaryReadError) -> Double {
    Double(bitPattern: try uint64())
  }

  mutating func bool() throws(BinaryReadError) -> Bool {
    guard offset < bytes.count, bytes[offset] <= 1 else { throw BinaryReadError() }
    defer { offset += 1 }
    return bytes[offset] == 1
  }

  mutating func string() throws(BinaryReadError) -> String {
    let length = try count()
    defer { offset += length }
    let utf8 = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
      .bindMemory(to: UInt8.self)
    guard let text = UTF8Validation.string(utf8) else { throw BinaryReadError() }
    return text
  }

  /// Where the bytes of a block written with `BinaryWriter.write(_: Data)` lie.
  mutating func block() throws(BinaryReadError) -> Range<Int> {
    let length = try count()
    defer { offset += length }
    return offset..<offset + length
  }

  mutating func optional<Value>(_ body: (inout Self) throws(BinaryReadError) -> Value)
    throws(BinaryReadError) -> Value?
  {
    try bool() ? try body(&self) : nil
  }

  mutating func array<Value>(_ body: (inout Self) throws(BinaryReadError) -> Value)
    throws(BinaryReadError) -> [Value]
  {
    // Every element takes at least one byte, so the count is bounded by the bytes left.
    let count = try count()
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try body(&self)) }
    return values
  }
}
