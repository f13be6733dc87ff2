/// The scores and findings of one response.
public struct ResponseScore: Hashable, Sendable {
  /// The response.
  public var response: Response
  /// The model version used.
  public var modelVersion: String
  /// Every duty in force on the reference date, in model order.
  public var duties: [DutyScore]
  /// Every area, in model order, with its duties.
  public var areas: [AreaScore]
  /// The whole response.
  public var total: Figures
  /// The rules it was scored with.
  public var rules: ScoringRules

  /// The findings, most serious first (``SeriousnessRule`` in `scoring.json`).
  public var findings: [Finding] { findings(disagreeing: []) }

  /// The findings, most serious first, counting civil-society disagreement on the duties
  /// in `disagreeing`.
  public func findings(disagreeing: Set<String>) -> [Finding] {
    Seriousness.ordered(
      duties.compactMap(\.finding), rule: rules.seriousness, disagreeing: disagreeing)
  }

  /// Every question answered `ej aktuellt`, in model order, with the respondent's reason.
  public var notApplicableAnswers: [(question: Question, reason: String)] {
    duties.flatMap { duty in
      duty.questions.compactMap { question in
        question.answerValue == .notApplicable
          ? (question.question, PersonalNumber.redacted(question.answer?.comment ?? "")) : nil
      }
    }
  }

  /// Why the response is "ofullständigt svar", in Swedish; `nil` when it is complete enough
  /// for one fulfilment figure (the thresholds are in `scoring.json`).
  public var incompleteReason: String? {
    let n = SwedishNumber.plain
    guard let completeness = total.completeness else {
      return "ingen fråga gäller enligt svaren"
    }
    if completeness < rules.completenessThreshold {
      return "\(total.answeredQuestions) av \(total.applicableQuestions) tillämpliga frågor "
        + "besvarade, \(SwedishNumber.oneDecimal(completeness)) % mot tröskeln "
        + "\(n(rules.completenessThreshold)) %"
    }
    let all = total.applicableQuestions + total.notApplicable
    if all > 0, 100 * Double(total.notApplicable) / Double(all) > rules.notApplicableLimit {
      return "ej aktuellt på \(total.notApplicable) av \(all) frågor, mer än "
        + "\(n(rules.notApplicableLimit)) %"
    }
    return nil
  }

  /// Whether the response is "ofullständigt svar": no single fulfilment figure is shown.
  public var isIncomplete: Bool {
    // The conditions of `incompleteReason`, without writing the reason: every comparison and
    // brief asks this of every response many times.
    guard let completeness = total.completeness else { return true }
    if completeness < rules.completenessThreshold { return true }
    let all = total.applicableQuestions + total.notApplicable
    return all > 0 && 100 * Double(total.notApplicable) / Double(all) > rules.notApplicableLimit
  }

  /// Every exception stated, with whether it holds.
  public var exceptions: [(exception: DutyException, holds: Bool)] {
    duties.compactMap { duty in duty.exception.map { ($0, duty.exceptionHolds) } }
  }
}
