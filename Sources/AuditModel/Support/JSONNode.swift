/// A parsed JSON value that remembers where in the file each part stood.
///
/// Model and response files are read into this tree first, so every diagnostic
/// can name the line and column a domain expert has to fix.
public struct JSONNode: Hashable, Sendable {
  /// The value itself.
  public var value: JSONValue
  /// Where the value starts in its file.
  public var position: SourcePosition

  /// Creates a node.
  public init(_ value: JSONValue, at position: SourcePosition) {
    self.value = value
    self.position = position
  }

  /// The members when this node is an object, otherwise `nil`.
  public var members: [JSONMember]? {
    if case .object(let members) = value { return members }
    return nil
  }

  /// The elements when this node is an array, otherwise `nil`.
  public var elements: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }

  /// The string when this node is a string, otherwise `nil`.
  public var string: String? {
    if case .string(let string) = value { return string }
    return nil
  }

  /// The member named `key` when this node is an object.
  public subscript(key: String) -> JSONMember? {
    members?.first { $0.key == key }
  }

  /// A short Swedish name of the node's kind, for error messages.
  public var kindName: String {
    switch value {
    case .null: return "null"
    case .bool: return "ett sanningsvärde"
    case .number: return "ett tal"
    case .string: return "en text"
    case .array: return "en lista"
    case .object: return "ett objekt"
    }
  }
}
