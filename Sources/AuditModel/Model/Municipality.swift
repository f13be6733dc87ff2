import Foundation

/// A Swedish municipality (kommun) with its SCB code.
public struct Municipality: Hashable, Sendable, Identifiable, Codable {
  /// The four-digit SCB kommunkod, e.g. `1490`.
  public var code: String
  /// SCB's short name, e.g. `Borås`.
  public var name: String
  /// The two-digit county code, e.g. `14`.
  public var countyCode: String

  /// The code, as id.
  public var id: String { code }

  /// Creates a municipality.
  public init(code: String, name: String, countyCode: String) {
    self.code = code
    self.name = name
    self.countyCode = countyCode
  }
}
