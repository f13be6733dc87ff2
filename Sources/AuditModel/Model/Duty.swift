/// A statutory duty of socialnämnden, resting on one or more provisions over time.
///
/// The id is stable: a duty that moved from SoL 2001:453 to SoL 2025:400 keeps it,
/// and lists both provisions in its basis.
public struct Duty: Hashable, Sendable, Identifiable {
  /// The stored fields, kept once and shared by every copy (see ``Shared``).
  private var fields: Shared<Fields>

  /// Stable id, e.g. `D023`; never reused or renumbered.
  public var id: String {
    get { fields.value.id }
    _modify { yield &fields.value.id }
  }
  /// The area id.
  public var area: String {
    get { fields.value.area }
    _modify { yield &fields.value.area }
  }
  /// Short Swedish title.
  public var title: String {
    get { fields.value.title }
    _modify { yield &fields.value.title }
  }
  /// What socialnämnden must do, in plain Swedish.
  public var requirement: String {
    get { fields.value.requirement }
    _modify { yield &fields.value.requirement }
  }
  /// The suggested action when the duty is not met.
  public var action: String {
    get { fields.value.action }
    _modify { yield &fields.value.action }
  }
  /// An open question for the dialogue meeting.
  public var dialogue: String {
    get { fields.value.dialogue }
    _modify { yield &fields.value.dialogue }
  }
  /// The ÖJ VNR themes this duty answers.
  public var themes: [String] {
    get { fields.value.themes }
    _modify { yield &fields.value.themes }
  }
  /// The provisions the duty rests on, each with its own obligation.
  public var basis: [Basis] {
    get { fields.value.basis }
    _modify { yield &fields.value.basis }
  }
  /// The checklist questions.
  public var questions: [Question] {
    get { fields.value.questions }
    _modify { yield &fields.value.questions }
  }
  /// What is at stake when the duty is not met (required in model files).
  public var consequence: Consequence? {
    get { fields.value.consequence }
    _modify { yield &fields.value.consequence }
  }
  /// A decision the socialnämnd can take when the duty is not met, in Swedish (required
  /// in model files).
  public var decision: String? {
    get { fields.value.decision }
    _modify { yield &fields.value.decision }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    get { fields.value.location }
    _modify { yield &fields.value.location }
  }

  /// Creates a duty.
  public init(
    id: String, area: String, title: String, requirement: String, action: String,
    dialogue: String, themes: [String], basis: [Basis], questions: [Question],
    consequence: Consequence? = nil, decision: String? = nil, location: SourceLocation
  ) {
    fields = Shared(
      Fields(
        id: id, area: area, title: title, requirement: requirement, action: action,
        dialogue: dialogue, themes: themes, basis: basis, questions: questions,
        consequence: consequence, decision: decision, location: location))
  }
}

extension Duty {
  /// The stored fields of a duty.
  struct Fields: Hashable, Sendable {
    var id: String
    var area: String
    var title: String
    var requirement: String
    var action: String
    var dialogue: String
    var themes: [String]
    var basis: [Basis]
    var questions: [Question]
    var consequence: Consequence?
    var decision: String?
    var location: SourceLocation
  }
}
