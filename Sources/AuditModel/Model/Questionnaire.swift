/// Civil society's own questionnaire (`checklists/model/civilsamhalle.json`): a short form
/// about what a kvinnojour or other organisation can know of the municipality's work, each
/// question tied to the duties, to the municipality's own questions and to `avtal.csv`.
public struct Questionnaire: Hashable, Sendable {
  /// The model file it is read from, relative to the model folder.
  public static let file = "civilsamhalle.json"
  /// More questions than this draw a warning: an organisation should finish in a quarter hour.
  public static let recommendedMaximum = 30

  /// Swedish title.
  public var title: String
  /// The sections, in display order: `(id, title)`.
  public var sections: [(id: String, title: String)]
  /// The questions, in display order.
  public var items: [Item]

  /// Creates a questionnaire.
  public init(title: String, sections: [(id: String, title: String)], items: [Item]) {
    self.title = title
    self.sections = sections
    self.items = items
  }

  /// One question with what it is compared with.
  public struct Item: Hashable, Sendable {
    /// The question (its `dutyID` is the first of `duties`).
    public var question: Question
    /// The section id.
    public var section: String
    /// The duties the question says something about.
    public var duties: [String]
    /// The municipality's own questions to compare with.
    public var municipalityQuestions: [String]
    /// The `avtal.csv` column the answer is compared with.
    public var agreementField: AgreementField?
    /// Answers that raise the dialogue question; `*` is any answer.
    public var concerns: [String]
    /// The dialogue question, with `{organisation}`, `{kommun}` and `{svar}`.
    public var dialogue: String

    /// Creates an item.
    public init(
      question: Question, section: String, duties: [String], municipalityQuestions: [String],
      agreementField: AgreementField?, concerns: [String], dialogue: String
    ) {
      self.question = question
      self.section = section
      self.duties = duties
      self.municipalityQuestions = municipalityQuestions
      self.agreementField = agreementField
      self.concerns = concerns
      self.dialogue = dialogue
    }

    /// Whether `value` is one of the answers that raise the dialogue question.
    public func isConcern(_ value: AnswerValue) -> Bool {
      let given = AnswerValue.normalized(value.text)
      guard !given.isEmpty else { return false }
      return concerns.contains { $0 == "*" || AnswerValue.normalized($0) == given }
    }
  }

  /// The columns of `avtal.csv` a question can be compared with.
  public enum AgreementField: String, Hashable, Sendable, CaseIterable {
    /// The form (IOP, avtal efter upphandling, …).
    case form
    /// What it covers.
    case scope = "omfattning"
    /// The last day.
    case end = "slut"
    /// The status (gällande, uppsagt, under upphandling).
    case status
    /// The planned procurement date.
    case plannedProcurementDate = "planerat upphandlingsdatum"
    /// The latest follow-up.
    case latestFollowUp = "senaste uppföljning"
  }

  /// The question with `id`, if any.
  public func item(_ id: String) -> Item? {
    items.first { $0.question.id == id }
  }

  /// The title of the section with `id`.
  public func sectionTitle(_ id: String) -> String {
    sections.first { $0.id == id }?.title ?? id
  }

  /// Compares by content.
  public static func == (lhs: Questionnaire, rhs: Questionnaire) -> Bool {
    lhs.title == rhs.title && lhs.items == rhs.items
      && lhs.sections.map(\.id) == rhs.sections.map(\.id)
      && lhs.sections.map(\.title) == rhs.sections.map(\.title)
  }

  /// Hashes the content.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(title)
    hasher.combine(items)
    hasher.combine(sections.map(\.id))
  }
}
