extension CSVError: CustomStringConvertible {
  /// A Swedish explanation for the person who has to fix the file.
  public var description: String {
    switch self {
    case .unterminatedQuote:
      return "citattecknet som börjar här avslutas aldrig — "
        + "kontrollera att fältet slutar med \""
    case .fieldTooLong(_, _, let limit):
      return "fältet som börjar här är längre än \(limit) tecken, gränsen för en cell — "
        + "korta texten; skriv en lång beskrivning i ett eget dokument och hänvisa till det "
        + "i underlag"
    case .quoteSpansRecords(_, _, let endLine, let limit):
      return "citattecknet som börjar här avslutas först på rad \(endLine), så fältet blir "
        + "längre än \(limit) tecken — kontrollera att fältet slutar med \" där det ska"
    case .tooManyRecords(let limit):
      return "filen har fler än \(limit) rader — dela upp den i mindre filer"
    case .tooManyFields(_, let limit):
      return "raden har fler än \(limit) fält — "
        + "kontrollera att filen använder semikolon, komma eller tabb som avgränsare"
    case .tooManyCells(let limit):
      return "filen har fler än \(limit) fält sammanlagt — kontrollera att det är rätt fil "
        + "och att den använder semikolon, komma eller tabb som avgränsare"
    case .unsupportedSeparator(let separator):
      return "avgränsaren \(separator.debugDescription) kan inte användas — "
        + "den måste vara ett enda ASCII-tecken som inte är citattecken eller radbrytning"
    }
  }
}

/// The records of a CSV file, as Excel and LibreOffice Calc write them.
///
/// Quoting follows RFC 4180 and what spreadsheets do in practice:
/// - a field that starts with `"` is quoted: it may contain separators, line breaks (CR, LF or
///   CRLF, all kept as `"\n"`) and quotes written as `""`; text after the closing quote up to
///   the next separator is kept literally, as Excel does;
/// - a `"` anywhere else in a field is an ordinary character;
/// - records end with CRLF, LF or a lone CR, which may be mixed in one file;
/// - empty records at the end of the file are dropped; empty records elsewhere and trailing
///   empty fields are kept (see `nonEmptyRecords`).
public struct CSVTable: Hashable, Sendable {
  /// The field separator the table was read with.
  public var separator: Character
  /// The records, in file order.
  public var records: [CSVRecord]

  /// Creates a table.
  public init(separator: Character, records: [CSVRecord]) {
    self.separator = separator
    self.records = records
  }

  /// The records that have at least one non-empty field.
  public var nonEmptyRecords: [CSVRecord] { records.filter { !$0.isEmpty } }

  /// Reads CSV text.
  ///
  /// - Parameters:
  ///   - text: The decoded file (see `decodeText(_:)`); a leading byte order mark is ignored.
  ///   - separator: The field separator, or `nil` to take whichever of `;`, `,` and tab occurs
  ///     most often outside quotes in the first non-empty record (ties prefer them in that
  ///     order, so `;`, Swedish Excel's choice, wins when nothing is found).
  ///   - limits: Bounds on the size of fields, records and the file.
  /// - Throws: `CSVError` for an unterminated quote, an exceeded limit or a bad separator.
  ///
  /// Runs in time linear in the length of the text.
  public static func parse(
    _ text: String, separator: Character? = nil, limits: CSVLimits = .default
  ) throws(CSVError) -> CSVTable {
    try CSVBytes.parse(text, separator: separator, limits: limits) { table, chosen in
      CSVTable(
        separator: chosen,
        records: table.records.map { record in
          CSVRecord(
            fields: record.fields.map {
              CSVField(value: table.text($0), line: $0.line, column: $0.column)
            },
            line: record.line)
        })
    }
  }

  /// The most frequent of `;`, `,` and tab outside quotes in the first non-empty record.
  static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Character
  {
    var position = start
    while position < bytes.count, bytes[position] == CSVByte.cr || bytes[position] == CSVByte.lf {
      position += 1
    }
    let candidates: [(byte: UInt8, character: Character)] = [
      (CSVByte.semicolon, ";"), (CSVByte.comma, ","), (CSVByte.tab, "\t"),
    ]
    var counts = [0, 0, 0]
    var inQuotes = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == CSVByte.quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == CSVByte.cr || byte == CSVByte.lf { break }
        if let index = candidates.firstIndex(where: { $0.byte == byte }) { counts[index] += 1 }
      }
      position += 1
    }
    var best = 0
    for index in counts.indices where counts[index] > counts[best] { best = index }
    return candidates[best].character
  }
}
