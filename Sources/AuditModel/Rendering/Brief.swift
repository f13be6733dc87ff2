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

  /// The municipality's findings, most serious first (definite gaps before `vet ej` only).
  func orderedFindings(_ score: ResponseScore) -> [Finding] {
    let all = score.findings(disagreeing: disagreeing)
    return all.filter(\.hasDefiniteGap) + all.filter { !$0.hasDefiniteGap }
  }

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
    return [
      "title": text, "municipalityName": text, "municipalityCode": text, "countyName": text,
      "round": text, "referenceDate": text, "audience": text, "modelVersion": text,
      "fictional": .flag, "fictionalNotice": text, "answered": .flag, "detailed": .flag,
      "summaryLead": text, "topThree": .list(item), "fulfilment": text, "completeness": text,
      "median": text, "deficiencyCount": text, "improvementCount": text, "unknownCount": text,
      "partlyMetCount": text, "notApplicableCount": text,
      "unverifiedCount": text, "answeredCount": text, "applicableCount": text,
      "scoreMeaning": text, "notSupervision": text,
      "deficiencies": .list([
        "id": text, "title": text, "citation": text, "strength": text, "urgency": text,
        "missing": .list(item), "action": text, "kind": text, "level": text,
      ]),
      "moreDeficiencies": text,
      "strengths": .list(item),
      "areas": .list([
        "title": text, "fulfilment": text, "completeness": text, "deficiencies": text,
      ]),
      "chart": text, "chartText": text,
      "positions": .list(["name": text, "fulfilment": text, "isThis": .flag]),
      "civilSociety": .list(item), "discrepancies": .list(item), "responsibility": text,
      "agreements": .list(item), "agreementFlags": .list(item), "coverage": text,
      "exceptions": .list(item),
      "hasPrevious": .flag, "previousRound": text, "roundChange": .list(item),
      "lawChanges": .list(item), "newDuties": .list(item),
      "dialogueQuestions": .list(item),
      "method": .list(item), "dataQuality": .list(item),
    ]
  }()
}
