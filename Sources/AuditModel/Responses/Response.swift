/// One filled-in checklist: a municipality (or an organisation speaking about it)
/// answering for one round.
public struct Response: Hashable, Sendable {
  /// What the file says about itself.
  public var metadata: ResponseMetadata
  /// One entry per question row in the file, in file order.
  public var answers: [Answer]
  /// Duties the respondent says are covered another way.
  public var exceptions: [DutyException]
  /// The file, as the user named it.
  public var file: String

  /// Creates a response.
  public init(
    metadata: ResponseMetadata, answers: [Answer], exceptions: [DutyException] = [],
    file: String
  ) {
    self.metadata = metadata
    self.answers = answers
    self.exceptions = exceptions
    self.file = file
  }

  /// The answer to `questionID`, if the file has a row for it.
  public func answer(_ questionID: String) -> Answer? {
    answers.first { $0.questionID == questionID }
  }
}

/// One question row of a response.
public struct Answer: Hashable, Sendable {
  /// The question id.
  public var questionID: String
  /// The answer; `nil` when left empty (missing is not `nej`).
  public var value: AnswerValue?
  /// The respondent's comment.
  public var comment: String
  /// The evidence (underlag) the respondent names.
  public var evidence: String
  /// Where the row is.
  public var position: SourcePosition

  /// Creates an answer.
  public init(
    questionID: String, value: AnswerValue?, comment: String = "", evidence: String = "",
    position: SourcePosition = .start
  ) {
    self.questionID = questionID
    self.value = value
    self.comment = comment
    self.evidence = evidence
    self.position = position
  }

  /// Whether the respondent names any evidence.
  public var hasEvidence: Bool {
    !evidence.allSatisfy(\.isWhitespace)
  }
}

/// A duty the municipality says it covers another way (undantag), with a
/// justification and a last valid day. It shows in every report; once expired it
/// turns back into a finding.
public struct DutyException: Hashable, Sendable {
  /// The duty id.
  public var dutyID: String
  /// Why, and how the duty is covered.
  public var justification: String
  /// The last day the exception holds.
  public var validUntil: Day

  /// Creates an exception.
  public init(dutyID: String, justification: String, validUntil: Day) {
    self.dutyID = dutyID
    self.justification = justification
    self.validUntil = validUntil
  }

  /// Whether the exception holds on `day`.
  public func holds(on day: Day) -> Bool {
    day <= validUntil
  }
}
