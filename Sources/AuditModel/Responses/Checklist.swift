/// The checklist a municipality fills in: every question of every duty in force on
/// the reference date, with the lagrum of that date.
public struct Checklist: Hashable, Sendable {
  /// What the checklist says about itself.
  public var metadata: ResponseMetadata
  /// One row per question, in model order.
  public var rows: [Row]

  /// One question of the checklist.
  public struct Row: Hashable, Sendable {
    /// Question id.
    public var questionID: String
    /// Area title.
    public var area: String
    /// Duty id.
    public var dutyID: String
    /// Duty title.
    public var duty: String
    /// The question.
    public var question: String
    /// The kind of answer expected.
    public var answerKind: AnswerKind
    /// Allowed choices for a choice question.
    public var choices: [String]
    /// The lagrum in force on the reference date.
    public var citation: String
    /// The duty's strength on the reference date.
    public var strength: Strength
    /// What counts as evidence.
    public var evidence: String
    /// An answer filled in beforehand (carried forward from the previous round).
    public var answer = ""
    /// A comment filled in beforehand.
    public var comment = ""
    /// Evidence named beforehand.
    public var givenEvidence = ""
    /// What the previous round says about the question, when the checklist was made with one.
    public var mark: CarryMark?

    /// The allowed answers, in Swedish, as written into the file.
    public var allowedAnswers: String {
      switch answerKind {
      case .yesPartialNo: return "ja, delvis, nej, vet ej, ej aktuellt"
      case .number: return "ett tal, vet ej, ej aktuellt"
      case .date: return "datum ÅÅÅÅ-MM-DD, vet ej, ej aktuellt"
      case .choice: return (choices + ["vet ej", "ej aktuellt"]).joined(separator: " / ")
      case .text: return "fritext"
      }
    }
  }

  /// Builds the checklist for `metadata.referenceDate` from `model`.
  public init(model: DutyModel, metadata: ResponseMetadata) {
    self.metadata = metadata
    let applied = model.duties(inForceOn: metadata.referenceDate)
    rows = applied.flatMap { duty in
      duty.duty.questions.map { question in
        Row(
          questionID: question.id, area: model.area(duty.duty.area)?.title ?? duty.duty.area,
          dutyID: duty.duty.id, duty: duty.duty.title, question: question.text,
          answerKind: question.answerKind, choices: question.choices, citation: duty.citation,
          strength: duty.strength, evidence: question.evidence)
      }
    }
  }
}
