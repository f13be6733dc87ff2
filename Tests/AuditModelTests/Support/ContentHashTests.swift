import Foundation
import Testing

@testable import AuditModel

/// The content hash is xxHash64: the values below come from the Python package `xxhash`
/// (`xxhash.xxh64(data, seed=0)`), the reference implementation's binding.
struct ContentHashTests {
  static let references: [(bytes: [UInt8], hash: UInt64)] = [
    ([], 0xEF46_DB37_51D8_E999),
    (Array("a".utf8), 0xD24E_C4F1_A98C_6E5B),
    (Array("abc".utf8), 0x44BC_2CF5_AD77_0999),
    (Array("0123456789abcdef0123456789abcdef0123456789".utf8), 0xA761_90C3_ACF0_8A1C),
    ((0..<768).map { UInt8($0 % 256) }, 0x8E03_C838_C596_036F),
  ]

  @Test func matchesTheReference() {
    for reference in Self.references {
      #expect(ContentHash.of(Data(reference.bytes)) == reference.hash, "\(reference.bytes.count)")
    }
  }

  @Test func oneChangedByteChangesTheHash() {
    let text = Array(repeating: UInt8(ascii: "a"), count: 100)
    let hash = ContentHash.of(Data(text))
    for place in text.indices {
      var changed = text
      changed[place] = UInt8(ascii: "b")
      #expect(ContentHash.of(Data(changed)) != hash, "\(place)")
    }
  }
}
