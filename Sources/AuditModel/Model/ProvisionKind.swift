/// What kind of legal instrument a provision belongs to; it decides how binding it is.
public enum ProvisionKind: String, Hashable, Sendable, CaseIterable, Codable {
  /// An act passed by the Riksdag (lag).
  case act = "lag"
  /// An ordinance issued by the Government (förordning).
  case ordinance = "förordning"
  /// A binding regulation issued by an authority (föreskrift).
  case regulation = "föreskrift"
  /// General advice from an authority, not binding (allmänt råd).
  case generalAdvice = "allmänt råd"

  /// The obligation this kind normally carries: `bör` for general advice, `ska` otherwise.
  public var naturalObligation: Obligation {
    self == .generalAdvice ? .should : .shall
  }

  /// Rank for ordering: an act binds more than a regulation, a regulation more than advice.
  var rank: Int {
    switch self {
    case .act: return 4
    case .ordinance: return 3
    case .regulation: return 2
    case .generalAdvice: return 1
    }
  }
}
