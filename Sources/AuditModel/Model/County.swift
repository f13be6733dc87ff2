import Foundation

/// A Swedish county (län) with its SCB code.
public struct County: Hashable, Sendable, Identifiable, Codable {
  /// The two-digit SCB länskod, e.g. `14`.
  public var code: String
  /// The name, e.g. `Västra Götalands län`.
  public var name: String

  /// The code, as id.
  public var id: String { code }

  /// Creates a county.
  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}
