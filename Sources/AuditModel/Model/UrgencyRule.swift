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
