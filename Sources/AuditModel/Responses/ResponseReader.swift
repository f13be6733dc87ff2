import Foundation

/// Reads a filled-in checklist from CSV (as Excel, LibreOffice or a text editor saves
/// it) or JSON into a ``RawResponse``, reporting format problems with file, line and
/// column.
public struct ResponseReader: Sendable {
  /// The largest file read, in bytes.
  public var maximumFileSize: Int

  /// Creates a reader.
  public init(maximumFileSize: Int = 20_000_000) {
    self.maximumFileSize = maximumFileSize
  }

  /// The result of reading one file.
  public struct Result: Hashable, Sendable {
    /// The raw response, or `nil` when the file could not be read as a checklist.
    public var raw: RawResponse?
    /// Problems found while reading.
    public var diagnostics: [Diagnostic]
  }

  /// Reads `data`, naming it `file` in diagnostics.
  public func read(_ data: Data, file: String) -> Result {
    guard data.count <= maximumFileSize else {
      return failure(
        file, nil,
        "filen är \(data.count / 1_000_000) MB, större än gränsen "
          + "\(maximumFileSize / 1_000_000) MB",
        help: "kontrollera att det är rätt fil; en checklista är några hundra kB")
    }
    if let spreadsheet = SpreadsheetFile(data) {
      return failure(file, nil, spreadsheet.message, help: spreadsheet.help)
    }
    return readUTF8CSV(data, file: file) ?? readDecoded(data, file: file)
  }

