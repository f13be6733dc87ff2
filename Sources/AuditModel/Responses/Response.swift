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
