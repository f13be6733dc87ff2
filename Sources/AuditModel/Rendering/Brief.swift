/// Who a brief is written for.
public enum Audience: String, Sendable, CaseIterable {
  /// Politicians: 2–4 pages, the essentials.
  case politician = "politiker"
  /// Managers and officials: every finding and every area.
  case official = "tjänsteperson"
}

/// The dialogue-meeting brief for one municipality, as template values.
public struct Brief: Sendable {
  /// The model.
  public var model: DutyModel
  /// The round's comparison.
  public var comparison: RegionComparison
  /// The change since the previous round, if known.
  public var change: RoundChange?
  /// The previous round's reference date, for law changes.
  public var previousReferenceDate: Day?
  /// The municipality.
  public var municipality: Municipality
  /// Who reads it.
  public var audience: Audience
  /// Whether the data is fictional (example data).
  public var isFictional: Bool
  /// The round's agreements with civil society (all municipalities).
  public var agreements: [Agreement] = []
  /// The flags of those agreements.
  public var flags: [AgreementFlag] = []
  /// The county's shelters, as context.
  public var coverage: ShelterCoverage?
  /// The county's earlier rounds, oldest first (the previous round last), for the trend.
  public var history: [RegionComparison] = []
  /// The round's reference date, also when the municipality has not answered.
  public var roundDay: Day?
  /// Whether this is a municipality's own self-assessment, with no county to compare with.
  public var isSelfAssessment = false

  /// Creates a brief.
  public init(
    model: DutyModel, comparison: RegionComparison, change: RoundChange?,
    previousReferenceDate: Day?, municipality: Municipality, audience: Audience,
    isFictional: Bool
  ) {
    self.model = model
    self.comparison = comparison
    self.change = change
    self.previousReferenceDate = previousReferenceDate
    self.municipality = municipality
    self.audience = audience
    self.isFictional = isFictional
  }

  var row: RegionComparison.Row? {
    comparison.rows.first { $0.municipality.code == municipality.code }
  }

  var isDetailed: Bool { audience == .official }

  /// The municipality's findings, most serious first (by the seriousness rule in
  /// `scoring.json`, with civil-society disagreement; definite gaps before `vet ej` only).
  /// Every list of findings in a brief (page one, the decisions, the action plan) takes its
  /// order from here.
  public func findingsBySeriousness() -> [Finding] {
    row?.score.map(orderedFindings) ?? []
  }

  /// Duties where civil society answers differently from the municipality: their findings
  /// weigh more in the order of seriousness.
  var disagreeing: Set<String> {
    Set(
      comparison.discrepancies.filter { $0.municipality.code == municipality.code }
        .map(\.question.dutyID) + registerDiscrepancies.map(\.question.dutyID))
  }

  /// Answers that the agreement register contradicts, by the checks in `scoring.json`.
  var registerDiscrepancies: [RegisterDiscrepancy] {
    guard let score = row?.score else { return [] }
    return RegisterDiscrepancy.find(score, flags: flags, checks: model.scoring.registerChecks)
  }

  /// The findings of `score`, most serious first (definite gaps before `vet ej` only).
  func orderedFindings(_ score: ResponseScore) -> [Finding] {
    let all = score.findings(disagreeing: disagreeing)
    return all.filter(\.hasDefiniteGap) + all.filter { !$0.hasDefiniteGap }
  }

  /// The round in words, e.g. `hösten 2026`.
  var roundWords: String { RoundLabel.words(comparison.round) }

  static let fictionalNotice =
    "Fiktiva uppgifter: kommunen, svaren och organisationerna är påhittade och visar bara hur "
    + "verktyget fungerar."

  static let notSupervision =
    "Underlaget bygger på kommunens egen bedömning och är ett stöd för dialog. Det är inget "
    + "tillsynsbeslut; tillsynen över socialtjänsten är IVO:s."

  /// The fields every brief template may use.
  public static let schema: [String: TemplateSchema] = {
    let text = TemplateSchema.value
    let item: [String: TemplateSchema] = ["text": text]
    let finding: [String: TemplateSchema] = [
      "id": text, "title": text, "kind": text, "requirement": text, "citation": text,
      "urgency": text, "missing": .list(item), "action": text, "level": text,
    ]
    return [
      "title": text, "municipalityName": text, "municipalityCode": text, "countyName": text,
      "round": text, "roundID": text, "referenceDate": text, "audience": text,
      "modelVersion": text, "fictional": .flag, "fictionalNotice": text, "answered": .flag,
      "detailed": .flag, "compared": .flag, "selfAssessment": .flag,
      "summaryLead": text, "topFindings": .list(finding), "moreFindings": text,
      "decisions": .list(item), "decisionNote": text, "requirements": .list(item),
      "fulfilment": text,
      "completeness": text,
      "median": text, "deficiencyCount": text, "improvementCount": text, "unknownCount": text,
      "partlyMetCount": text, "notApplicableCount": text,
      "unverifiedCount": text, "answeredCount": text, "applicableCount": text,
      "scoreMeaning": text, "notSupervision": text,
      "actionPlan": .list(["heading": text, "findings": .list(finding)]),
      "strengths": .list(item),
      "areas": .list([
        "title": text, "fulfilment": text, "completeness": text, "deficiencies": text,
      ]),
      "chart": text, "chartText": text,
      "positions": .list(["name": text, "fulfilment": text, "isThis": .flag]),
      "hasTrend": .flag, "trendChart": text, "trendText": text,
      "trend": .list(["round": text, "fulfilment": text, "median": text, "rank": text]),
      "trendFindings": .list(item),
      "responsibility": .list(item),
      "civilSociety": .list(item), "discrepancies": .list(item), "moreDiscrepancies": text,
      "agreements": .list(item), "agreementFlags": .list(item), "coverage": text,
      "exceptions": .list(item),
      "hasPrevious": .flag, "previousRound": text,
      "lawChanges": .list(item),
      "dialogueQuestions": .list(item),
      "method": .list(item), "dataQuality": .list(item),
    ]
  }()
}
