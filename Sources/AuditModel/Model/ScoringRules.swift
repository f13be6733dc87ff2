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
  /// Gap kinds that make a duty "ej uppfylld" (on a krav question: a brist).
  public var notMetGaps: [GapKind] = [.no, .expiredException]
  /// Gap kinds that make a duty "delvis uppfylld" when nothing worse is found.
  public var partlyMetGaps: [GapKind] = [.partial]
  /// Below this completeness (percent) a response is "ofullständigt svar": a range is shown
  /// instead of one fulfilment figure, and it stays out of medians and rankings.
  public var completenessThreshold: Double = 80
  /// Above this share (percent) of questions answered "ej aktuellt" a response is also
  /// "ofullständigt svar".
  public var notApplicableLimit: Double = 20
  /// How findings are ordered by seriousness.
  public var seriousness = SeriousnessRule(
    consequence: [.protection: 4, .support: 2, .governance: 0],
    footing: [.requirement: 6, .generalAdvice: 3, .goodPractice: 0],
    level: [.notMet: 3, .partlyMet: 1, .unknown: 0], disagreement: 2)
  /// The weights of the visit order.
  public var visits = VisitWeights([:])
  /// Answers that the agreement register can contradict.
  public var registerChecks: [RegisterCheck] = []

  /// Creates rules; the issue-17 rules (levels, completeness, seriousness, visit order)
  /// start at the shipped values and are set from `scoring.json` by the loader.
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
