import Foundation

/// Turns a validated response into scores and findings with the model's rules.
public enum Scorer {
  /// Scores `response` against the duties in force on its reference date.
  public static func score(_ response: Response, model: DutyModel) -> ResponseScore {
    score(response, model: model, inForce: model.duties(inForceOn: response.metadata.referenceDate))
  }

  /// Scores `response` with the duties `calendar` gives for its reference date, as
  /// ``score(_:model:)`` does, without applying the model's provisions again.
  public static func score(_ response: Response, calendar: DutyCalendar) -> ResponseScore {
    let day = response.metadata.referenceDate
    return score(
      response, model: calendar.model, inForce: calendar.duties(inForceOn: day),
      footings: calendar.footings(inForceOn: day))
  }

  /// Scores `response` against `inForce`, the model's duties in force on its reference date;
  /// `footings`, when given, holds the footing of each of their questions in the same order
  /// (as ``DutyCalendar`` works them out once per day).
  static func score(
    _ response: Response, model: DutyModel, inForce: [AppliedDuty],
    footings: [[AppliedFooting]]? = nil
  ) -> ResponseScore {
    let day = response.metadata.referenceDate
    let rules = model.scoring
    let answers = Dictionary(
      response.answers.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
    let exceptions = Dictionary(
      response.exceptions.map { ($0.dutyID, $0) }, uniquingKeysWith: { first, _ in first })
    let duties = inForce.indices.map { dutyIndex -> DutyScore in
      let applied = inForce[dutyIndex]
      let known = footings?[dutyIndex]
      let questions = applied.duty.questions.indices.map { index -> QuestionScore in
        let question = applied.duty.questions[index]
        let answer = answers[question.id]
        let value = question.answerKind == .yesPartialNo ? rules.value(answer?.value) : nil
        return QuestionScore(
          question: question, answer: answer, value: value,
          footing: known?[index] ?? applied.footing(of: question, in: model))
      }
      let exception = exceptions[applied.duty.id]
      let holds = exception?.holds(on: day) ?? false
      var score = DutyScore(
        applied: applied, weight: rules.weight(applied.strength), questions: questions,
        exception: exception, exceptionHolds: holds, finding: nil)
      if !holds {
        score.finding = finding(for: score, expired: exception, rules: rules)
      }
      DutyLevels.assess(&score, expired: holds ? nil : exception, rules: rules)
      return score
    }
    let areas = model.areas.map { area -> AreaScore in
      let inArea = duties.filter { $0.duty.area == area.id }
      return AreaScore(area: area, duties: inArea, figures: Figures(inArea))
    }.filter { !$0.duties.isEmpty }
    return ResponseScore(
      response: response, modelVersion: model.version, duties: duties, areas: areas,
      total: Figures(duties), rules: rules)
  }

  private static func finding(
    for score: DutyScore, expired: DutyException?, rules: ScoringRules
  ) -> Finding? {
    // A question that rests only on a condition or permission is never a finding.
    let gaps = score.questions.compactMap { question -> Finding.Gap? in
      guard question.footing.level != .condition else { return nil }
      return question.gap.map {
        Finding.Gap(
          question: question.question, kind: $0, comment: question.answer?.comment ?? "",
          footing: question.footing)
      }
    }
    guard !gaps.isEmpty || expired != nil else { return nil }
    var urgencies = gaps.compactMap { gap in
      gap.footing.footing.flatMap { rules.urgency(for: gap.kind, footing: $0) }
    }
    let strength = score.applied.strength
    if expired != nil, let footing = strength.footing {
      urgencies += [rules.urgency(for: .expiredException, footing: footing)].compactMap { $0 }
    }
    return Finding(
      duty: score.duty, citation: score.applied.citation, strength: strength,
      gaps: gaps, expiredException: expired, action: score.duty.action,
      urgency: urgencies.min() ?? .consider,
      kind: DutyLevels.kind(gaps: gaps, expired: expired, strength: strength, rules: rules),
      level: .unknown)
  }
}
