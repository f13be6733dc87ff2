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
    // One pass over the gaps, without building lists.
    var notMetOnRequirement = false
    var partlyMetOnRequirement = false
    var definite = false
    for index in gaps.indices {
      let kind = gaps[index].kind
      if kind != .unknown { definite = true }
      guard gaps[index].footing.isRequirement else { continue }
      if rules.notMetGaps.contains(kind) { notMetOnRequirement = true }
      if rules.partlyMetGaps.contains(kind) { partlyMetOnRequirement = true }
    }
    if (expired != nil && strength.isMandatory) || notMetOnRequirement { return .deficiency }
    if partlyMetOnRequirement { return .partlyMet }
    if expired != nil || definite { return .improvementArea }
    return .unknown
  }

  /// The status from the questions of the strongest footing that has an answer.
  static func status(_ questions: [QuestionScore], expired: Bool, rules: ScoringRules)
    -> DutyStatus
  {
    // In passes over the questions, read in place, without building lists: a duty is judged
    // for every duty of every response, and lists of indices would cost more than the rule.
    var anyApplicable = false
    for index in questions.indices where questions[index].isApplicable {
      anyApplicable = true
      break
    }
    if !anyApplicable { return .notApplicable }
    if expired { return .notMet }
    // The answered ja/delvis/nej questions (vet ej counts as answered here), and the strongest
    // footing among them.
    func isAnswered(_ index: Int) -> Bool {
      questions[index].question.answerKind == .yesPartialNo
        && (questions[index].value != nil || questions[index].isUnknown)
    }
    var anyAnswered = false
    var anyValue = false
    var deciding: Footing?
    for index in questions.indices where isAnswered(index) {
      anyAnswered = true
      if questions[index].value != nil { anyValue = true }
      if let footing = questions[index].footing.footing {
        deciding = deciding.map { max($0, footing) } ?? footing
      }
    }
    guard anyValue else { return anyAnswered ? .unknown : .notAssessed }
    // A question that rests only on a condition or permission never shows a gap.
    guard let deciding else { return .met }
    var notMet = false
    var partlyMet = false
    var unknown = false
    for index in questions.indices
    where isAnswered(index) && questions[index].footing.footing == deciding {
      guard let gap = questions[index].gap else { continue }
      if rules.notMetGaps.contains(gap) { notMet = true }
      if rules.partlyMetGaps.contains(gap) { partlyMet = true }
      if gap == .unknown { unknown = true }
    }
    if notMet { return .notMet }
    if partlyMet { return .partlyMet }
    if unknown { return .unknown }
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
    // The known values are summed in question order from 0, as `reduce(0, +)` over a list of
    // them would, and the questions are read in place.
    var sum = 0.0
    var known = 0
    var open = 0
    for index in questions.indices where questions[index].question.answerKind == .yesPartialNo {
      if let value = questions[index].value {
        sum += value
        known += 1
      } else if questions[index].isApplicable {
        open += 1
      }
    }
    let count = Double(known + open)
    guard count > 0 else { return (nil, nil) }
    return (
      100 * (sum + Double(open) * rules.no) / count,
      100 * (sum + Double(open) * rules.yes) / count
    )
  }
}
