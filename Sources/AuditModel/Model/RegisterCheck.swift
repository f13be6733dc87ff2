/// Answers that contradict a flag of the agreement register (`avtal.csv`): a "ja" on one of
/// `questions` while the municipality has a flag of kind `flag` (for an agreement covering
/// `scope`, when given) is a discrepancy, shown like a civil-society disagreement.
public struct RegisterCheck: Hashable, Sendable {
  /// The flag's Swedish name, e.g. `avtal har upphört utan ersättare`.
  public var flag: String
  /// What the flagged agreement must cover, e.g. `skyddat boende`; `nil` for any.
  public var scope: String?
  /// The question ids whose "ja" the flag contradicts.
  public var questions: [String]

  /// Creates a check.
  public init(flag: String, scope: String?, questions: [String]) {
    self.flag = flag
    self.scope = scope
    self.questions = questions
  }
}
