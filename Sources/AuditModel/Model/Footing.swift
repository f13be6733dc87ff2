/// A question's own legal footing: what a "nej" on it means.
///
/// Only a `krav` can make a brist; `allmänt råd` and `god praxis` make
/// förbättringsområden. Declared per question in the model; the footing on a given
/// day is capped by what the question's basis gives then (see `Question.footing(on:)`).
public enum Footing: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// A *ska* in a lag, förordning or föreskrift requires exactly what the question asks.
  case requirement = "krav"
  /// Socialstyrelsen recommends it (allmänt råd), or a lag says *bör*.
  case generalAdvice = "allmänt råd"
  /// Good practice, an ÖJ indicator or a named method; no statute requires it.
  case goodPractice = "god praxis"

  /// Orders weakest first: god praxis < allmänt råd < krav.
  public static func < (lhs: Footing, rhs: Footing) -> Bool {
    lhs.rank < rhs.rank
  }

  /// Rank for ordering, strongest highest.
  var rank: Int {
    switch self {
    case .requirement: return 3
    case .generalAdvice: return 2
    case .goodPractice: return 1
    }
  }

  /// Whether a "nej" on a question with this footing is a brist.
  public var isRequirement: Bool { self == .requirement }
}
