/// A checklist question a municipal manager answers for one duty.
public struct Question: Hashable, Sendable, Identifiable {
  /// The stored fields, kept once and shared by every copy (see ``Shared``).
  private var fields: Shared<Fields>

  /// Stable id, e.g. `D023-1`; never reused.
  public var id: String {
    get { fields.value.id }
    _modify { yield &fields.value.id }
  }
  /// The duty the question belongs to.
  public var dutyID: String {
    get { fields.value.dutyID }
    _modify { yield &fields.value.dutyID }
  }
  /// The question in plain Swedish.
  public var text: String {
    get { fields.value.text }
    _modify { yield &fields.value.text }
  }
  /// What kind of answer is expected.
  public var answerKind: AnswerKind {
    get { fields.value.answerKind }
    _modify { yield &fields.value.answerKind }
  }
  /// The allowed choices when `answerKind` is `.choice`.
  public var choices: [String] {
    get { fields.value.choices }
    _modify { yield &fields.value.choices }
  }
  /// What counts as evidence (underlag) for the answer.
  public var evidence: String {
    get { fields.value.evidence }
    _modify { yield &fields.value.evidence }
  }
  /// The declared legal footing (required in model files; `nil` only for questions built
  /// in code, which then take what their basis allows).
  public var declaredFooting: Footing? {
    get { fields.value.declaredFooting }
    _modify { yield &fields.value.declaredFooting }
  }
  /// The question's own basis entries; empty when it rests on its duty's basis.
  public var basis: [Basis] {
    get { fields.value.basis }
    _modify { yield &fields.value.basis }
  }
  /// Where a good practice comes from (required for `god praxis`), in Swedish.
  public var source: String? {
    get { fields.value.source }
    _modify { yield &fields.value.source }
  }
  /// When "ej aktuellt" is a possible answer, in Swedish; `nil` when it never is.
  public var notApplicable: String? {
    get { fields.value.notApplicable }
    _modify { yield &fields.value.notApplicable }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    get { fields.value.location }
    _modify { yield &fields.value.location }
  }
  /// Where its `footing` is written, for lint messages.
  var footingPosition: SourcePosition? {
    get { fields.value.footingPosition }
    _modify { yield &fields.value.footingPosition }
  }

  /// Creates a question.
  public init(
    id: String, dutyID: String, text: String, answerKind: AnswerKind, choices: [String] = [],
    evidence: String, declaredFooting: Footing? = nil, basis: [Basis] = [],
    source: String? = nil, notApplicable: String? = nil, location: SourceLocation
  ) {
    fields = Shared(
      Fields(
        id: id, dutyID: dutyID, text: text, answerKind: answerKind, choices: choices,
        evidence: evidence, declaredFooting: declaredFooting, basis: basis, source: source,
        notApplicable: notApplicable, location: location, footingPosition: nil))
  }
}

extension Question {
  /// The stored fields of a question.
  struct Fields: Hashable, Sendable {
    var id: String
    var dutyID: String
    var text: String
    var answerKind: AnswerKind
    var choices: [String]
    var evidence: String
    var declaredFooting: Footing?
    var basis: [Basis]
    var source: String?
    var notApplicable: String?
    var location: SourceLocation
    var footingPosition: SourcePosition?
  }
}
