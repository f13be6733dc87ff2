import Foundation

/// A response file as read, before its content is checked against the model and the
/// register: texts with the places they stood.
public struct RawResponse: Hashable, Sendable {
  /// A text and where it stood.
  public struct Cell: Hashable, Sendable {
    /// The text, as written.
    public var text: String
    /// Where it starts.
    public var position: SourcePosition
    /// The spreadsheet column, e.g. `kolumn J (svar)`, for CSV cells.
    public var column: String?

    /// Creates a cell.
    public init(_ text: String, at position: SourcePosition, column: String? = nil) {
      self.text = text
      self.position = position
      self.column = column
    }

    /// The text without surrounding white space.
    public var trimmed: String {
      TextFolding.trimmed(text)
    }
  }

  /// One question row.
  public struct Row: Hashable, Sendable {
    /// The question id cell.
    public var questionID: Cell
    /// The answer cell.
    public var answer: Cell
    /// The comment cell.
    public var comment: Cell
    /// The evidence cell.
    public var evidence: Cell
    /// The "förra omgången" cell, when the file has that column (`audit init --previous`).
    public var carried: Cell? = nil
  }

  /// One row of the exceptions table: a duty covered another way.
  public struct ExceptionRow: Hashable, Sendable {
    /// The duty id cell.
    public var dutyID: Cell
    /// The justification cell.
    public var justification: Cell
    /// The valid-until cell.
    public var validUntil: Cell
  }

  /// The file, as the user named it.
  public var file: String
  /// Metadata by CSV label (e.g. `kommunkod`).
  public var metadata: [String: Cell]
  /// Where the metadata block (or JSON object) starts.
  public var start: SourcePosition
  /// The question rows in file order.
  public var rows: [Row]
  /// The exception rows in file order.
  public var exceptions: [ExceptionRow] = []
  /// How the file was encoded.
  public var encoding: TextEncodingGuess
}
