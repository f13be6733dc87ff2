import Foundation

/// The figures reported for a duty, an area or a whole response.
public struct Figures: Hashable, Sendable, Codable {
  /// Fulfilment 0–100, weighted by strength above duty level; `nil` when nothing
  /// could be scored.
  public var fulfilment: Double?
  /// Share of applicable questions answered (ja, delvis, nej or a value), 0–100;
  /// `nil` when no question applies.
  public var completeness: Double?
  /// Questions that apply (not `ej aktuellt`, not covered by an exception).
  public var applicableQuestions: Int
  /// Of those, how many have an answer other than `vet ej`.
  public var answeredQuestions: Int
  /// Duties with a gap against a `ska` (brister).
  public var deficiencies: Int
  /// Duties with a gap against a `bör` (förbättringsområden).
  public var improvementAreas: Int
  /// Questions answered `vet ej`.
  public var unknowns: Int
  /// `ja` answers that name no evidence (underlag).
  public var unverified: Int
  /// Duties whose krav is only partly met (`delvis`, no `nej`): not brister, counted apart.
  public var partlyMet = 0
  /// Questions answered `ej aktuellt`.
  public var notApplicable = 0
  /// The lowest fulfilment the unanswered and `vet ej` questions allow (all `nej`).
  public var lowest: Double?
  /// The highest fulfilment they allow (all `ja`).
  public var highest: Double?

  /// Creates figures.
  public init(
    fulfilment: Double?, completeness: Double?, applicableQuestions: Int, answeredQuestions: Int,
    deficiencies: Int, improvementAreas: Int, unknowns: Int, unverified: Int
  ) {
    self.fulfilment = fulfilment
    self.completeness = completeness
    self.applicableQuestions = applicableQuestions
    self.answeredQuestions = answeredQuestions
    self.deficiencies = deficiencies
    self.improvementAreas = improvementAreas
    self.unknowns = unknowns
    self.unverified = unverified
  }

  /// Adds up duty scores: weighted fulfilment, pooled completeness, summed counts.
  public init(_ duties: [DutyScore]) {
    // One pass, working out each duty's status once; the sums run in duty order as before.
    var weights = 0.0
    var weightedSum = 0.0
    var applicable = 0
    var answered = 0
    var deficiencies = 0
    var improvementAreas = 0
    var unknowns = 0
    var unverified = 0
    var partlyMet = 0
    var notApplicable = 0
    var rangeWeights = 0.0
    var lowSum = 0.0
    var highSum = 0.0
    // Each duty and question is read in place, not copied out of its array.
    duties.withUnsafeBufferPointer { duties in
      for index in duties.indices {
        let status = duties[index].status
        if status == .excepted { continue }
        let weight = duties[index].weight
        if let fulfilment = duties[index].fulfilment(status: status) {
          weights += weight
          weightedSum += weight * fulfilment
        }
        if let low = duties[index].lowestFulfilment, let high = duties[index].highestFulfilment {
          rangeWeights += weight
          lowSum += weight * low
          highSum += weight * high
        }
        duties[index].questions.withUnsafeBufferPointer { questions in
          for question in questions.indices {
            if !questions[question].isApplicable { notApplicable += 1 }
            if questions[question].isApplicable { applicable += 1 }
            if questions[question].isAnswered { answered += 1 }
            if questions[question].isUnknown { unknowns += 1 }
            if questions[question].isUnverified { unverified += 1 }
          }
        }
        switch duties[index].finding?.kind {
        case .deficiency: deficiencies += 1
        case .partlyMet: partlyMet += 1
        case .improvementArea: improvementAreas += 1
        case .unknown, .none: break
        }
      }
    }
    self.partlyMet = partlyMet
    self.notApplicable = notApplicable
    lowest = rangeWeights > 0 ? lowSum / rangeWeights : nil
    highest = rangeWeights > 0 ? highSum / rangeWeights : nil
    fulfilment = weights > 0 ? weightedSum / weights : nil
    applicableQuestions = applicable
    answeredQuestions = answered
    completeness =
      applicable > 0 ? 100 * Double(answered) / Double(applicable) : nil
    self.deficiencies = deficiencies
    self.improvementAreas = improvementAreas
    self.unknowns = unknowns
    self.unverified = unverified
  }

}
