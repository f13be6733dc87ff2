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
    /// The lagrum the question's footing rests on, on the reference date; the source for
    /// god praxis; the duty's lagrum when neither is known.
    public var citation: String
    /// The question's own footing on the reference date (shown in the `styrka` column).
    public var footing: AppliedFooting
    /// What counts as evidence.
    public var evidence: String

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
        let footing = duty.footing(of: question, in: model)
        let citation =
          footing.citation.isEmpty ? footing.source.map { "källa: \($0)" } : footing.citation
        return Row(
          questionID: question.id, area: model.area(duty.duty.area)?.title ?? duty.duty.area,
          dutyID: duty.duty.id, duty: duty.duty.title, question: question.text,
          answerKind: question.answerKind, choices: question.choices,
          citation: citation ?? duty.citation, footing: footing, evidence: question.evidence)
      }
    }
  }
}
