import Foundation
import Testing

@testable import AuditModel

private typealias SplitMix64 = SeededGenerator

/// Pieces that generated cells are made of: everything that needs quoting or neutralising,
/// Swedish letters, multi-scalar characters and line breaks of every kind.
private let pieces: [String] = [
  "a", "b", "Z", "0", "7", " ", ";", ",", "\t", "\"", "\"\"", "\r", "\n", "\r\n", "å", "ä", "ö",
  "Å", "Ä", "Ö", "é", "e\u{301}", "€", "’", "–", "🇸🇪", "=", "+", "-", "@", "'", "|", "ID",
  "SUM(A1:A3)", "12,5",
]

private func generatedRows(seed: UInt64, count: Int) -> [[String]] {
  var random = SplitMix64(seed: seed)
  return (0..<count).map { _ in
    (0...random.below(8)).map { _ in
      switch random.below(10) {
      case 0: return ""
      case 1:
        return (random.below(2) == 0 ? "-" : "") + "\(random.below(1000)),\(random.below(100))"
      default: return (0...random.below(6)).map { _ in random.pick(pieces) }.joined()
      }
    }
  }
}

/// What the parser gives back for a cell: line breaks inside quoted fields become LF.
private func normalizedLineBreaks(_ cell: String) -> String {
  var result = String.UnicodeScalarView()
  var previousWasCR = false
  for scalar in cell.unicodeScalars {
    if scalar == "\n" && previousWasCR {
      previousWasCR = false
      continue
    }
    previousWasCR = scalar == "\r"
    result.append(scalar == "\r" ? "\n" : scalar)
  }
  return String(result)
}

/// The rows without the all-empty rows at the end, which the parser drops.
private func withoutTrailingEmptyRows(_ rows: [[String]]) -> [[String]] {
  var rows = rows
  while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
  return rows
}

/// Checks that every field's position points at its text in `rendered`.
private func expectPositions(
  _ table: CSVTable, in rendered: String, writer: CSVWriter, rows: [[String]]
) {
  let lines = rendered.split(omittingEmptySubsequences: false) {
    $0 == "\r\n" || $0 == "\r" || $0 == "\n"
  }.map(Array.init)
  for (record, row) in zip(table.records, rows) {
    for (field, cell) in zip(record.fields, row) {
      guard field.line <= lines.count, field.column <= lines[field.line - 1].count + 1 else {
        Issue.record("field \(field) is outside the text")
        continue
      }
      let line = lines[field.line - 1]
      let encoded = writer.encode(cell)
      let firstLine = encoded.prefix { $0 != "\r\n" && $0 != "\r" && $0 != "\n" }
      let startsCorrectly =
        line[(field.column - 1)...].starts(with: firstLine)
        || (line[(field.column - 1)...].first == "\"" && firstLine.first != "\"")
      #expect(startsCorrectly, "field \(field) for cell \(cell.debugDescription)")
      #expect(field.column == 1 || line[field.column - 2] == writer.separator)
    }
  }
}

struct CSVWriterTests {
  @Test func rendersRowsForSwedishExcel() {
    let rows = [["Fråga", "Svar", ""], ["Q1", "1,5", "Åsa"]]
    #expect(CSVWriter().render(rows) == "Fråga;Svar;\r\nQ1;1,5;Åsa\r\n")
    #expect(CSVWriter().render([]) == "")
    #expect(CSVWriter().render([[], [""], ["a"]]) == "\r\n\r\na\r\n")
    let unix = CSVWriter(separator: ",", lineEnding: "\n")
    #expect(unix.render([["a", "1,5"], ["b"]]) == "a,\"1,5\"\nb\n")
  }

  @Test func dataStartsWithByteOrderMarkUnlessTurnedOff() {
    let rows = [["Ö"]]
    #expect(Array(CSVWriter().data(rows)) == [0xEF, 0xBB, 0xBF, 0xC3, 0x96, 0x0D, 0x0A])
    #expect(Array(CSVWriter(byteOrderMark: false).data(rows)) == [0xC3, 0x96, 0x0D, 0x0A])
  }

