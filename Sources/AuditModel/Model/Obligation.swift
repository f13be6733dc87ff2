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
