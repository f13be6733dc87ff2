/// A checklist question a municipal manager answers for one duty.
public struct Question: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `D023-1`; never reused.
  public var id: String
  /// The duty the question belongs to.
  public var dutyID: String
  /// The question in plain Swedish.
  public var text: String
  /// What kind of answer is expected.
  public var answerKind: AnswerKind
  /// The allowed choices when `answerKind` is `.choice`.
  public var choices: [String]
  /// What counts as evidence (underlag) for the answer.
  public var evidence: String
  /// The declared legal footing (required in model files; `nil` only for questions built
  /// in code, which then take what their basis allows).
  public var declaredFooting: Footing?
  /// The question's own basis entries; empty when it rests on its duty's basis.
  public var basis: [Basis]
  /// Where a good practice comes from (required for `god praxis`), in Swedish.
  public var source: String?
  /// When "ej aktuellt" is a possible answer, in Swedish; `nil` when it never is.
  public var notApplicable: String?
  /// Where it is defined.
  public var location: SourceLocation
  /// Where its `footing` is written, for lint messages.
  var footingPosition: SourcePosition?

  /// Creates a question.
  public init(
    id: String, dutyID: String, text: String, answerKind: AnswerKind, choices: [String] = [],
    evidence: String, declaredFooting: Footing? = nil, basis: [Basis] = [],
    source: String? = nil, notApplicable: String? = nil, location: SourceLocation
  ) {
    self.declaredFooting = declaredFooting
    self.basis = basis
    self.source = source
    self.notApplicable = notApplicable
    self.id = id
    self.dutyID = dutyID
    self.text = text
    self.answerKind = answerKind
    self.choices = choices
    self.evidence = evidence
    self.location = location
  }
}
