/// The kinds of JSON value.
public enum JSONValue: Hashable, Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, kept as written so that no precision is lost.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONNode])
  /// An object, members in file order.
  case object([JSONMember])
}
