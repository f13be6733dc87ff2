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

  /// Builds the checklist for `metadata.referenceDate` from `model`: for the civil-society
  /// perspective, civil society's own questionnaire when the model has one.
  public init(model: DutyModel, metadata: ResponseMetadata) {
    self.metadata = metadata
    let applied = model.duties(inForceOn: metadata.referenceDate)
    if metadata.perspective == .civilSociety, let questionnaire = model.questionnaire {
      rows = Self.rows(questionnaire, applied: applied)
      return
    }
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

  /// The rows of civil society's questionnaire; each names the duties it concerns, with
  /// their lagrum and the strongest strength on the reference date.
  private static func rows(_ questionnaire: Questionnaire, applied: [AppliedDuty]) -> [Row] {
    let byID = Dictionary(
      applied.map { ($0.duty.id, $0) }, uniquingKeysWith: { first, _ in first })
    return questionnaire.items.map { item in
      let duties = item.duties.compactMap { byID[$0] }
      return Row(
        questionID: item.question.id, area: questionnaire.sectionTitle(item.section),
        dutyID: item.duties.joined(separator: ", "),
        duty: duties.map(\.duty.title).joined(separator: "; "), question: item.question.text,
        answerKind: item.question.answerKind, choices: item.question.choices,
        citation: duties.map(\.citation).joined(separator: "; "),
        strength: duties.map(\.strength).max()
          ?? Strength(obligation: .should, kind: .generalAdvice),
        evidence: item.question.evidence)
    }
  }
}
