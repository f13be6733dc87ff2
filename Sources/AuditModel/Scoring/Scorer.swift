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
    // A checklist as the tool writes it has one row per question in force, in the order
    // scored here: then each question's answer is the next row. Any other file (rows moved,
    // missing or repeated) is looked up by question id, the first row for an id counting.
    let inOrder = Self.answersInOrder(response.answers, inForce: inForce)
    let answers =
      inOrder
      ? [:]
      : Dictionary(
        response.answers.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
    var position = 0
    let exceptions = Dictionary(
      response.exceptions.map { ($0.dutyID, $0) }, uniquingKeysWith: { first, _ in first })
    let duties = inForce.indices.map { dutyIndex -> DutyScore in
      let applied = inForce[dutyIndex]
      let known = footings?[dutyIndex]
      // The duty's questions are taken out once, not once per question.
      let dutyQuestions = applied.duty.questions
      var questions: [QuestionScore] = []
      questions.reserveCapacity(dutyQuestions.count)
      for index in dutyQuestions.indices {
        let question = dutyQuestions[index]
        let answer = inOrder ? response.answers[position] : answers[question.id]
        position += 1
        let value = question.answerKind == .yesPartialNo ? rules.value(answer?.value) : nil
        questions.append(
          QuestionScore(
            question: question, answer: answer, value: value,
            footing: known?[index] ?? applied.footing(of: question, in: model)))
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
    // Each duty's area is looked up once; the duties keep their order within an area.
    var byArea: [String: [DutyScore]] = [:]
    for (applied, score) in zip(inForce, duties) {
      byArea[applied.duty.area, default: []].append(score)
    }
    let areas = model.areas.compactMap { area -> AreaScore? in
      guard let inArea = byArea[area.id] else { return nil }
      return AreaScore(area: area, duties: inArea, figures: Figures(inArea))
    }
    return ResponseScore(
      response: response, modelVersion: model.version, duties: duties, areas: areas,
      total: Figures(duties), rules: rules)
  }

  /// Whether `answers` are exactly one per question of `inForce`, in that order.
  static func answersInOrder(_ answers: [Answer], inForce: [AppliedDuty]) -> Bool {
    var position = 0
    for applied in inForce {
      let questions = applied.duty.questions
      for index in questions.indices {
        guard position < answers.count, answers[position].questionID == questions[index].id
        else { return false }
        position += 1
      }
    }
    return position == answers.count
  }

  private static func finding(
    for score: DutyScore, expired: DutyException?, rules: ScoringRules
  ) -> Finding? {
    // A question that rests only on a condition or permission is never a finding. The
    // questions are read in place, not copied out one by one.
    var gaps: [Finding.Gap] = []
    let questions = score.questions
    for index in questions.indices where questions[index].footing.level != .condition {
      guard let kind = questions[index].gap else { continue }
      gaps.append(
        Finding.Gap(
          question: questions[index].question, kind: kind,
          comment: questions[index].answer?.comment ?? "", footing: questions[index].footing))
    }
    guard !gaps.isEmpty || expired != nil else { return nil }
    // The most urgent of the gaps' urgencies (and the expired exception's).
    var urgency: Urgency?
    func consider(_ found: Urgency?) {
      guard let found else { return }
      urgency = urgency.map { min($0, found) } ?? found
    }
    for index in gaps.indices {
      consider(
        gaps[index].footing.footing.flatMap { rules.urgency(for: gaps[index].kind, footing: $0) })
    }
    let strength = score.applied.strength
    if expired != nil, let footing = strength.footing {
      consider(rules.urgency(for: .expiredException, footing: footing))
    }
    let duty = score.duty
    return Finding(
      duty: duty, citation: score.applied.citation, strength: strength,
      gaps: gaps, expiredException: expired, action: duty.action,
      urgency: urgency ?? .consider,
      kind: DutyLevels.kind(gaps: gaps, expired: expired, strength: strength, rules: rules),
      level: .unknown)
  }
}
