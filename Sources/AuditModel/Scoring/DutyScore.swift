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
    // The values summed in question order from 0, as `reduce(0, +)` would, reading each
    // question in place instead of copying it out of the array.
    var sum = 0.0
    var count = 0
    for index in questions.indices {
      if let value = questions[index].value {
        sum += value
        count += 1
      }
    }
    guard count > 0 else { return nil }
    return 100 * sum / Double(count)
  }

  /// Questions that apply.
  public var applicableQuestions: Int {
    status == .excepted ? 0 : questions.indices.count { questions[$0].isApplicable }
  }

  /// Applicable questions with an answer.
  public var answeredQuestions: Int {
    status == .excepted ? 0 : questions.indices.count { questions[$0].isAnswered }
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
