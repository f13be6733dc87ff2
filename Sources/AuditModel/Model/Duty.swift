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
    set { fields.value.id = newValue }
  }
  /// The area id.
  public var area: String {
    get { fields.value.area }
    set { fields.value.area = newValue }
  }
  /// Short Swedish title.
  public var title: String {
    get { fields.value.title }
    set { fields.value.title = newValue }
  }
  /// What socialnämnden must do, in plain Swedish.
  public var requirement: String {
    get { fields.value.requirement }
    set { fields.value.requirement = newValue }
  }
  /// The suggested action when the duty is not met.
  public var action: String {
    get { fields.value.action }
    set { fields.value.action = newValue }
  }
  /// An open question for the dialogue meeting.
  public var dialogue: String {
    get { fields.value.dialogue }
    set { fields.value.dialogue = newValue }
  }
  /// The ÖJ VNR themes this duty answers.
  public var themes: [String] {
    get { fields.value.themes }
    set { fields.value.themes = newValue }
  }
  /// The provisions the duty rests on, each with its own obligation.
  public var basis: [Basis] {
    get { fields.value.basis }
    set { fields.value.basis = newValue }
  }
  /// The checklist questions.
  public var questions: [Question] {
    get { fields.value.questions }
    set { fields.value.questions = newValue }
  }
  /// What is at stake when the duty is not met (required in model files).
  public var consequence: Consequence? {
    get { fields.value.consequence }
    set { fields.value.consequence = newValue }
  }
  /// A decision the socialnämnd can take when the duty is not met, in Swedish (required
  /// in model files).
  public var decision: String? {
    get { fields.value.decision }
    set { fields.value.decision = newValue }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    get { fields.value.location }
    set { fields.value.location = newValue }
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
