/// How one question was answered and what it counts for.
public struct QuestionScore: Hashable, Sendable {
  /// The question.
  public var question: Question
  /// The answer row, if the file had one.
  public var answer: Answer?
  /// The value 0–1 of a scored answer (ja/delvis/nej on a ja/delvis/nej question).
  public var value: Double?
  /// The question's own footing on the reference date.
  public var footing: AppliedFooting

  /// The answer value, if any.
  public var answerValue: AnswerValue? { answer?.value }

  /// Whether the question applies (not `ej aktuellt`).
  public var isApplicable: Bool { answerValue != .notApplicable }

  /// Whether it has an answer that says something (not empty, not `vet ej`).
  public var isAnswered: Bool {
    guard let value = answerValue else { return false }
    return value != .unknown && value != .notApplicable
  }

  /// Whether it was answered `vet ej`.
  public var isUnknown: Bool { answerValue == .unknown }

  /// Whether it was answered `ja` without naming any evidence.
  public var isUnverified: Bool {
    answerValue == .yes && !(answer?.hasEvidence ?? false)
  }

  /// The gap this answer shows, if any.
  public var gap: GapKind? {
    guard question.answerKind == .yesPartialNo else { return nil }
    switch answerValue {
    case .no: return .no
    case .partial: return .partial
    case .unknown: return .unknown
    default: return nil
    }
  }
}
