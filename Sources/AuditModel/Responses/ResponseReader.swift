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
  public struct Result: Sendable {
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

  private func readCSV(_ text: String, file: String, encoding: TextEncodingGuess) -> Result {
    let table: CSVTable
    do {
      table = try CSVTable.parse(text)
    } catch {
      return failure(file, error.position, error.description, help: "")
    }
    var diagnostics: [Diagnostic] = []
    var metadata: [String: RawResponse.Cell] = [:]
    let labels = Set(ChecklistFormat.metadataKeys.map(\.label))
    var headerIndex: Int?
    for (index, record) in table.records.enumerated() {
      let cells = record.fields.map { AnswerValue.normalized($0.value) }
      if cells.contains(ChecklistFormat.Column.questionID.rawValue) {
        headerIndex = index
        break
      }
      guard let key = cells.first, !key.isEmpty else { continue }
      if labels.contains(key) {
        let value = record.fields.count > 1 ? record.fields[1] : nil
        let position =
          value?.position
          ?? SourcePosition(line: record.line, column: (record.fields.first?.column ?? 1))
        metadata[key] = RawResponse.Cell(value?.value ?? "", at: position)
      }
    }
    guard let headerIndex else {
      return failure(
        file, nil, "hittar ingen rubrikrad med kolumnen \"fråga-id\"",
        help: "utgå från en checklista som 'audit checklist' skrev och behåll rubrikraden")
    }
    let header = table.records[headerIndex]
    var columns: [String: Int] = [:]
    for (index, field) in header.fields.enumerated() {
      let name = AnswerValue.normalized(field.value)
      if columns[name] == nil { columns[name] = index }
    }
    guard let idColumn = columns[ChecklistFormat.Column.questionID.rawValue] else {
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
    var rows: [RawResponse.Row] = []
    var exceptionColumns: [String: Int]?
    var exceptionHeader: CSVRecord?
    var exceptions: [RawResponse.ExceptionRow] = []
    for record in table.records.dropFirst(headerIndex + 1) where !record.isEmpty {
      let first = AnswerValue.normalized(record.fields.first?.value ?? "")
      let normalized = record.fields.map { AnswerValue.normalized($0.value) }
      if normalized.contains(ChecklistFormat.ExceptionColumn.dutyID.rawValue) {
        var found: [String: Int] = [:]
        for (index, name) in normalized.enumerated() where found[name] == nil {
          found[name] = index
        }
        exceptionColumns = found
        exceptionHeader = record
        continue
      }
      if first.hasPrefix("undantag:") { continue }
      if let exceptionColumns, let exceptionHeader {
        exceptions.append(
          Self.exceptionRow(record, header: exceptionHeader, columns: exceptionColumns))
        continue
      }
      func cell(_ column: Int?) -> RawResponse.Cell {
        guard let column else {
          return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1))
        }
        let label = "kolumn \(SpreadsheetColumn.letters(column)) (\(header.fields[column].value))"
        if column < record.fields.count {
          return RawResponse.Cell(
            record.fields[column].value, at: record.fields[column].position, column: label)
        }
        let after = record.fields.last.map { $0.column + $0.value.count + 1 } ?? 1
        return RawResponse.Cell(
          "", at: SourcePosition(line: record.line, column: after), column: label)
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
          evidence: cell(evidenceColumn)))
    }
    let start = table.records.first.map { SourcePosition(line: $0.line, column: 1) } ?? .start
    var raw = RawResponse(
      file: file, metadata: metadata, start: start, rows: rows, encoding: encoding)
    raw.exceptions = exceptions
    return Result(raw: raw, diagnostics: diagnostics)
  }

  private static func exceptionRow(
    _ record: CSVRecord, header: CSVRecord, columns: [String: Int]
  ) -> RawResponse.ExceptionRow {
    func cell(_ column: ChecklistFormat.ExceptionColumn) -> RawResponse.Cell {
      guard let index = columns[column.rawValue] else {
        return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1))
      }
      let label = "kolumn \(SpreadsheetColumn.letters(index)) (\(column.rawValue))"
      guard index < record.fields.count else {
        return RawResponse.Cell("", at: SourcePosition(line: record.line, column: 1), column: label)
      }
      return RawResponse.Cell(
        record.fields[index].value, at: record.fields[index].position, column: label)
    }
    return RawResponse.ExceptionRow(
      dutyID: cell(.dutyID), justification: cell(.justification), validUntil: cell(.validUntil))
  }
}
