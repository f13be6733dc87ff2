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
