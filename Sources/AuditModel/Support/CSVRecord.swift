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
