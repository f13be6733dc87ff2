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
    case .unterminatedQuote(let line, let column), .fieldTooLong(let line, let column, _):
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
      return "fältet som börjar här är längre än \(limit) tecken — "
        + "saknas ett avslutande citattecken?"
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
    var source = text
    source.makeContiguousUTF8()
    let result =
      source.utf8.withContiguousStorageIfAvailable { bytes in
        parse(bytes: bytes, separator: separator, limits: limits)
      }
      ?? Array(source.utf8).withUnsafeBufferPointer { bytes in
        parse(bytes: bytes, separator: separator, limits: limits)
      }
    return try result.get()
  }

  /// Reads CSV from UTF-8 bytes.
  private static func parse(
    bytes: UnsafeBufferPointer<UInt8>, separator: Character?, limits: CSVLimits
  ) -> Result<CSVTable, CSVError> {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let chosen = separator ?? detectSeparator(bytes, from: start)
    guard let ascii = chosen.asciiValue, ascii != CSVByte.quote, ascii != CSVByte.cr,
      ascii != CSVByte.lf
    else {
      return .failure(.unsupportedSeparator(chosen))
    }
    var parser = CSVParser(bytes: bytes, start: start, separator: ascii, limits: limits)
    do {
      return .success(CSVTable(separator: chosen, records: try parser.records()))
    } catch {
      return .failure(error)
    }
  }

  /// The most frequent of `;`, `,` and tab outside quotes in the first non-empty record.
  private static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
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

/// The ASCII bytes that give CSV its structure.
private enum CSVByte {
  static let quote = UInt8(ascii: "\"")
  static let cr = UInt8(ascii: "\r")
  static let lf = UInt8(ascii: "\n")
  static let semicolon = UInt8(ascii: ";")
  static let comma = UInt8(ascii: ",")
  static let tab = UInt8(ascii: "\t")
}

