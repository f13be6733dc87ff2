/// One filled-in checklist: a municipality (or an organisation speaking about it)
/// answering for one round.
public struct Response: Hashable, Sendable {
  /// What the file says about itself.
  public var metadata: ResponseMetadata
  /// One entry per question row in the file, in file order.
  public var answers: [Answer]
  /// The file, as the user named it.
  public var file: String

  /// Creates a response.
  public init(metadata: ResponseMetadata, answers: [Answer], file: String) {
    self.metadata = metadata
    self.answers = answers
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
