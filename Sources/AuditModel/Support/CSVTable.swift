/// One cell of a CSV file, with where it starts.
public struct CSVField: Hashable, Sendable {
  /// The cell's text, unquoted; line breaks inside a quoted cell are always `"\n"`.
  public var value: String
  /// The 1-based line of the field's first character (its opening quote, if quoted).
  public var line: Int
  /// The 1-based column of the field's first character, counted in characters.
  public var column: Int

  /// Creates a field.
  public init(value: String, line: Int, column: Int) {
    self.value = value
    self.line = line
    self.column = column
  }

  /// Where the field starts, for diagnostics.
  public var position: SourcePosition { SourcePosition(line: line, column: column) }
}

/// One record (spreadsheet row) of a CSV file.
public struct CSVRecord: Hashable, Sendable {
  /// The record's fields, in order; trailing empty fields that spreadsheets add are kept.
  public var fields: [CSVField]
  /// The 1-based line the record starts on.
  public var line: Int

  /// Creates a record.
  public init(fields: [CSVField], line: Int) {
    self.fields = fields
    self.line = line
  }

  /// The fields' values, in order.
  public var values: [String] { fields.map(\.value) }

  /// Whether every field is empty, as in a blank line or a row of bare separators.
  public var isEmpty: Bool { fields.allSatisfy { $0.value.isEmpty } }
}

/// Bounds that keep a malformed or hostile file from using unbounded memory.
public struct CSVLimits: Hashable, Sendable {
  /// The most characters (Unicode scalars) one field may hold.
  public var maxFieldLength: Int
  /// The most records a file may hold, not counting empty records at its end.
  public var maxRecords: Int
  /// The most fields one record may hold.
  public var maxFields: Int
  /// The most fields the whole file may hold, empty records included.
  public var maxCells: Int

  /// Creates limits; the defaults are those of `CSVLimits.default`.
  public init(
    maxFieldLength: Int = 100_000, maxRecords: Int = 100_000, maxFields: Int = 1_000,
    maxCells: Int = 1_000_000
  ) {
    self.maxFieldLength = maxFieldLength
    self.maxRecords = maxRecords
    self.maxFields = maxFields
    self.maxCells = maxCells
  }

  /// 100 000 characters per field, 100 000 records, 1 000 fields per record,
  /// 1 000 000 fields in all.
  public static let `default` = CSVLimits()
}

/// Why a CSV text could not be read.
public enum CSVError: Error, Hashable, Sendable {
  /// A field opens with `"` that is never closed; the position is that of the opening quote.
  case unterminatedQuote(line: Int, column: Int)
  /// The field starting at the position is longer than `limit` characters.
  case fieldTooLong(line: Int, column: Int, limit: Int)
  /// The quoted field starting at the position runs over many records up to `endLine` and is
  /// longer than `limit` characters: most likely a quote that is not closed where it should be.
  case quoteSpansRecords(line: Int, column: Int, endLine: Int, limit: Int)
  /// The file has more than `limit` records.
  case tooManyRecords(limit: Int)
  /// The record starting on `line` has more than `limit` fields.
  case tooManyFields(line: Int, limit: Int)
  /// The file has more than `limit` fields in all.
  case tooManyCells(limit: Int)
  /// The separator asked for is not a single ASCII character other than `"`, CR and LF.
  case unsupportedSeparator(Character)

  /// Where the problem is, when it has a place in the file.
  public var position: SourcePosition? {
    switch self {
    case .unterminatedQuote(let line, let column), .fieldTooLong(let line, let column, _),
      .quoteSpansRecords(let line, let column, _, _):
      return SourcePosition(line: line, column: column)
    case .tooManyFields(let line, _):
      return SourcePosition(line: line, column: 1)
    case .tooManyRecords, .tooManyCells, .unsupportedSeparator:
      return nil
    }
  }
}

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
