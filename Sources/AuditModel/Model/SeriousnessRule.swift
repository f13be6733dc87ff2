/// How serious a finding is, as points from `scoring.json` (issue 17): the duty's
/// consequence, the footing of the gap, the duty's level and whether civil society
/// disagrees add up; the highest total comes first.
public struct SeriousnessRule: Hashable, Sendable {
  /// Points per consequence class of the duty.
  public var consequence: [Consequence: Double]
  /// Points per footing of the gap.
  public var footing: [Footing: Double]
  /// Points per level of the duty.
  public var level: [DutyLevel: Double]
  /// Points when a civil-society organisation answers the duty's questions differently.
  public var disagreement: Double

  /// Creates a rule.
  public init(
    consequence: [Consequence: Double], footing: [Footing: Double], level: [DutyLevel: Double],
    disagreement: Double
  ) {
    self.consequence = consequence
    self.footing = footing
    self.level = level
    self.disagreement = disagreement
  }

  /// The points of a finding with these properties.
  public func points(
    consequence: Consequence?, footing: Footing, level: DutyLevel, disagrees: Bool
  ) -> Double {
    (consequence.flatMap { self.consequence[$0] } ?? 0) + (self.footing[footing] ?? 0)
      + (self.level[level] ?? 0) + (disagrees ? disagreement : 0)
  }
}
