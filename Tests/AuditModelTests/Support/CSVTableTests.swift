import Foundation
import Testing

@testable import AuditModel

/// The values of every record, for compact expectations.
private func cells(_ table: CSVTable) -> [[String]] {
  table.records.map(\.values)
}

/// The (line, column) of every field, record by record.
private func positions(_ table: CSVTable) -> [[[Int]]] {
  table.records.map { $0.fields.map { [$0.line, $0.column] } }
}

struct CSVTableTests {
  @Test func readsASemicolonFileAsSwedishExcelWritesIt() throws {
    let table = try CSVTable.parse("Fråga;Svar;Kommentar\r\nQ1;Ja;\r\nQ2;Nej;Se bilaga\r\n")
    #expect(table.separator == ";")
    #expect(
      cells(table) == [
        ["Fråga", "Svar", "Kommentar"], ["Q1", "Ja", ""], ["Q2", "Nej", "Se bilaga"],
      ])
    #expect(table.records.map(\.line) == [1, 2, 3])
  }

  @Test func detectsSemicolonCommaAndTab() throws {
    #expect(try CSVTable.parse("a;b;c\n1,5;2,5;3\n").separator == ";")
    #expect(try CSVTable.parse("a,b,c\n1;2,3\n").separator == ",")
    #expect(try CSVTable.parse("a\tb\tc\n1\t2\t3\n").separator == "\t")
    #expect(try cells(CSVTable.parse("a\tb;c\td\n")) == [["a", "b;c", "d"]])
  }

  @Test func separatorDetectionIgnoresQuotedTextAndLeadingBlankLines() throws {
    // Three commas inside quotes, two semicolons outside.
    let table = try CSVTable.parse("\r\n\n\"a,b,c,d\";x;y\n1;2;3\n")
    #expect(table.separator == ";")
    #expect(cells(table) == [[""], [""], ["a,b,c,d", "x", "y"], ["1", "2", "3"]])
    // A quoted line break does not end the line that is looked at.
    #expect(try CSVTable.parse("\"first\nline\",a,b;c\n").separator == ",")
  }

  @Test func separatorDetectionTiesPreferSemicolon() throws {
    #expect(try CSVTable.parse("a;b,c\n").separator == ";")
    #expect(try CSVTable.parse("one cell\n").separator == ";")
    #expect(try CSVTable.parse("").separator == ";")
    #expect(try CSVTable.parse("a,b\tc\n").separator == ",")
  }

  @Test func explicitSeparatorOverridesDetection() throws {
    let table = try CSVTable.parse("a;b,c\n", separator: ",")
    #expect(table.separator == ",")
    #expect(cells(table) == [["a;b", "c"]])
    #expect(try cells(CSVTable.parse("a|b\n", separator: "|")) == [["a", "b"]])
  }

  @Test func unsupportedSeparatorsAreRejected() {
    #expect(throws: CSVError.unsupportedSeparator("\"")) {
      try CSVTable.parse("a", separator: "\"")
    }
    #expect(throws: CSVError.unsupportedSeparator("\n")) {
      try CSVTable.parse("a", separator: "\n")
    }
    #expect(throws: CSVError.unsupportedSeparator("§")) {
      try CSVTable.parse("a", separator: "§")
    }
  }

  @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
    let text = "\"a;b\";\"say \"\"hej\"\"\";\"\"\"\";\"\"\n\"one\r\ntwo\rthree\nfour\";x\n"
    let table = try CSVTable.parse(text)
    #expect(cells(table) == [["a;b", "say \"hej\"", "\"", ""], ["one\ntwo\nthree\nfour", "x"]])
  }

  @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
    let table = try CSVTable.parse("12\" rör;a\"b\"\"c; \"x\"\n")
    #expect(cells(table) == [["12\" rör", "a\"b\"\"c", " \"x\""]])
  }

  @Test func textAfterAClosingQuoteIsKeptAsExcelDoes() throws {
    let table = try CSVTable.parse("\"abc\"def;\"x\" ;\"q\"\"\"r\"s\n")
    #expect(cells(table) == [["abcdef", "x ", "q\"r\"s"]])
  }

  @Test func mixedRecordEndingsAreAccepted() throws {
    let table = try CSVTable.parse("a;1\r\nb;2\nc;3\rd;4\r\n\re;5")
    #expect(
      cells(table) == [["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"], [""], ["e", "5"]])
    #expect(table.records.map(\.line) == [1, 2, 3, 4, 5, 6])
  }

  @Test func lastRecordNeedNotEndWithALineBreak() throws {
    #expect(try cells(CSVTable.parse("a;b")) == [["a", "b"]])
    #expect(try cells(CSVTable.parse("a;")) == [["a", ""]])
    #expect(try cells(CSVTable.parse("\"a\"")) == [["a"]])
  }

  @Test func emptyTextHasNoRecords() throws {
    #expect(try CSVTable.parse("").records.isEmpty)
    #expect(try CSVTable.parse("\r\n\r\n").records.isEmpty)
    #expect(try CSVTable.parse(";;;\r\n;;\r\n").records.isEmpty)
  }

  @Test func trailingEmptyRecordsAreDroppedAndTrailingEmptyColumnsKept() throws {
    let text = "Fråga;Svar;;\r\n;;;\r\nQ1;Ja;;\r\n;;;\r\n\r\n;;;\r\n"
    let table = try CSVTable.parse(text)
    #expect(cells(table) == [["Fråga", "Svar", "", ""], ["", "", "", ""], ["Q1", "Ja", "", ""]])
    #expect(
      table.nonEmptyRecords.map(\.values) == [["Fråga", "Svar", "", ""], ["Q1", "Ja", "", ""]])
    #expect(table.records[1].isEmpty)
    #expect(table.nonEmptyRecords.map(\.line) == [1, 3])
  }

  @Test func fieldPositionsAreLinesAndCharacterColumns() throws {
    let table = try CSVTable.parse("ab;;\"c\"\r\nåäö;é;x\n")
    #expect(positions(table) == [[[1, 1], [1, 4], [1, 5]], [[2, 1], [2, 5], [2, 7]]])
  }

  @Test func columnsCountCharactersNotScalarsOrBytes() throws {
    // "e" + combining acute is one character; the flag is two scalars, eight bytes.
    let table = try CSVTable.parse("e\u{301}x;🇸🇪;👩‍👩‍👧;z\n")
    #expect(table.records[0].fields.map(\.column) == [1, 4, 6, 8])
    #expect(table.records[0].values == ["e\u{301}x", "🇸🇪", "👩‍👩‍👧", "z"])
  }

  @Test func positionsAfterAMultiLineQuotedFieldAreExact() throws {
    let text =
      "id;text;note\r\n7;\"första\r\nandra rad; med ;\n\"\"tredje\"\"\";slut;ö\r\n8;x;y\r\n"
    let table = try CSVTable.parse(text)
    #expect(cells(table)[1] == ["7", "första\nandra rad; med ;\n\"tredje\"", "slut", "ö"])
    #expect(positions(table)[1] == [[2, 1], [2, 3], [4, 13], [4, 18]])
    #expect(table.records.map(\.line) == [1, 2, 5])
    #expect(positions(table)[2] == [[5, 1], [5, 3], [5, 5]])
  }

  @Test func leadingByteOrderMarkInTextIsIgnored() throws {
    let table = try CSVTable.parse("\u{FEFF}Fråga;Svar\n")
    #expect(cells(table) == [["Fråga", "Svar"]])
    #expect(positions(table) == [[[1, 1], [1, 7]]])
  }

  @Test func unterminatedQuoteIsReportedWhereItOpens() throws {
    let text = "a;b\r\nc;ä \"ok\";\"never closed\r\nmore;text\r\n"
    let error = #expect(throws: CSVError.self) { try CSVTable.parse(text) }
    #expect(error == .unterminatedQuote(line: 2, column: 10))
    #expect(error?.position == SourcePosition(line: 2, column: 10))
    #expect(
      error?.description
        == "citattecknet som börjar här avslutas aldrig — kontrollera att fältet slutar med \"")
    #expect(throws: CSVError.unterminatedQuote(line: 1, column: 1)) {
      try CSVTable.parse("\"")
    }
  }

  @Test func overlongFieldsAreReportedWhereTheyStart() throws {
    let limits = CSVLimits(maxFieldLength: 5)
    #expect(try cells(CSVTable.parse("ååååå;\"ööööö\"\n", limits: limits)) == [["ååååå", "ööööö"]])
    #expect(throws: CSVError.fieldTooLong(line: 2, column: 3, limit: 5)) {
      try CSVTable.parse("a;b\nc;åäöåäö;d\n", limits: limits)
    }
    #expect(throws: CSVError.fieldTooLong(line: 1, column: 3, limit: 5)) {
      try CSVTable.parse("a;\"12\n3456\";d\n", limits: limits)
    }
    let error = #expect(throws: CSVError.self) {
      try CSVTable.parse(String(repeating: "x", count: 100_001))
    }
    #expect(error == .fieldTooLong(line: 1, column: 1, limit: 100_000))
    #expect(error?.description.contains("100000 tecken") == true)
  }

  @Test func tooManyFieldsIsReportedWithTheRecordLine() {
    let limits = CSVLimits(maxFields: 3)
    #expect(throws: CSVError.tooManyFields(line: 2, limit: 3)) {
      try CSVTable.parse("a;b;c\n\"x\ny\";b;c;d\n", limits: limits)
    }
    #expect(throws: CSVError.tooManyFields(line: 1, limit: 1_000)) {
      try CSVTable.parse(String(repeating: ";", count: 1_000))
    }
    #expect((try? CSVTable.parse(String(repeating: ";", count: 999) + "x")) != nil)
  }

  @Test func tooManyRecordsIgnoresEmptyRecordsAtTheEnd() throws {
    let limits = CSVLimits(maxRecords: 3)
    let table = try CSVTable.parse("a\nb\nc\n\n\n;;\n\n", limits: limits)
    #expect(cells(table) == [["a"], ["b"], ["c"]])
    #expect(throws: CSVError.tooManyRecords(limit: 3)) {
      try CSVTable.parse("a\nb\n\nc\n", limits: limits)
    }
    #expect(throws: CSVError.tooManyRecords(limit: 3)) {
      try CSVTable.parse("a\nb\nc\n\n\n\n\nd", limits: limits)
    }
    #expect(try cells(CSVTable.parse("a\n\nc\n\n", limits: limits)) == [["a"], [""], ["c"]])
  }

  @Test func errorsHaveSwedishDescriptions() {
    let errors: [CSVError] = [
      .unterminatedQuote(line: 1, column: 1), .fieldTooLong(line: 1, column: 1, limit: 9),
      .tooManyRecords(limit: 9), .tooManyFields(line: 1, limit: 9), .unsupportedSeparator("§"),
    ]
    for error in errors {
      #expect(!error.description.isEmpty)
      #expect(error.description.contains("—"))
    }
    #expect(CSVError.tooManyRecords(limit: 9).position == nil)
    #expect(
      CSVError.tooManyFields(line: 4, limit: 9).position == SourcePosition(line: 4, column: 1))
  }

  @Test func parsesWindows1252FileEndToEnd() throws {
    var bytes = Array("Fr".utf8) + [0xE5] + Array("ga;Svar\r\n\"".utf8) + [0x93]
    bytes += Array("Citat".utf8) + [0x94] + Array("\r\nrad 2\";".utf8) + [0xD6] + Array("\r\n".utf8)
    let decoded = decodeText(Data(bytes))
    #expect(decoded.encoding == .windows1252)
    let table = try CSVTable.parse(decoded.text)
    #expect(cells(table) == [["Fråga", "Svar"], ["“Citat”\nrad 2", "Ö"]])
    #expect(positions(table) == [[[1, 1], [1, 7]], [[2, 1], [3, 8]]])
  }

  @Test func largeFileParsesInLinearTime() throws {
    #if DEBUG
      let targetBytes = 1_000_000
    #else
      let targetBytes = 10_000_000
    #endif
    var text = "Fråga;Svar;Kommentar;Belopp;;\r\n"
    var row = 0
    while text.utf8.count < targetBytes {
      row += 1
      text += "Q\(row);\"Svar med \"\"citat\"\"; och\r\nradbrytning\";"
      text += "Åsa Öberg, Göteborg – ärende \(row);\(row % 997),50;;\r\n"
    }
    let limits = CSVLimits(maxRecords: 1_000_000)
    let clock = ContinuousClock()
    var table = CSVTable(separator: ";", records: [])
    let elapsed = try clock.measure { table = try CSVTable.parse(text, limits: limits) }
    #expect(table.records.count == row + 1)
    #expect(table.records.last?.fields[1].value == "Svar med \"citat\"; och\nradbrytning")
    #expect(table.records.last?.fields[2].column == 14)
    let megabytes = Double(text.utf8.count) / 1_000_000
    print("CSV timing: parsed \(megabytes) MB, \(table.records.count) records in \(elapsed)")

    let utf8 = Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    var decoded = DecodedText(text: "", encoding: .utf8)
    let utf8Elapsed = clock.measure { decoded = decodeText(utf8) }
    #expect(decoded.encoding == .utf8WithBOM)
    #expect(decoded.text.utf8.count == text.utf8.count)
    let legacy = Data(repeating: 0xE5, count: targetBytes)
    let legacyElapsed = clock.measure { decoded = decodeText(legacy) }
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text.utf8.count == 2 * targetBytes)
    print(
      "CSV timing: decoded \(megabytes) MB UTF-8 in \(utf8Elapsed), Windows-1252 in \(legacyElapsed)"
    )
  }
}