  @Test func fieldsThatNeedItAreQuotedWithQuotesDoubled() {
    let writer = CSVWriter(neutralizesFormulas: false)
    #expect(writer.encode("a;b") == "\"a;b\"")
    #expect(writer.encode("säg \"hej\"") == "\"säg \"\"hej\"\"\"")
    #expect(writer.encode("\"") == "\"\"\"\"")
    #expect(writer.encode("rad\nbryt") == "\"rad\nbryt\"")
    #expect(writer.encode("cr\rx") == "\"cr\rx\"")
    #expect(writer.encode("crlf\r\nx") == "\"crlf\r\nx\"")
    #expect(writer.encode(" ledande") == "\" ledande\"")
    #expect(writer.encode("avslutande ") == "\"avslutande \"")
    #expect(writer.encode("\tflik") == "\"\tflik\"")
    #expect(writer.encode("mitt i ord") == "mitt i ord")
    #expect(writer.encode("1,5") == "1,5")
    #expect(writer.encode("") == "")
    // A quote followed by a combining mark is one Character but still a quote to the parser.
    #expect(writer.encode("\"\u{301}") == "\"\"\"\u{301}\"")
    #expect(writer.encode("x;\u{301}") == "\"x;\u{301}\"")
  }

  @Test func firstCellStartingWithIDIsQuotedSoExcelDoesNotSeeSYLK() {
    #expect(CSVWriter().render([["ID", "Namn"], ["ID", "x"]]) == "\"ID\";Namn\r\nID;x\r\n")
    #expect(CSVWriter().render([["IDnr"]]) == "\"IDnr\"\r\n")
    #expect(CSVWriter().render([["Id"]]) == "Id\r\n")
  }

  @Test func formulaStartersAreNeutralized() {
    let cases: [(String, String)] = [
      ("=SUM(A1:A3)", "'=SUM(A1:A3)"), ("+46 70 123 45 67", "'+46 70 123 45 67"),
      ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(1)", "'@SUM(1)"),
      ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-", "'-"), ("+3", "'+3"), ("-3e2", "'-3e2"),
      ("-3,", "'-3,"), ("-,5", "'-,5"), ("-1,2,3", "'-1,2,3"), ("-٣", "'-٣"),
    ]
    for (cell, expected) in cases {
      #expect(CSVWriter.neutralized(cell) == expected)
    }
  }

  @Test func plainNumbersAndOrdinaryTextAreLeftAlone() {
    for cell in ["-3", "-2,5", "-0.75", "42", "3,14", "", "a=b", "1-2", "'=x", " =x", "Åsa"] {
      #expect(CSVWriter.neutralized(cell) == cell)
    }
  }

  @Test func renderNeutralizesByDefaultBeforeQuoting() {
    let rows = [["=1+1", "-3", "@x", "=A1;B1", "-2,5", "-x"]]
    #expect(CSVWriter().render(rows) == "'=1+1;-3;'@x;\"'=A1;B1\";-2,5;'-x\r\n")
    let raw = CSVWriter(neutralizesFormulas: false)
    #expect(raw.render(rows) == "=1+1;-3;@x;\"=A1;B1\";-2,5;-x\r\n")
  }

  @Test func renderThenParseGivesTheSameCells() throws {
    let rows = generatedRows(seed: 20_240_611, count: 400)
    let writer = CSVWriter(neutralizesFormulas: false)
    let rendered = writer.render(rows)
    let table = try CSVTable.parse(rendered, separator: ";")
    let expected = withoutTrailingEmptyRows(rows).map { $0.map(normalizedLineBreaks) }
    #expect(table.records.map(\.values) == expected)
    expectPositions(table, in: rendered, writer: writer, rows: rows)
  }

  @Test func neutralizedRenderThenParseGivesNeutralizedCells() throws {
    let rows = generatedRows(seed: 7, count: 300)
    let writer = CSVWriter()
    let decoded = decodeText(writer.data(rows))
    #expect(decoded.encoding == .utf8WithBOM)
    let table = try CSVTable.parse(decoded.text, separator: ";")
    let expected = withoutTrailingEmptyRows(rows).map {
      $0.map { normalizedLineBreaks(CSVWriter.neutralized($0)) }
    }
    #expect(table.records.map(\.values) == expected)
    expectPositions(table, in: decoded.text, writer: writer, rows: rows)
  }

  @Test(arguments: [
    CSVWriter(separator: ",", lineEnding: "\n", byteOrderMark: false, neutralizesFormulas: false),
    CSVWriter(separator: "\t", lineEnding: "\r", neutralizesFormulas: false),
    CSVWriter(separator: "|", lineEnding: "\r\n", neutralizesFormulas: false),
  ])
  func roundTripWorksForOtherSeparatorsAndLineEndings(writer: CSVWriter) throws {
    let rows = generatedRows(seed: 99, count: 300)
    let rendered = writer.render(rows)
    let table = try CSVTable.parse(rendered, separator: writer.separator)
    let expected = withoutTrailingEmptyRows(rows).map { $0.map(normalizedLineBreaks) }
    #expect(table.records.map(\.values) == expected)
    expectPositions(table, in: rendered, writer: writer, rows: rows)
  }
}
