import Foundation

/// Reads a register file (agreements or shelters) into rows of cells keyed by column,
/// from CSV as Swedish Excel writes it (header row, any separator, UTF-8 or
/// Windows-1252) or from JSON (`{"KEY": [ {…}, … ]}`), with diagnostics that name
/// file, line and column.
struct RegisterTable {
  /// One column: its Swedish CSV header, its JSON key, and whether it must be there.
  struct Column {
    var header: String
    var json: String
    var isRequired: Bool
  }

  typealias Row = (line: Int, cells: [String: RawResponse.Cell])

  var rows: [Row] = []
  var diagnostics: [Diagnostic] = []

  init(_ data: Data, file: String, columns: [Column], jsonKey: String, what: String) {
    let decoded = decodeText(data).text
    guard decoded.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: nil, "filen är tom", help: "fyll i \(what) med en rubrikrad"))
      return
    }
    if decoded.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) == "{" {
      readJSON(decoded, file: file, columns: columns, jsonKey: jsonKey, what: what)
    } else {
      readCSV(decoded, file: file, columns: columns)
    }
  }

  private mutating func readCSV(_ text: String, file: String, columns: [Column]) {
    let table: CSVTable
    do {
      table = try CSVTable.parse(text)
    } catch {
      diagnostics.append(Diagnostic(.error, file: file, at: error.position, error.description))
      return
    }
    let records = table.records.filter { !$0.isEmpty }
    guard let header = records.first else { return }
    var index: [String: Int] = [:]
    for (offset, field) in header.fields.enumerated() {
      let name = AnswerValue.normalized(field.value)
      if index[name] == nil { index[name] = offset }
    }
    for column in columns where column.isRequired && index[column.header] == nil {
      let known = header.fields.map { AnswerValue.normalized($0.value) }
      let hint = Suggestions.nearest(to: column.header, among: known).first
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: header.fields.first?.position,
          "rubrikraden saknar kolumnen \"\(column.header)\"",
          help: hint.map { "är \"\($0)\" felstavad? Kolumnen ska heta \"\(column.header)\"" }
            ?? "lägg till kolumnen \"\(column.header)\""))
    }
    guard !diagnostics.contains(where: \.isError) else { return }
    for record in records.dropFirst() {
      var cells: [String: RawResponse.Cell] = [:]
      for column in columns {
        guard let offset = index[column.header] else { continue }
        let label = "kolumn \(SpreadsheetColumn.letters(offset)) (\(column.header))"
        if offset < record.fields.count {
          let field = record.fields[offset]
          cells[column.header] = RawResponse.Cell(field.value, at: field.position, column: label)
        } else {
          cells[column.header] = RawResponse.Cell(
            "", at: SourcePosition(line: record.line, column: 1), column: label)
        }
      }
      rows.append((record.line, cells))
    }
  }

  private mutating func readJSON(
    _ text: String, file: String, columns: [Column], jsonKey: String, what: String
  ) {
    let root: JSONNode
    do {
      root = try JSONParser(allowsComments: false).parse(text)
    } catch {
      diagnostics.append(Diagnostic(.error, file: file, at: error.position, error.message))
      return
    }
    var reader = ObjectReader(root, file: file, what: what)
    for node in reader.objects(jsonKey) ?? [] {
      var item = ObjectReader(node, file: file, what: "en rad")
      var cells: [String: RawResponse.Cell] = [:]
      for column in columns {
        guard let member = item.member(column.json, required: false) else { continue }
        let value: String
        switch member.node.value {
        case .string(let string): value = string
        case .number(let number): value = number
        case .bool(let flag): value = flag ? "ja" : "nej"
        case .null: value = ""
        case .array(let items): value = items.compactMap(\.string).joined(separator: ", ")
        case .object:
          item.report(member.node, "\"\(column.json)\" ska vara en text, ett tal eller en lista")
          continue
        }
        cells[column.header] = RawResponse.Cell(
          value, at: member.node.position, column: "\"\(column.json)\"")
      }
      for column in columns where column.isRequired && cells[column.header] == nil {
        item.report(node, "raden saknar \"\(column.json)\"", help: "lägg till \"\(column.json)\"")
      }
      reader.absorb(item.finish())
      rows.append((node.position.line, cells))
    }
    diagnostics += reader.finish()
  }

  /// A list cell: values separated by commas, trimmed, empty ones dropped.
  static func list(_ cell: RawResponse.Cell?) -> [String] {
    (cell?.text ?? "").split(separator: ",").map { TextFolding.trimmed(String($0), .whitespaces) }
      .filter { !$0.isEmpty }
  }
}
