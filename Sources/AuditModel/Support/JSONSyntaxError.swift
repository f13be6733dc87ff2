/// A JSON syntax error with the place it was found.
public struct JSONSyntaxError: Error, Hashable, Sendable {
  /// What is wrong, in Swedish.
  public var message: String
  /// Where it was found.
  public var position: SourcePosition

  /// Creates an error.
  public init(_ message: String, at position: SourcePosition) {
    self.message = message
    self.position = position
  }
}
