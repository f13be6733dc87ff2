import Foundation
import Testing

@testable import AuditModel

struct TextDecodingTests {
  @Test func plainUTF8IsReadAsUTF8() {
    let decoded = decodeText(Data("Fråga;Svar\r\nÅsa;Göteborg\r\n".utf8))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text == "Fråga;Svar\r\nÅsa;Göteborg\r\n")
  }

  @Test func byteOrderMarkIsStripped() {
    let decoded = decodeText(Data([0xEF, 0xBB, 0xBF] + Array("Ärende;Öre".utf8)))
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.text == "Ärende;Öre")
    #expect(decoded.text.unicodeScalars.first == "Ä")
  }

  @Test func emptyDataAndBareBOMDecodeToEmptyText() {
    #expect(decodeText(Data()) == DecodedText(text: "", encoding: .utf8))
    #expect(decodeText(Data([0xEF, 0xBB, 0xBF])) == DecodedText(text: "", encoding: .utf8WithBOM))
  }

  @Test func windows1252SwedishLettersAndTypographyAreDecoded() {
    // å ä ö Å Ä Ö é € ’ – as Swedish Excel writes them in "CSV (semikolonavgränsad)".
    let bytes: [UInt8] = [
      0xE5, 0x20, 0xE4, 0x20, 0xF6, 0x20, 0xC5, 0x20, 0xC4, 0x20, 0xD6, 0x20, 0xE9, 0x20, 0x80,
      0x20, 0x92, 0x20, 0x96,
    ]
    let decoded = decodeText(Data(bytes))
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "å ä ö Å Ä Ö é € ’ –")
  }

  @Test func windows1252RowOfACSVFileDecodes() {
    let bytes =
      Array("Namn;Ort;Belopp\r\n".utf8) + [0xC5, 0x73, 0x61, 0x3B, 0x47, 0xF6, 0x74, 0x65]
      + Array("borg;12,50 ".utf8) + [0x80] + Array("\r\n".utf8)
    let decoded = decodeText(Data(bytes))
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "Namn;Ort;Belopp\r\nÅsa;Göteborg;12,50 €\r\n")
  }

  @Test func everyWindows1252HighByteMapsToItsCodePoint() {
    let table: [UInt8: UInt32] = [
      0x80: 0x20AC, 0x81: 0x0081, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026,
      0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039,
      0x8C: 0x0152, 0x8D: 0x008D, 0x8E: 0x017D, 0x8F: 0x008F, 0x90: 0x0090, 0x91: 0x2018,
      0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
      0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9D: 0x009D,
      0x9E: 0x017E, 0x9F: 0x0178,
    ]
    for byte in UInt8(0x80)...UInt8(0xFF) {
      // "A" first so that the single high byte is invalid UTF-8 in every case.
      let decoded = decodeText(Data([0x41, byte]))
      let expected = table[byte] ?? UInt32(byte)
      #expect(decoded.encoding == .windows1252)
      #expect(decoded.text.unicodeScalars.map(\.value) == [0x41, expected], "byte \(byte)")
    }
  }

  @Test func textAfterBOMThatIsNotUTF8IsReadAsWindows1252() {
    let decoded = decodeText(Data([0xEF, 0xBB, 0xBF, 0x47, 0xF6, 0x72]))
    #expect(decoded == DecodedText(text: "Gör", encoding: .windows1252))
  }

  @Test func invalidUTF8SequencesFallBackToWindows1252() {
    // An overlong encoding and a lone continuation byte are not UTF-8.
    #expect(decodeText(Data([0xC0, 0xAF])).encoding == .windows1252)
    #expect(decodeText(Data([0x61, 0x9D])).text == "a\u{9D}")
    // Four-byte UTF-8 is still UTF-8.
    #expect(decodeText(Data("🇸🇪 ok".utf8)) == DecodedText(text: "🇸🇪 ok", encoding: .utf8))
  }
}
