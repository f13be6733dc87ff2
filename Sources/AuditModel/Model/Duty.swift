/// A statutory duty of socialnämnden, resting on one or more provisions over time.
///
/// The id is stable: a duty that moved from SoL 2001:453 to SoL 2025:400 keeps it,
/// and lists both provisions in its basis.
public struct Duty: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `D023`; never reused or renumbered.
  public var id: String
  /// The area id.
  public var area: String
  /// Short Swedish title.
  public var title: String
  /// What socialnämnden must do, in plain Swedish.
  public var requirement: String
  /// The suggested action when the duty is not met.
  public var action: String
  /// An open question for the dialogue meeting.
  public var dialogue: String
  /// The ÖJ VNR themes this duty answers.
  public var themes: [String]
  /// The provisions the duty rests on, each with its own obligation.
  public var basis: [Basis]
  /// The checklist questions.
  public var questions: [Question]
  /// What is at stake when the duty is not met (required in model files).
  public var consequence: Consequence?
  /// A decision the socialnämnd can take when the duty is not met, in Swedish (required
  /// in model files).
  public var decision: String?
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates a duty.
  public init(
    id: String, area: String, title: String, requirement: String, action: String,
    dialogue: String, themes: [String], basis: [Basis], questions: [Question],
    consequence: Consequence? = nil, decision: String? = nil, location: SourceLocation
  ) {
    self.consequence = consequence
    self.decision = decision
    self.id = id
    self.area = area
    self.title = title
    self.requirement = requirement
    self.action = action
    self.dialogue = dialogue
    self.themes = themes
    self.basis = basis
    self.questions = questions
    self.location = location
  }
}
