/// The whole duty model: areas, themes, provisions and duties, as loaded from
/// `checklists/model/`.
public struct DutyModel: Hashable, Sendable {
  /// The model's version, e.g. `2026.11.1`; written into every checklist.
  public var version: String
  /// Swedish title.
  public var title: String
  /// Swedish description.
  public var description: String
  /// Ids that were removed and must never be used again.
  public var retiredIDs: [String]
  /// The areas, in the order the model lists them.
  public var areas: [Area]
  /// The ÖJ VNR themes.
  public var themes: [Theme]
  /// Every provision, in file order.
  public var provisions: [Provision]
  /// Every duty, in area order.
  public var duties: [Duty]
  /// Answer values, weights and urgency rules.
  public var scoring: ScoringRules
  /// Civil society's own questionnaire, when the model has one.
  public var questionnaire: Questionnaire?
  /// The national shares of the ÖJ indicators the questions match (for fictional data only).
  public var ojShares: OJShares?

  private var provisionIndex: [String: Int]
  private var areaIndex: [String: Int]

  /// Creates a model.
  public init(
    version: String, title: String, description: String, retiredIDs: [String], areas: [Area],
    themes: [Theme], provisions: [Provision], duties: [Duty], scoring: ScoringRules,
    questionnaire: Questionnaire? = nil, ojShares: OJShares? = nil
  ) {
    self.scoring = scoring
    self.questionnaire = questionnaire
    self.ojShares = ojShares
    self.version = version
    self.title = title
    self.description = description
    self.retiredIDs = retiredIDs
    self.areas = areas
    self.themes = themes
    self.provisions = provisions
    self.duties = duties
    var provisionIndex: [String: Int] = [:]
    for (offset, provision) in provisions.enumerated() where provisionIndex[provision.id] == nil {
      provisionIndex[provision.id] = offset
    }
    self.provisionIndex = provisionIndex
    var areaIndex: [String: Int] = [:]
    for (offset, area) in areas.enumerated() where areaIndex[area.id] == nil {
      areaIndex[area.id] = offset
    }
    self.areaIndex = areaIndex
  }

  /// The provision with `id`, if any.
  public func provision(_ id: String) -> Provision? {
    provisionIndex[id].map { provisions[$0] }
  }

  /// The area with `id`, if any.
  public func area(_ id: String) -> Area? {
    areaIndex[id].map { areas[$0] }
  }

  /// The position of an area in the model's order, for sorting.
  public func areaOrder(_ id: String) -> Int {
    areaIndex[id] ?? areas.count
  }

  /// Every question of every duty, in model order.
  public var questions: [Question] {
    duties.flatMap(\.questions)
  }
}
