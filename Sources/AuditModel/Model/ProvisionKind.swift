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

/// Whether a provision obliges (`ska`), recommends (`bör`) or only sets a condition or
/// gives a permission (`villkor`).
public enum Obligation: String, Hashable, Sendable, CaseIterable, Codable {
  /// Mandatory: a gap is a deficiency (brist).
  case shall = "ska"
  /// Recommended: a gap is an improvement area (förbättringsområde).
  case should = "bör"
  /// A condition or permission ("får … endast om", "får lämna uppgifter"), never a duty:
  /// it produces neither a brist nor a förbättringsområde by itself.
  case condition = "villkor"

  /// Rank for ordering: `ska` above `bör` above `villkor`.
  var rank: Int {
    switch self {
    case .shall: return 3
    case .should: return 2
    case .condition: return 1
    }
  }
}
