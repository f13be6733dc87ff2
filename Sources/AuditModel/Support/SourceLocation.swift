/// A place in a named file.
public struct SourceLocation: Hashable, Sendable {
  /// The file, relative to the folder it was read from.
  public var file: String
  /// The place in the file.
  public var position: SourcePosition

  /// Creates a location.
  public init(file: String, position: SourcePosition) {
    self.file = file
    self.position = position
  }
}
