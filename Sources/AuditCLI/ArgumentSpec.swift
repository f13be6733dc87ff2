import AuditModel

/// A positional argument.
public struct ArgumentSpec: Sendable {
  /// The placeholder, e.g. `MAPP`.
  public var name: String
  /// Swedish help.
  public var help: String
  /// Whether it may be left out.
  public var isOptional: Bool
  /// Whether it may be given several times.
  public var isRepeating: Bool

  /// Creates an argument spec.
  public init(_ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false) {
    self.name = name
    self.help = help
    self.isOptional = isOptional
    self.isRepeating = isRepeating
  }
}