/// A single pass over the UTF-8 bytes of a CSV text.
///
/// Structure is found byte by byte, which is safe because every byte that matters (quote,
/// separator, CR, LF) is ASCII and so never part of a multi-byte character. Columns are counted
/// in characters: a stretch of pure ASCII counts by its length, and only stretches with other
/// bytes are decoded to count their characters, so each byte is looked at a bounded number of
/// times.
private struct CSVParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let separator: UInt8
  let limits: CSVLimits
  /// The offset of the next byte to read.
  var position: Int
  /// The current 1-based line.
  var line = 1
  /// An offset on the current line whose column is known.
  var anchorOffset: Int
  /// The column of `anchorOffset`.
  var anchorColumn = 1
  /// Reused storage for the unescaped bytes of quoted fields.
  var scratch: [UInt8] = []
  /// The fields read so far, in all records.
  var cells = 0

  init(bytes: UnsafeBufferPointer<UInt8>, start: Int, separator: UInt8, limits: CSVLimits) {
    self.bytes = bytes
    self.separator = separator
    self.limits = limits
    self.position = start
    self.anchorOffset = start
  }

  /// Reads all records, dropping empty ones at the end.
  mutating func records() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    // Empty records are held back until a non-empty one shows they are not trailing.
    var pendingEmpty: [CSVRecord] = []
    var emptyBeyondLimit = false
    repeat {
      // Once no more empty records can be kept, blank lines are skipped without building them.
      if emptyBeyondLimit, skipLineBreak() { continue }
      let record = try self.record()
      if record.isEmpty {
        if records.count + pendingEmpty.count < limits.maxRecords {
          pendingEmpty.append(record)
        } else {
          emptyBeyondLimit = true
        }
        continue
      }
      if emptyBeyondLimit || records.count + pendingEmpty.count >= limits.maxRecords {
        throw .tooManyRecords(limit: limits.maxRecords)
      }
      records.append(contentsOf: pendingEmpty)
      pendingEmpty.removeAll(keepingCapacity: true)
      records.append(record)
    } while position < bytes.count
    return records
  }

  /// Reads one record and the line break that ends it, if any.
  mutating func record() throws(CSVError) -> CSVRecord {
    let recordLine = line
    var fields: [CSVField] = []
    while true {
      if fields.count == limits.maxFields {
        throw .tooManyFields(line: recordLine, limit: limits.maxFields)
      }
      if cells == limits.maxCells { throw .tooManyCells(limit: limits.maxCells) }
      cells += 1
      fields.append(try field())
      if position < bytes.count, bytes[position] == separator {
        position += 1
        continue
      }
      _ = skipLineBreak()
      break
    }
    return CSVRecord(fields: fields, line: recordLine)
  }

  /// Moves past a line break (CRLF, LF or CR) at `position`, if there is one.
  mutating func skipLineBreak() -> Bool {
    guard position < bytes.count else { return false }
    let byte = bytes[position]
    guard byte == CSVByte.cr || byte == CSVByte.lf else { return false }
    position += 1
    if byte == CSVByte.cr, position < bytes.count, bytes[position] == CSVByte.lf { position += 1 }
    startLine()
    return true
  }

  /// Reads one field, stopping before the separator or line break that ends it.
  mutating func field() throws(CSVError) -> CSVField {
    let start = position
    let fieldLine = line
    let fieldColumn = column(at: start)
    let value: String
    if position < bytes.count, bytes[position] == CSVByte.quote {
      try readQuoted(line: fieldLine, column: fieldColumn)
      value = String(decoding: scratch, as: UTF8.self)
      if scratch.count > limits.maxFieldLength, scalarCount(scratch) > limits.maxFieldLength {
        throw .fieldTooLong(line: fieldLine, column: fieldColumn, limit: limits.maxFieldLength)
      }
    } else {
      skipUnquoted()
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
      value = String(decoding: slice, as: UTF8.self)
      if slice.count > limits.maxFieldLength, scalarCount(slice) > limits.maxFieldLength {
        throw .fieldTooLong(line: fieldLine, column: fieldColumn, limit: limits.maxFieldLength)
      }
    }
    return CSVField(value: value, line: fieldLine, column: fieldColumn)
  }

  /// Moves past unquoted text up to the next separator, CR, LF or the end.
  mutating func skipUnquoted() {
    while position < bytes.count {
      let byte = bytes[position]
      if byte == separator || byte == CSVByte.cr || byte == CSVByte.lf { return }
      position += 1
    }
  }

  /// Reads a quoted field starting at its opening quote into `scratch`.
  mutating func readQuoted(line fieldLine: Int, column fieldColumn: Int) throws(CSVError) {
    scratch.removeAll(keepingCapacity: true)
    position += 1
    var segment = position
    while true {
      guard position < bytes.count else {
        throw .unterminatedQuote(line: fieldLine, column: fieldColumn)
      }
      let byte = bytes[position]
      if byte == CSVByte.quote {
        // Keep the text so far; a doubled quote keeps one quote and continues.
        let doubled = position + 1 < bytes.count && bytes[position + 1] == CSVByte.quote
        scratch.append(contentsOf: bytes[segment..<(doubled ? position + 1 : position)])
        position += doubled ? 2 : 1
        segment = position
        if !doubled { break }
      } else if byte == CSVByte.cr || byte == CSVByte.lf {
        scratch.append(contentsOf: bytes[segment..<position])
        scratch.append(CSVByte.lf)
        position += 1
        if byte == CSVByte.cr, position < bytes.count, bytes[position] == CSVByte.lf {
          position += 1
        }
        startLine()
        segment = position
      } else {
        position += 1
      }
    }
    // Like Excel, keep any text between the closing quote and the separator as it is.
    let tail = position
    skipUnquoted()
    scratch.append(contentsOf: bytes[tail..<position])
  }

  /// Notes that a new line starts at `position`.
  mutating func startLine() {
    line += 1
    anchorOffset = position
    anchorColumn = 1
  }

  /// The column of `offset`, which lies on the current line at or after `anchorOffset`.
  mutating func column(at offset: Int) -> Int {
    let stretch = UnsafeBufferPointer(rebasing: bytes[anchorOffset..<offset])
    if stretch.allSatisfy({ $0 < 0x80 }) {
      anchorColumn += stretch.count
    } else {
      anchorColumn += String(decoding: stretch, as: UTF8.self).count
    }
    anchorOffset = offset
    return anchorColumn
  }

  /// The number of Unicode scalars in valid UTF-8 bytes.
  func scalarCount(_ utf8: some Sequence<UInt8>) -> Int {
    utf8.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : 1) }
  }
}
