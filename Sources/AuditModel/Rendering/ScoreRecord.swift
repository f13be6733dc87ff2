/// The JSON contract of `audit score --format json`: one object per response.
/// Field names are English and stable; `schemaVersion` changes when they do.
public struct ScoreRecord: Codable, Hashable, Sendable {
  /// Version of this schema.
  public var schemaVersion = 2
  /// The response file.
  public var file: String
  /// SCB kommunkod.
  public var municipalityCode: String
  /// Municipality name.
  public var municipalityName: String
  /// `kommun` or `civilsamhälle`.
  public var perspective: String
  /// The organisation, for civil-society responses.
  public var organisation: String
  /// Round.
  public var round: String
  /// Reference date, `YYYY-MM-DD`.
  public var referenceDate: String
  /// Duty model version.
  public var modelVersion: String
  /// Figures for the whole response.
  public var total: FiguresRecord
  /// Figures per area, in model order.
  public var areas: [AreaRecord]
  /// Every duty in force on the reference date.
  public var duties: [DutyRecord]
  /// Findings, most serious first.
  public var findings: [FindingRecord]
  /// Whether the response is "ofullständigt svar" (below the completeness threshold, or
  /// too many `ej aktuellt`): `total.fulfilment` is then not a result, the range is.
  public var incomplete: Bool
  /// Why, in Swedish, when incomplete.
  public var incompleteReason: String?
  /// Every `ej aktuellt` answer with its reason.
  public var notApplicable: [NotApplicableRecord]

  /// One `ej aktuellt` answer.
  public struct NotApplicableRecord: Codable, Hashable, Sendable {
    /// Question id.
    public var question: String
    /// The respondent's reason (personnummer removed).
    public var reason: String
  }

  /// Figures; percentages 0–100 rounded to one decimal, `null` when not computable.
  public struct FiguresRecord: Codable, Hashable, Sendable {
    /// Weighted fulfilment; `null` for an incomplete response (see `lowest`, `highest`).
    public var fulfilment: Double?
    /// Completeness.
    public var completeness: Double?
    /// Applicable questions.
    public var applicableQuestions: Int
    /// Answered questions.
    public var answeredQuestions: Int
    /// Duties with gaps against `ska`.
    public var deficiencies: Int
    /// Duties with gaps against `bör`.
    public var improvementAreas: Int
    /// `vet ej` answers.
    public var unknowns: Int
    /// `ja` without evidence.
    public var unverified: Int
    /// Duties with a krav answered `delvis` and none `nej` (not brister).
    public var partlyMet: Int
    /// Questions answered `ej aktuellt`.
    public var notApplicable: Int
    /// Fulfilment if every unanswered or `vet ej` question were `nej`.
    public var lowest: Double?
    /// Fulfilment if every unanswered or `vet ej` question were `ja`.
    public var highest: Double?

    init(_ figures: Figures, incomplete: Bool) {
      partlyMet = figures.partlyMet
      notApplicable = figures.notApplicable
      lowest = SwedishNumber.rounded(figures.lowest)
      highest = SwedishNumber.rounded(figures.highest)
      fulfilment = incomplete ? nil : SwedishNumber.rounded(figures.fulfilment)
      completeness = SwedishNumber.rounded(figures.completeness)
      applicableQuestions = figures.applicableQuestions
      answeredQuestions = figures.answeredQuestions
      deficiencies = figures.deficiencies
      improvementAreas = figures.improvementAreas
      unknowns = figures.unknowns
      unverified = figures.unverified
    }
  }

  /// One area.
  public struct AreaRecord: Codable, Hashable, Sendable {
    /// Area id.
    public var id: String
    /// Area title.
    public var title: String
    /// Its figures.
    public var figures: FiguresRecord
  }

  /// One duty.
  public struct DutyRecord: Codable, Hashable, Sendable {
    /// Duty id.
    public var id: String
    /// Area id.
    public var area: String
    /// Title.
    public var title: String
    /// Strength label, e.g. `lag`.
    public var strength: String
    /// Whether `ska`.
    public var mandatory: Bool
    /// Weight used in area and total.
    public var weight: Double
    /// Lagrum on the reference date.
    public var citation: String
    /// The level: `uppfylld`, `delvis uppfylld`, `ej uppfylld`, `okänd`, `ej bedömd`,
    /// `ej aktuell` or `undantag`.
    public var status: String
    /// Fulfilment 0–100.
    public var fulfilment: Double?
    /// Completeness 0–100.
    public var completeness: Double?
    /// The stated exception, if any.
    public var exception: ExceptionRecord?
    /// Each question.
    public var questions: [QuestionRecord]
  }

