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

/// What the answers say about one duty: its level (issue 17), or why it has none.
public enum DutyStatus: String, Hashable, Sendable, CaseIterable, Codable {
  /// No gaps on the deciding questions, and something was scored.
  case met = "uppfylld"
  /// A partial gap (normally `delvis`) on the deciding questions, nothing worse.
  case partlyMet = "delvis uppfylld"
  /// An unmet gap (normally `nej`, or an expired exception) on the deciding questions.
  case notMet = "ej uppfylld"
  /// Only `vet ej` gaps on the deciding questions: the level is unknown.
  case unknown = "okänd"
  /// Nothing scored (no ja/delvis/nej answers).
  case notAssessed = "ej bedömd"
  /// Every question `ej aktuellt`.
  case notApplicable = "ej aktuell"
  /// Covered by a valid exception.
  case excepted = "undantag"
}

/// The score of one duty in one response.
public struct DutyScore: Hashable, Sendable {
  /// The duty as it applied on the reference date.
  public var applied: AppliedDuty
  /// Its weight in area and total figures.
  public var weight: Double
  /// Each question.
  public var questions: [QuestionScore]
  /// The exception stated for this duty, if any.
  public var exception: DutyException?
  /// Whether that exception holds on the reference date.
  public var exceptionHolds: Bool
  /// The finding, if the duty has gaps or an expired exception.
  public var finding: Finding?
  /// What the answers say, worked out by the scorer with the rules of `scoring.json`.
  public var status: DutyStatus = .notAssessed
  /// Fulfilment if every unanswered or `vet ej` ja/delvis/nej question were `nej`.
  public var lowestFulfilment: Double?
  /// Fulfilment if every unanswered or `vet ej` ja/delvis/nej question were `ja`.
  public var highestFulfilment: Double?

  /// The duty.
  public var duty: Duty { applied.duty }

  /// Mean value of the scored questions, 0–100; `nil` when none was scored.
  public var fulfilment: Double? { fulfilment(status: status) }

  /// ``fulfilment`` for a duty whose ``status`` is already known.
  func fulfilment(status: DutyStatus) -> Double? {
    guard status != .excepted else { return nil }
    let values = questions.compactMap(\.value)
    guard !values.isEmpty else { return nil }
    return 100 * values.reduce(0, +) / Double(values.count)
  }

  /// Questions that apply.
  public var applicableQuestions: Int {
    status == .excepted ? 0 : questions.filter(\.isApplicable).count
  }

  /// Applicable questions with an answer.
  public var answeredQuestions: Int {
    status == .excepted ? 0 : questions.filter(\.isAnswered).count
  }

  /// Share answered, 0–100.
  public var completeness: Double? {
    applicableQuestions > 0
      ? 100 * Double(answeredQuestions) / Double(applicableQuestions) : nil
  }

  /// Whether the duty has a brist: a krav answered `nej` (or an expired exception on a
  /// *ska*).
  public var isDeficiency: Bool { finding?.kind == .deficiency }
}
