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
