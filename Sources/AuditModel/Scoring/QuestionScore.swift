/// How one question was answered and what it counts for.
///
/// What the answer is (applies, answered, vet ej, ja without evidence) is worked out once when
/// the score is made: the figures of a response ask it of every question many times.
public struct QuestionScore: Hashable, Sendable {
  /// The question.
  public let question: Question
  /// The answer row, if the file had one.
  public let answer: Answer?
  /// The value 0–1 of a scored answer (ja/delvis/nej on a ja/delvis/nej question).
  public let value: Double?
  /// The question's own footing on the reference date.
  public let footing: AppliedFooting
  /// Whether the question applies (not `ej aktuellt`).
  public let isApplicable: Bool
  /// Whether it has an answer that says something (not empty, not `vet ej`).
  public let isAnswered: Bool
  /// Whether the answer is `vet ej`.
  public let isUnknown: Bool
  /// Whether the answer is `ja` without any evidence (underlag) given.
  public let isUnverified: Bool
  /// The gap the answer shows on a ja/delvis/nej question (`nej`, `delvis` or `vet ej`), if any.
  public let gap: GapKind?

  /// Scores `answer` to `question`.
  public init(question: Question, answer: Answer?, value: Double?, footing: AppliedFooting) {
    self.question = question
    self.answer = answer
    self.value = value
    self.footing = footing
    let answerValue = answer?.value
    isApplicable = answerValue != .notApplicable
    isUnknown = answerValue == .unknown
    if let answerValue {
      isAnswered = answerValue != .unknown && answerValue != .notApplicable
    } else {
      isAnswered = false
    }
    isUnverified = answerValue == .yes && !(answer?.hasEvidence ?? false)
    switch question.answerKind == .yesPartialNo ? answerValue : nil {
    case .no: gap = .no
    case .partial: gap = .partial
    case .unknown: gap = .unknown
    default: gap = nil
    }
  }

  /// The answer value, if any.
  public var answerValue: AnswerValue? { answer?.value }

}