  /// Reads `data` by decoding it to a string first: the general path, for every encoding and
  /// for JSON (``read(_:file:)`` takes a faster path for plain UTF-8 CSV, with the same result).
  func readDecoded(_ data: Data, file: String) -> Result {
    let decoded = decodeText(data)
    let text = decoded.text
    if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
      return failure(
        file, nil, "filen är tom", help: "fyll i checklistan som 'audit checklist' skrev")
    }
    let first = text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
    if first == "{" {
      return readJSON(text, file: file, encoding: decoded.encoding)
    }
    return readCSV(text, file: file, encoding: decoded.encoding)
  }

  func failure(_ file: String, _ position: SourcePosition?, _ message: String, help: String)
    -> Result
  {
    Result(
      raw: nil, diagnostics: [Diagnostic(.error, file: file, at: position, message, help: help)])
  }

  /// Reads a CSV checklist in UTF-8 straight from its bytes, without making a string of the
  /// whole file; `nil` when the file is not plainly that (not valid UTF-8, empty, JSON, or
  /// beginning with a character other than ASCII), and the general path decides.
  private func readUTF8CSV(_ data: Data, file: String) -> Result? {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result? in
      let bytes = raw.bindMemory(to: UInt8.self)
      let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
      let body = UnsafeBufferPointer(rebasing: bytes[(hasBOM ? 3 : 0)...])
      // The first character that is not white space must be ASCII and not "{".
      guard let first = body.first(where: { !TextFolding.isASCIIWhitespace($0) }), first < 0x80,
        first != UInt8(ascii: "{"), UTF8Validation.isValid(body)
      else { return nil }
      let encoding: TextEncodingGuess = hasBOM ? .utf8WithBOM : .utf8
      do throws(CSVError) {
        return try CSVBytes.parse(utf8: bytes) { table, _ in
          readCSV(table, file: file, encoding: encoding)
        }
      } catch {
        return failure(file, error.position, error.description, help: "")
      }
    }
  }

  private func readCSV(_ text: String, file: String, encoding: TextEncodingGuess) -> Result {
    do {
      return try CSVBytes.parse(text) { table, _ in
        readCSV(table, file: file, encoding: encoding)
      }
    } catch {
      return failure(file, error.position, error.description, help: "")
    }
  }

  /// Reads the records of a CSV checklist, making text only of the cells it keeps.
  private func readCSV(_ table: CSVBytes, file: String, encoding: TextEncodingGuess) -> Result {
    var diagnostics: [Diagnostic] = []
    var metadata: [String: RawResponse.Cell] = [:]
    let labels = Set(ChecklistFormat.metadataKeys.map(\.label))
    let questionIDColumn = ChecklistFormat.Column.questionID.rawValue
    var headerIndex: Int?
    for (index, record) in table.records.enumerated() {
      if record.fields.contains(where: { table.normalizes($0, to: questionIDColumn) }) {
        headerIndex = index
        break
      }
      guard let first = record.fields.first else { continue }
      let key = AnswerValue.normalized(table.text(first))
      if !key.isEmpty, labels.contains(key) {
        let value = record.fields.count > 1 ? record.fields[1] : nil
        let position = value?.position ?? SourcePosition(line: record.line, column: first.column)
        metadata[key] = RawResponse.Cell(value.map(table.text) ?? "", at: position)
      }
    }
    guard let headerIndex else {
      return failure(
        file, nil, "hittar ingen rubrikrad med kolumnen \"fråga-id\"",
        help: "utgå från en checklista som 'audit checklist' skrev och behåll rubrikraden")
    }
    let header = table.records[headerIndex]
    let headerTexts = header.fields.map(table.text)
    var columns: [String: Int] = [:]
    for (index, text) in headerTexts.enumerated() {
      let name = AnswerValue.normalized(text)
      if columns[name] == nil { columns[name] = index }
    }
    guard let idColumn = columns[questionIDColumn] else {
      return failure(file, nil, "kolumnen \"fråga-id\" saknas", help: "")
    }
    guard let answerColumn = columns[ChecklistFormat.Column.answer.rawValue] else {
      return failure(
        file, header.fields.first?.position,
        "rubrikraden saknar kolumnen \"svar\"",
        help: "lägg tillbaka kolumnen \"svar\" (och gärna \"kommentar\" och \"underlag\")")
    }
    let commentColumn = columns[ChecklistFormat.Column.comment.rawValue]
    let evidenceColumn = columns[ChecklistFormat.Column.evidence.rawValue]
    let markColumn = columns[CarryMark.column]
    // Each column's name in diagnostics, e.g. "kolumn J (svar)", worked out once per file.
    let columnLabels = headerTexts.enumerated().map { index, text in
      "kolumn \(SpreadsheetColumn.letters(index)) (\(text))"
    }
    let exceptionIDColumn = ChecklistFormat.ExceptionColumn.dutyID.rawValue
    var rows: [RawResponse.Row] = []
    rows.reserveCapacity(table.records.count - headerIndex)
    // The columns of the exceptions table, once its header row has been seen.
    var exceptionColumns: [String: Int]?
    var exceptions: [RawResponse.ExceptionRow] = []
    for record in table.records.dropFirst(headerIndex + 1) where !record.isEmpty {
      if record.fields.contains(where: { table.normalizes($0, to: exceptionIDColumn) }) {
        var found: [String: Int] = [:]
        for (index, field) in record.fields.enumerated() {
          let name = AnswerValue.normalized(table.text(field))
          if found[name] == nil { found[name] = index }
        }
        exceptionColumns = found
        continue
      }
      if let first = record.fields.first,
        AnswerValue.normalized(table.text(first)).hasPrefix("undantag:")
      {
        continue
      }
      if let exceptionColumns {
        exceptions.append(Self.exceptionRow(record, in: table, columns: exceptionColumns))
        continue
      }
      func cell(_ column: Int?) -> RawResponse.Cell {
        guard let column else {
          return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1))
        }
        if column < record.fields.count {
          let field = record.fields[column]
          let text = table.text(field)
          // A cell the tool or the form protected from formula injection reads as typed.
          if let restored = CSVWriter.restored(text) {
            var position = field.position
            position.column += 1
            return RawResponse.Cell(restored, at: position, column: columnLabels[column])
          }
          return RawResponse.Cell(text, at: field.position, column: columnLabels[column])
        }
        let after = record.fields.last.map { $0.column + table.text($0).count + 1 } ?? 1
        return RawResponse.Cell(
          "", at: SourcePosition(line: record.line, column: after), column: columnLabels[column])
      }
      let id = cell(idColumn)
      if id.trimmed.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: id.position, "raden saknar fråga-id",
            help: "skriv tillbaka fråga-id från checklistan, eller ta bort raden"))
        continue
      }
      rows.append(
        RawResponse.Row(
          questionID: id, answer: cell(answerColumn), comment: cell(commentColumn),
          evidence: cell(evidenceColumn), carried: markColumn.map { cell($0) }))
    }
    let start = table.records.first.map { SourcePosition(line: $0.line, column: 1) } ?? .start
    var raw = RawResponse(
      file: file, metadata: metadata, start: start, rows: rows, encoding: encoding)
    raw.exceptions = exceptions
    return Result(raw: raw, diagnostics: diagnostics)
  }

  private static func exceptionRow(
    _ record: CSVRawRecord, in table: CSVBytes, columns: [String: Int]
  ) -> RawResponse.ExceptionRow {
    func cell(_ column: ChecklistFormat.ExceptionColumn) -> RawResponse.Cell {
      guard let index = columns[column.rawValue] else {
        return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1))
      }
      let label = "kolumn \(SpreadsheetColumn.letters(index)) (\(column.rawValue))"
      guard index < record.fields.count else {
        return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1), column: label)
      }
      let field = record.fields[index]
      return RawResponse.Cell(table.text(field), at: field.position, column: label)
    }
    return RawResponse.ExceptionRow(
      dutyID: cell(.dutyID), justification: cell(.justification), validUntil: cell(.validUntil))
  }
}
