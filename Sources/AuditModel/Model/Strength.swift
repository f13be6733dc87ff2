/// How strongly a duty binds socialnämnden on a given day: obligation and instrument kind.
///
/// `ska` in a lag binds more than `ska` in a föreskrift, which binds more than any
/// `bör`. Reads as the kind alone when the obligation is the kind's usual one
/// ("lag", "föreskrift", "allmänt råd"), and with the obligation otherwise
/// ("lag (bör)", as 5 kap. 11 § SoL read before 1 July 2007). A condition or
/// permission reads "villkor/befogenhet" whatever its kind.
public struct Strength: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// `ska`, `bör` or `villkor`.
  public var obligation: Obligation
  /// The kind of instrument that says it.
  public var kind: ProvisionKind

  /// Creates a strength.
  public init(obligation: Obligation, kind: ProvisionKind) {
    self.obligation = obligation
    self.kind = kind
  }

  /// The Swedish label, e.g. `lag`, `föreskrift`, `allmänt råd`, `lag (bör)` or
  /// `villkor/befogenhet`.
  public var description: String {
    if obligation == .condition { return "villkor/befogenhet" }
    return obligation == kind.naturalObligation
      ? kind.rawValue : "\(kind.rawValue) (\(obligation.rawValue))"
  }

  /// Whether a gap against this strength is a deficiency (brist) rather than an
  /// improvement area (förbättringsområde).
  public var isMandatory: Bool { obligation == .shall }

  /// Orders weakest first: any `villkor` below any `bör` below any `ska`, then by kind.
  public static func < (lhs: Strength, rhs: Strength) -> Bool {
    if lhs.obligation != rhs.obligation { return lhs.obligation.rank < rhs.obligation.rank }
    return lhs.kind.rank < rhs.kind.rank
  }

  /// The footing a gap against the whole duty has (an expired exception): krav for a
  /// *ska* in a lag, förordning or föreskrift, allmänt råd for a *bör* or a *ska* in an
  /// allmänt råd, none for a condition.
  public var footing: Footing? {
    switch obligation {
    case .shall: return kind == .generalAdvice ? .generalAdvice : .requirement
    case .should: return .generalAdvice
    case .condition: return nil
    }
  }
}
