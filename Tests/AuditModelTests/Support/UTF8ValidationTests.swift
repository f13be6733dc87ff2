import Foundation
import Testing

@testable import AuditModel

/// The UTF-8 check and the reader's UTF-8 path agree with the general ones they stand in for.
struct UTF8ValidationTests {
  /// Byte strings that are near valid UTF-8: pieces of valid text, stray and truncated
  /// sequences, boundary bytes, and ASCII runs long enough for the eight-byte skip.
  static func samples(count: Int, seed: UInt64) -> [[UInt8]] {
    var generator = SeededGenerator(seed: seed)
    let pieces: [[UInt8]] =
      ["a", "Å", "ö", "–", "😀", "\u{FEFF}", "\u{10FFFF}", "\u{D7FF}", "\u{E000}", ";", "\r\n"]
      .map { Array($0.utf8) } + [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0],
        [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xE2, 0x82],
        Array("abcdefghijklmnop".utf8), Array("1234567".utf8),
      ]
    return (0..<count).map { _ in
      let length = Int.random(in: 0...10, using: &generator)
      return (0..<length).flatMap { _ in
        Int.random(in: 0..<4, using: &generator) == 0
          ? [UInt8.random(in: 0...255, using: &generator)]
          : pieces.randomElement(using: &generator) ?? []
      }
    }
  }

  @Test func agreesWithTheStandardLibrary() {
    for bytes in Self.samples(count: 20_000, seed: 21) {
      let expected = String(validating: bytes, as: UTF8.self) != nil
      let found = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
      #expect(found == expected, "\(bytes.map { String($0, radix: 16) })")
    }
  }

  @Test func findsABadByteAtEveryPlaceInALongASCIIRun() {
    for place in 0..<40 {
      for bad: [UInt8] in [[0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80]] {
        var bytes = Array(repeating: UInt8(ascii: "x"), count: 40)
        bytes.insert(contentsOf: bad, at: place)
        #expect(!bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }, "\(place)")
        var good = Array(repeating: UInt8(ascii: "x"), count: 40)
        good.insert(contentsOf: Array("ö".utf8), at: place)
        #expect(good.withUnsafeBufferPointer { UTF8Validation.isValid($0) }, "\(place)")
      }
    }
  }

  /// A filled-in checklist, changed in the ways the fast path must hand on or read the same.
  @Test func readerGivesTheSameResultOnEveryPath() throws {
    let folder = TestPaths.repo("examples/exempellan/2026-host/svar")
    let name = try #require(
      FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first {
        $0.hasSuffix(".csv")
      })
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let variants: [[UInt8]] = [
      Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), Array((" \r\n\t" + text).utf8),
      Array("\u{00A0}".utf8) + Array(text.utf8), Array(text.utf8) + [0xFF],
      Array("{\"a\": 1}".utf8), Array("  \n".utf8), [0xEF, 0xBB, 0xBF], [],
      Array(text.replacingOccurrences(of: ";ja;", with: ";\"ja\"\"\";").utf8),
      Array(text.prefix(700).utf8) + Array("\"öppen".utf8),
    ]
    let reader = ResponseReader()
    for bytes in variants {
      let data = Data(bytes)
      #expect(reader.read(data, file: "x.csv") == reader.readDecoded(data, file: "x.csv"))
    }
  }
}
