/// One `"key": value` pair of a JSON object.
public struct JSONMember: Hashable, Sendable {
  /// The key.
  public var key: String
  /// Where the key starts.
  public var keyPosition: SourcePosition
  /// The value.
  public var node: JSONNode

  /// Creates a member.
  public init(key: String, keyPosition: SourcePosition, node: JSONNode) {
    self.key = key
    self.keyPosition = keyPosition
    self.node = node
  }
}
