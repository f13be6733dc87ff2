import Foundation
import Testing

@testable import AuditModel

/// What Excel and Calc write besides CSV UTF-8: "Unicode-text" (UTF-16 with a byte order
/// mark, tab-separated) is read like any CSV; a workbook gets an error naming its format.
struct ExcelFileTests {
  static let folder = TestPaths.fixture("responses")

  static func response(_ name: String) throws -> Response? {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    let read = ResponseReader().read(data, file: name)
    #expect(read.diagnostics == [])
    let raw = try #require(read.raw)
    return try LibreOfficeRoundTripTests.validator().validate(raw).response
  }

  @Test(arguments: ["excel/unicode-text-utf16le.txt", "excel/unicode-text-utf16be.txt"])
  func unicodeTextReadsAsTheSameResponseAsCSV(_ name: String) throws {
    var utf16 = try #require(try Self.response(name))
    let csv = try #require(try Self.response("valid.csv"))
    utf16.file = csv.file
    #expect(utf16 == csv)
  }

  @Test func utf16ByteOrderMarksChooseTheByteOrder() {
    #expect(
      decodeText(Data([0xFF, 0xFE, 0x47, 0x00, 0xF6, 0x00, 0x72, 0x00]))
        == DecodedText(text: "Gör", encoding: .utf16LittleEndian))
    #expect(
      decodeText(Data([0xFE, 0xFF, 0x00, 0x47, 0x00, 0xF6, 0x00, 0x72]))
        == DecodedText(text: "Gör", encoding: .utf16BigEndian))
    #expect(decodeText(Data([0xFF, 0xFE, 0x41, 0x00, 0x42])).text == "A\u{FFFD}")
  }

  @Test func aZipThatIsNeitherWorkbookNorCalcIsNamedAZipArchive() {
    let read = ResponseReader().read(Data([0x50, 0x4B, 0x03, 0x04, 0, 0]), file: "svar.csv")
    #expect(read.raw == nil)
    #expect(
      read.diagnostics.map(\.description) == [
        "fel: svar.csv: filen är ett zip-arkiv (t.ex. en Word- eller Excel-fil), inte en CSV-fil "
          + "— öppna den i Excel, välj Arkiv > Spara som, filformat \"CSV UTF-8 (kommaavgränsad) "
          + "(*.csv)\", och spara den filen i stället"
      ])
  }

  @Test func anOldExcelWorkbookIsNamed() {
    let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
    let read = ResponseReader().read(Data(bytes), file: "svar.xls")
    #expect(
      read.diagnostics.map(\.message) == [
        "filen är en äldre Excel-arbetsbok (.xls), inte en CSV-fil"
      ])
  }

  /// A one-megabyte comment is over the 100 000-character limit of a cell: the message names
  /// the limit, not a missing quotation mark.
  @Test func aOneMegabyteCommentNamesTheLimit() throws {
    var text = try String(
      contentsOf: Self.folder.appendingPathComponent("valid.csv"), encoding: .utf8)
    let comment = "\"" + String(repeating: "Lång kommentar; rad. ", count: 50_000) + "\""
    text = text.replacingOccurrences(of: ";Beslutad 2025.;", with: ";\(comment);")
    let read = ResponseReader().read(Data(text.utf8), file: "lang.csv")
    #expect(read.raw == nil)
    #expect(
      read.diagnostics.map(\.description) == [
        "fel: lang.csv:14:154: fältet som börjar här är längre än 100000 tecken, gränsen för en "
          + "cell — korta texten; skriv en lång beskrivning i ett eget dokument och hänvisa till "
          + "det i underlag"
      ])
  }

  /// A quote opened in a comment and closed rows later swallows whole records.
  @Test func aQuoteThatSwallowsRowsIsNamedAsTheCause() throws {
    var lines = try String(
      contentsOf: Self.folder.appendingPathComponent("valid.csv"), encoding: .utf8
    ).components(separatedBy: "\r\n")
    let filler = Array(repeating: String(repeating: "x", count: 900) + ";a;b", count: 200)
    lines[13] += ";\"öppen kommentar"
    lines.insert(contentsOf: filler + ["slut\";"], at: 14)
    let read = ResponseReader().read(Data(lines.joined(separator: "\r\n").utf8), file: "q.csv")
    #expect(
      read.diagnostics.map(\.description).first?.hasPrefix(
        "fel: q.csv:14:") == true)
    #expect(
      read.diagnostics.first?.message.contains(
        "avslutas först på rad 215, så fältet blir längre än 100000 tecken") == true)
  }
}
