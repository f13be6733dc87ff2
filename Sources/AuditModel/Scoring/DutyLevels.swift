/// The level of a duty and the kind of its finding, by the rules of `scoring.json`
/// (issue 17): a krav answered `nej` is a brist, a krav answered `delvis` is a partly met
/// krav, and gaps on allmänt råd or god praxis are förbättringsområden.
enum DutyLevels {
  /// Sets `score`'s status, its finding's level and its fulfilment range.
  static func assess(_ score: inout DutyScore, expired: DutyException?, rules: ScoringRules) {
    let (lowest, highest) = range(score.questions, rules: rules)
    score.lowestFulfilment = lowest
    score.highestFulfilment = highest
    guard !score.exceptionHolds else {
      score.status = .excepted
      return
    }
    let status = status(score.questions, expired: expired != nil, rules: rules)
    score.status = status
    if score.finding != nil {
      score.finding?.level = level(of: status)
    }
  }

  /// The kind of a finding with `gaps` (and an expired exception, if any).
  static func kind(
    gaps: [Finding.Gap], expired: DutyException?, strength: Strength, rules: ScoringRules
  ) -> Finding.Kind {
    let onRequirement = gaps.filter { $0.footing.isRequirement }.map(\.kind)
    if (expired != nil && strength.isMandatory)
      || onRequirement.contains(where: rules.notMetGaps.contains)
    {
      return .deficiency
    }
    if onRequirement.contains(where: rules.partlyMetGaps.contains) { return .partlyMet }
    if expired != nil || gaps.contains(where: { $0.kind != .unknown }) { return .improvementArea }
    return .unknown
  }

  /// The status from the questions of the strongest footing that has an answer.
  static func status(_ questions: [QuestionScore], expired: Bool, rules: ScoringRules)
    -> DutyStatus
  {
    // The questions are read in place through their indices, not copied out of the array.
    if !questions.indices.contains(where: { questions[$0].isApplicable }) {
      return .notApplicable
    }
    if expired { return .notMet }
    let answered = questions.indices.filter {
      questions[$0].question.answerKind == .yesPartialNo
        && (questions[$0].value != nil || questions[$0].isUnknown)
    }
    guard answered.contains(where: { questions[$0].value != nil }) else {
      return answered.isEmpty ? .notAssessed : .unknown
    }
    // A question that rests only on a condition or permission never shows a gap.
    let deciding = answered.compactMap { questions[$0].footing.footing }.max()
    let gaps = answered.filter { deciding != nil && questions[$0].footing.footing == deciding }
      .compactMap { questions[$0].gap }
    if gaps.contains(where: rules.notMetGaps.contains) { return .notMet }
    if gaps.contains(where: rules.partlyMetGaps.contains) { return .partlyMet }
    if gaps.contains(.unknown) { return .unknown }
    return .met
  }

  private static func level(of status: DutyStatus) -> DutyLevel {
    switch status {
    case .met: return .met
    case .partlyMet: return .partlyMet
    case .notMet: return .notMet
    case .notApplicable: return .notApplicable
    case .unknown, .notAssessed, .excepted: return .unknown
    }
  }

  /// Fulfilment with every unanswered or `vet ej` ja/delvis/nej question set to `nej`, and
  /// to `ja`; `nil` when the duty has no such question that applies.
  static func range(_ questions: [QuestionScore], rules: ScoringRules) -> (Double?, Double?) {
    var known: [Double] = []
    var open = 0
    // The questions are read in place, not copied out of the array.
    for index in questions.indices where questions[index].question.answerKind == .yesPartialNo {
      if let value = questions[index].value {
        known.append(value)
      } else if questions[index].isApplicable {
        open += 1
      }
    }
    let count = Double(known.count + open)
    guard count > 0 else { return (nil, nil) }
    let sum = known.reduce(0, +)
    return (
      100 * (sum + Double(open) * rules.no) / count,
      100 * (sum + Double(open) * rules.yes) / count
    )
  }
}
