import Foundation

/// Writes CSV that Swedish Excel opens correctly with a double click.
///
/// The defaults match what Excel expects on a Swedish system: `;` between fields (the comma is
/// the decimal separator), CRLF after every row, and a UTF-8 byte order mark, without which
/// Excel reads the file as Windows-1252 and garbles å, ä and ö.
///
/// A field is quoted when it contains the separator, `"`, CR or LF, or begins or ends with a
/// space or tab (so the blanks survive); quotes inside are doubled. A file whose first cell
/// begins with `ID` has that cell quoted too, because Excel otherwise mistakes the file for
/// SYLK.
///
/// Formula injection: a cell starting with `=`, `+`, `-`, `@`, tab or CR would be run as a
/// formula by a spreadsheet, so by default such cells get a leading `'` (see `neutralized(_:)`).
public struct CSVWriter: Hashable, Sendable {
  /// The field separator; it should be an ASCII character other than `"`, CR and LF.
  public var separator: Character
  /// What ends every row, the last one included.
  public var lineEnding: String
  /// Whether `data(_:)` starts with the UTF-8 byte order mark.
  public var byteOrderMark: Bool
  /// Whether cells are passed through `neutralized(_:)` before they are written.
  public var neutralizesFormulas: Bool

  /// Creates a writer; the defaults suit Swedish Excel.
  public init(
    separator: Character = ";", lineEnding: String = "\r\n", byteOrderMark: Bool = true,
    neutralizesFormulas: Bool = true
  ) {
    self.separator = separator
    self.lineEnding = lineEnding
    self.byteOrderMark = byteOrderMark
    self.neutralizesFormulas = neutralizesFormulas
  }

  /// The rows as CSV text, each row followed by `lineEnding`.
  ///
  /// The text never has a byte order mark; `data(_:)` adds it when asked to.
  public func render(_ rows: [[String]]) -> String {
    var output = ""
    let separatorText = String(separator)
    for (rowIndex, row) in rows.enumerated() {
      for (columnIndex, cell) in row.enumerated() {
        if columnIndex > 0 { output += separatorText }
        let isFirstCell = rowIndex == 0 && columnIndex == 0
        output += encode(cell, forceQuotes: isFirstCell && startsLikeSYLK(cell))
      }
      output += lineEnding
    }
    return output
  }

  /// The rows as the bytes of a CSV file: UTF-8, after a byte order mark if `byteOrderMark`.
  public func data(_ rows: [[String]]) -> Data {
    var data = Data(byteOrderMark ? [0xEF, 0xBB, 0xBF] : [])
    data.append(contentsOf: render(rows).utf8)
    return data
  }

  /// One cell as it is written: neutralised if `neutralizesFormulas`, then quoted if needed.
  public func encode(_ cell: String) -> String {
    encode(cell, forceQuotes: false)
  }

  /// Returns `cell` made safe from formula injection, as OWASP recommends.
  ///
  /// A cell whose first character is `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, which
  /// makes spreadsheets treat it as text; other cells are returned unchanged. The one exception
  /// is a cell that is entirely a plain number, `-?[0-9]+([.,][0-9]+)?` such as `-3` or
  /// `-2,5`: a number cannot carry a formula, and prefixing it would turn it into text and break
  /// sums. Any other cell starting with `-` (or `+`, like a phone number `+46 …`) does get the
  /// apostrophe; that is the accepted cost of the protection.
  public static func neutralized(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, formulaStarters.contains(first) else {
      return cell
    }
    return isPlainNumber(cell) ? cell : "'" + cell
  }

  /// Undoes ``neutralized(_:)``: a cell that is `'` followed by a formula starter loses the
  /// `'`, so what a person typed reads back unchanged after the tool (or the offline form)
  /// wrote it. Returns `nil` for a cell that was not neutralised.
  public static func restored(_ cell: String) -> String? {
    var scalars = cell.unicodeScalars.makeIterator()
    guard scalars.next() == "'", let second = scalars.next(), formulaStarters.contains(second)
    else { return nil }
    let rest = String(cell.unicodeScalars.dropFirst())
    return isPlainNumber(rest) ? nil : rest
  }

  /// Whether `cell` is entirely `-?[0-9]+([.,][0-9]+)?`.
  static func isPlainNumber(_ cell: String) -> Bool {
    var bytes = cell.utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integer = bytes.prefix { isDigit($0) }
    guard !integer.isEmpty else { return false }
    bytes = bytes.dropFirst(integer.count)
    guard let mark = bytes.first else { return true }
    guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: ",") else { return false }
    let fraction = bytes.dropFirst()
    return !fraction.isEmpty && fraction.allSatisfy { isDigit($0) }
  }

  /// The first characters that make a spreadsheet read a cell as a formula.
  private static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// Whether Excel would take a file starting with `cell` for a SYLK file.
  private func startsLikeSYLK(_ cell: String) -> Bool {
    cell.utf8.starts(with: "ID".utf8)
  }

  private func encode(_ cell: String, forceQuotes: Bool) -> String {
    let text = neutralizesFormulas ? Self.neutralized(cell) : cell
    guard forceQuotes || needsQuotes(text) else { return text }
    // Scalars, not Characters: a quote followed by a combining mark is one Character.
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted.append("\"") }
      quoted.append(scalar)
    }
    quoted.append("\"")
    return String(quoted)
  }

  private func needsQuotes(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || first == "\t" || last == " " || last == "\t" { return true }
    let separatorScalar = separator.unicodeScalars.first
    return scalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == separatorScalar }
  }
}
