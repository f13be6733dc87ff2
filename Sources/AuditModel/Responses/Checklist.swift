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
    /// An answer filled in beforehand (carried forward from the previous round).
    public var answer = ""
    /// A comment filled in beforehand.
    public var comment = ""
    /// Evidence named beforehand.
    public var givenEvidence = ""
    /// What the previous round says about the question, when the checklist was made with one.
    public var mark: CarryMark?
    /// When "ej aktuellt" is a possible answer, as the model says; `nil` when the question
    /// applies in every municipality and "ej aktuellt" is not allowed.
    public var notApplicable: String?
    /// Why "ej aktuellt" is not allowed, e.g. "plikten D012 (…) gäller i alla kommuner".
    public var appliesEverywhere: String {
      AnswerMessages.appliesEverywhere(dutyID: dutyID, title: duty)
    }

    /// The allowed answers, in Swedish, as written into the file: "ej aktuellt" only where
    /// the model allows it.
    public var allowedAnswers: String {
      let common = notApplicable == nil ? ["vet ej"] : ["vet ej", "ej aktuellt"]
      switch answerKind {
      case .yesPartialNo: return (["ja", "delvis", "nej"] + common).joined(separator: ", ")
      case .number: return (["ett tal"] + common).joined(separator: ", ")
      case .date: return (["datum ÅÅÅÅ-MM-DD"] + common).joined(separator: ", ")
      case .choice: return (choices + common).joined(separator: " / ")
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
        let footing = duty.footing(of: question, in: model)
        let citation =
          footing.citation.isEmpty ? footing.source.map { "källa: \($0)" } : footing.citation
        return Row(
          questionID: question.id, area: model.area(duty.duty.area)?.title ?? duty.duty.area,
          dutyID: duty.duty.id, duty: duty.duty.title, question: question.text,
          answerKind: question.answerKind, choices: question.choices,
          citation: citation ?? duty.citation, footing: footing, evidence: question.evidence,
          notApplicable: question.notApplicable)
      }
    }
  }

  /// The rows of civil society's questionnaire; each names the duties it concerns, with
  /// their lagrum and the strongest footing their basis gives on the reference date.
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
        // The organisation tells what it sees; the footing shown is that of the duties the
        // question concerns, on the reference date.
        footing: AppliedDuty.footing(
          declared: nil, source: nil,
          duties.flatMap(\.basis).sorted { $0.strength > $1.strength }),
        evidence: item.question.evidence)
    }
  }
}
