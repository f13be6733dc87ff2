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
