/// A single pass over the UTF-8 bytes of a CSV text (the rules are those of ``CSVTable``).
///
/// Structure is found byte by byte, which is safe because every byte that matters (quote,
/// separator, CR, LF) is ASCII and so never part of a multi-byte character. Columns are counted
/// in characters: a stretch of ASCII and of the scripts up to U+02FF (Latin-1, Latin Extended,
/// IPA, spacing modifiers), where every scalar is a character of its own, counts its scalars,
/// and only a stretch with other characters is decoded to count its characters, so each byte
/// is looked at a bounded number of times.
struct CSVParser {
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
  /// The number of fields in the last record read.
  var lastFieldCount = 1

  init(bytes: UnsafeBufferPointer<UInt8>, start: Int, separator: UInt8, limits: CSVLimits) {
    self.bytes = bytes
    self.separator = separator
    self.limits = limits
    self.position = start
    self.anchorOffset = start
  }

  /// Reads all records, dropping empty ones at the end.
  mutating func records() throws(CSVError) -> [CSVRawRecord] {
    var records: [CSVRawRecord] = []
    // Empty records are held back until a non-empty one shows they are not trailing.
    var pendingEmpty: [CSVRawRecord] = []
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
  mutating func record() throws(CSVError) -> CSVRawRecord {
    let recordLine = line
    var fields: [CSVRawField] = []
    // Records of one file tend to have the same number of fields.
    fields.reserveCapacity(lastFieldCount)
    defer { lastFieldCount = fields.count }
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
    return CSVRawRecord(fields: fields, line: recordLine)
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
  mutating func field() throws(CSVError) -> CSVRawField {
    let start = position
    let fieldLine = line
    let fieldColumn = column(at: start)
    let quoted = position < bytes.count && bytes[position] == CSVByte.quote
    if quoted {
      try readQuoted(line: fieldLine, column: fieldColumn)
      if scratch.count > limits.maxFieldLength, scalarCount(scratch) > limits.maxFieldLength {
        // A quote left open swallows whole records: many lines, each with separators.
        let linesWithSeparators = scratch.split(separator: CSVByte.lf).filter {
          $0.contains(separator)
        }.count
        if linesWithSeparators >= 3 {
          throw .quoteSpansRecords(
            line: fieldLine, column: fieldColumn, endLine: line, limit: limits.maxFieldLength)
        }
        throw .fieldTooLong(line: fieldLine, column: fieldColumn, limit: limits.maxFieldLength)
      }
    } else {
      skipUnquoted()
      let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
      if slice.count > limits.maxFieldLength, scalarCount(slice) > limits.maxFieldLength {
        throw .fieldTooLong(line: fieldLine, column: fieldColumn, limit: limits.maxFieldLength)
      }
    }
    return CSVRawField(
      start: start, end: position, quoted: quoted, line: fieldLine, column: fieldColumn)
  }

  /// Moves past unquoted text up to the next separator, CR, LF or the end.
  mutating func skipUnquoted() {
    // Local copies keep the loop in registers.
    let bytes = self.bytes
    let separator = self.separator
    var index = position
    while index < bytes.count {
      let byte = bytes[index]
      if byte == separator || byte == CSVByte.cr || byte == CSVByte.lf { break }
      index += 1
    }
    position = index
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
    var continuation = 0
    var highest: UInt8 = 0
    for byte in stretch {
      continuation &+= Int(truncatingIfNeeded: (byte & 0xC0) == 0x80 ? 1 : 0)
      highest = max(highest, byte)
    }
    let scalars = stretch.count - continuation
    // Lead bytes from 0xCC start U+0300 and above, where characters may combine.
    let simple = highest < 0xCC
    anchorColumn += simple ? scalars : String(decoding: stretch, as: UTF8.self).count
    anchorOffset = offset
    return anchorColumn
  }

  /// The number of Unicode scalars in valid UTF-8 bytes.
  func scalarCount(_ utf8: some Sequence<UInt8>) -> Int {
    utf8.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : 1) }
  }
}
