/// The numbers and rules of scoring, kept as data in `checklists/model/scoring.json`
/// so a länsstyrelse can read and change them without touching Swift.
public struct ScoringRules: Hashable, Sendable {
  /// The value of `ja`, normally 1.
  public var yes: Double
  /// The value of `delvis`, normally 0.5.
  public var partial: Double
  /// The value of `nej`, normally 0.
  public var no: Double
  /// Weight of a duty that is `ska` in a lag.
  public var actWeight: Double
  /// Weight of a duty that is `ska` in a förordning.
  public var ordinanceWeight: Double
  /// Weight of a duty that is `ska` in a föreskrift.
  public var regulationWeight: Double
  /// Weight of a duty that is only `bör` (allmänt råd, or a `bör` in a lag).
  public var adviceWeight: Double
  /// The urgency rules, first match wins.
  public var urgencyRules: [UrgencyRule]

  /// Creates rules.
  public init(
    yes: Double, partial: Double, no: Double, actWeight: Double, ordinanceWeight: Double,
    regulationWeight: Double, adviceWeight: Double, urgencyRules: [UrgencyRule]
  ) {
    self.yes = yes
    self.partial = partial
    self.no = no
    self.actWeight = actWeight
    self.ordinanceWeight = ordinanceWeight
    self.regulationWeight = regulationWeight
    self.adviceWeight = adviceWeight
    self.urgencyRules = urgencyRules
  }

  /// The weight of a duty with `strength`.
  public func weight(_ strength: Strength) -> Double {
    guard strength.obligation == .shall else { return adviceWeight }
    switch strength.kind {
    case .act: return actWeight
    case .ordinance: return ordinanceWeight
    case .regulation: return regulationWeight
    case .generalAdvice: return adviceWeight
    }
  }

  /// The urgency of a gap on a question with `footing`, or `nil` when no rule matches.
  public func urgency(for gap: GapKind, footing: Footing) -> Urgency? {
    urgencyRules.first { $0.footing == footing && $0.gaps.contains(gap) }?.urgency
  }
}

/// One urgency rule: gaps of these kinds on questions with this footing have this urgency.
public struct UrgencyRule: Hashable, Sendable {
  /// `krav`, `allmänt råd` or `god praxis`.
  public var footing: Footing
  /// The gap kinds the rule covers.
  public var gaps: [GapKind]
  /// The urgency they get.
  public var urgency: Urgency

  /// Creates a rule.
  public init(footing: Footing, gaps: [GapKind], urgency: Urgency) {
    self.footing = footing
    self.gaps = gaps
    self.urgency = urgency
  }
}