  /// An exception.
  public struct ExceptionRecord: Codable, Hashable, Sendable {
    /// Justification (personnummer removed).
    public var justification: String
    /// Last valid day.
    public var validUntil: String
    /// Whether it holds on the reference date.
    public var holds: Bool
  }

  /// One question.
  public struct QuestionRecord: Codable, Hashable, Sendable {
    /// Question id.
    public var id: String
    /// Answer kind.
    public var answerKind: String
    /// The answer as text, or `null` when unanswered.
    public var answer: String?
    /// The scored value 0–1, or `null`.
    public var value: Double?
    /// Whether evidence was named.
    public var hasEvidence: Bool
    /// Whether `ja` without evidence.
    public var unverified: Bool
    /// The comment (personnummer removed).
    public var comment: String
  }

  /// One finding.
  public struct FindingRecord: Codable, Hashable, Sendable {
    /// Duty id.
    public var duty: String
    /// Duty title.
    public var title: String
    /// Area id.
    public var area: String
    /// `åtgärda omgående`, `bör åtgärdas` or `överväg`.
    public var urgency: String
    /// Lagrum on the reference date.
    public var citation: String
    /// Strength label.
    public var strength: String
    /// The strongest footing among the gaps: `krav`, `allmänt råd` or `god praxis`.
    public var footing: String
    /// Whether the finding is a brist (a krav answered `nej`).
    public var deficiency: Bool
    /// `brist`, `delvis uppfyllt krav`, `förbättringsområde` or `okänt läge`.
    public var kind: String
    /// The duty's level.
    public var level: String
    /// The duty's consequence class, when the model gives one.
    public var consequence: String?
    /// The seriousness points the order follows.
    public var seriousness: Double
    /// What is missing, one line per gap.
    public var missing: [String]
    /// Suggested action.
    public var action: String
  }

  /// Builds the record of `score`.
  public init(_ score: ResponseScore) {
    let metadata = score.response.metadata
    file = score.response.file
    municipalityCode = metadata.municipalityCode
    municipalityName = metadata.municipalityName
    perspective = metadata.perspective.rawValue
    organisation = PersonalNumber.redacted(metadata.organisation)
    round = metadata.round
    referenceDate = metadata.referenceDate.description
    modelVersion = score.modelVersion
    // An incomplete response has no single figure, only its range (lowest … highest).
    let isIncomplete = score.isIncomplete
    total = FiguresRecord(score.total, incomplete: isIncomplete)
    areas = score.areas.map {
      AreaRecord(
        id: $0.area.id, title: $0.area.title,
        figures: FiguresRecord($0.figures, incomplete: isIncomplete))
    }
    duties = score.duties.map { duty in
      DutyRecord(
        id: duty.duty.id, area: duty.duty.area, title: duty.duty.title,
        strength: duty.applied.strength.description,
        mandatory: duty.applied.strength.isMandatory, weight: duty.weight,
        citation: duty.applied.citation, status: duty.status.rawValue,
        fulfilment: SwedishNumber.rounded(duty.fulfilment),
        completeness: SwedishNumber.rounded(duty.completeness),
        exception: duty.exception.map {
          ExceptionRecord(
            justification: PersonalNumber.redacted($0.justification),
            validUntil: $0.validUntil.description, holds: duty.exceptionHolds)
        },
        questions: duty.questions.map {
          QuestionRecord(
            id: $0.question.id, answerKind: $0.question.answerKind.rawValue,
            answer: $0.answerValue.map { PersonalNumber.redacted($0.text) }, value: $0.value,
            hasEvidence: $0.answer?.hasEvidence ?? false, unverified: $0.isUnverified,
            comment: PersonalNumber.redacted($0.answer?.comment ?? ""))
        })
    }
    let rule = score.rules.seriousness
    findings = score.findings.map {
      FindingRecord(
        duty: $0.duty.id, title: $0.duty.title, area: $0.duty.area, urgency: $0.urgency.rawValue,
        citation: $0.citation, strength: $0.strength.description,
        footing: $0.footing.rawValue, deficiency: $0.isDeficiency, kind: $0.kind.rawValue,
        level: $0.level.rawValue, consequence: $0.consequence?.rawValue,
        seriousness: Seriousness.points($0, rule: rule, disagrees: false), missing: $0.missing,
        action: $0.action)
    }
    incomplete = score.isIncomplete
    incompleteReason = score.incompleteReason
    notApplicable = score.notApplicableAnswers.map {
      NotApplicableRecord(question: $0.question.id, reason: $0.reason)
    }
  }
}
