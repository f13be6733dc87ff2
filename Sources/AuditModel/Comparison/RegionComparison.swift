/// All municipalities of a county side by side for one round: the matrix of
/// fulfilment per area, regional medians and quartiles, per-duty shares, the duties
/// most often unmet and where civil society disagrees with the municipality.
public struct RegionComparison: Hashable, Sendable {
  /// One municipality's row.
  public struct Row: Hashable, Sendable {
    /// The municipality.
    public var municipality: Municipality
    /// The municipality's own response, scored; `nil` means "saknar svar".
    public var score: ResponseScore?
    /// Civil-society responses about the municipality.
    public var civilSociety: [ResponseScore]
    /// The municipality's files that have errors and were not used.
    public var invalid: [InvalidFile] = []

    /// Whether the municipality's own response is "ofullständigt svar".
    public var isIncomplete: Bool { score?.isIncomplete ?? false }
    /// The total fulfilment, when the response is complete enough for one figure.
    public var completeTotal: Double? { isIncomplete ? nil : score?.total.fulfilment }

    /// Why the row has no figures: "ogiltigt svar (N fel) – rätta filen" when only invalid
    /// files came in, otherwise "saknar svar"; `nil` when it has a response.
    public var absence: String? {
      guard score == nil else { return nil }
      guard !invalid.isEmpty else { return "saknar svar" }
      let errors = invalid.reduce(0) { $0 + $1.errors }
      return "ogiltigt svar (\(Swedish.count(errors, "fel", "fel"))) – rätta filen"
    }

    /// The figures of an area, if the municipality answered and the area applies.
    public func figures(area: String) -> Figures? {
      score?.areas.first { $0.area.id == area }?.figures
    }
  }

  /// A response file with errors, which is not used: shown as "ogiltigt svar", never as
  /// "saknar svar".
  public struct InvalidFile: Hashable, Sendable {
    /// The municipality it names, when that could be read.
    public var municipalityCode: String?
    /// The file.
    public var file: String
    /// How many errors it has.
    public var errors: Int
    /// Of those, the questions answered "ej aktuellt" where the model never allows it.
    public var rejectedNotApplicable: [String]

    /// Creates an entry.
    public init(
      municipalityCode: String?, file: String, errors: Int, rejectedNotApplicable: [String] = []
    ) {
      self.municipalityCode = municipalityCode
      self.file = file
      self.errors = errors
      self.rejectedNotApplicable = rejectedNotApplicable
    }
  }

  /// How municipalities stand on one duty.
  public struct DutyShare: Hashable, Sendable {
    /// The duty.
    public var duty: Duty
    /// Whether `ska` (on the reference dates of the responses).
    public var isMandatory: Bool
    /// Municipalities whose answers show it met (level uppfylld).
    public var met: Int
    /// Partly met (level delvis uppfylld).
    public var partly: Int
    /// Not met (level ej uppfylld).
    public var notMet: Int
    /// Status unknown: only `vet ej`, or nothing scored.
    public var unknown: Int
    /// Excepted or not applicable.
    public var other: Int

    /// Municipalities counted.
    public var total: Int { met + partly + notMet + unknown + other }

    /// Share of `count` in percent of the municipalities that answered.
    public func share(_ count: Int) -> Double? {
      total > 0 ? 100 * Double(count) / Double(total) : nil
    }
  }

  /// A question where a civil-society organisation answered differently from the
  /// municipality: a dialogue topic.
  public struct Discrepancy: Hashable, Sendable {
    /// The municipality.
    public var municipality: Municipality
    /// The question.
    public var question: Question
    /// The municipality's answer.
    public var municipalityAnswer: AnswerValue
    /// The municipality's comment.
    public var municipalityComment: String
    /// The organisation.
    public var organisation: String
    /// The organisation's answer.
    public var organisationAnswer: AnswerValue
    /// The organisation's comment.
    public var organisationComment: String
  }

  /// The county, when known.
  public var county: County?
  /// The round id.
  public var round: String
  /// One row per expected municipality (and any other that answered), by code.
  public var rows: [Row]
  /// The areas that have duties in force in the round, in model order.
  public var areas: [Area]
  /// Median and quartiles per area id.
  public var areaSummaries: [String: Summary]
  /// Median and quartiles of the totals.
  public var totalSummary: Summary
  /// Per duty, in model order.
  public var dutyShares: [DutyShare]
  /// Civil-society discrepancies, by municipality and question.
  public var discrepancies: [Discrepancy]

  /// The scoring rules of the model (visit weights, register checks, thresholds).
  public var rules: ScoringRules

  /// Invalid files that name no municipality of the round.
  public var unplacedInvalid: [InvalidFile] = []

  /// Municipalities with a response.
  public var answered: [Row] { rows.filter { $0.score != nil } }
  /// Municipalities without one and without an invalid file ("saknar svar").
  public var missing: [Municipality] {
    rows.filter { $0.score == nil && $0.invalid.isEmpty }.map(\.municipality)
  }
  /// Municipalities whose only files have errors ("ogiltigt svar – rätta filen").
  public var invalidRows: [Row] { rows.filter { $0.score == nil && !$0.invalid.isEmpty } }
  /// Municipalities with a response below the completeness threshold: they are left out of
  /// medians and quartiles and never called best.
  public var incomplete: [Row] { rows.filter(\.isIncomplete) }
  /// Municipalities whose figures count in medians, quartiles and positions.
  public var complete: [Row] { rows.filter { $0.score != nil && !$0.isIncomplete } }

  /// The ten duties most often not or only partly met, `ska` before `bör`; equally common
  /// duties by the seriousness of their consequence.
  public var mostOftenUnmet: [DutyShare] {
    let unmet = dutyShares.filter { $0.notMet + $0.partly > 0 }
    return Array(
      unmet.sorted { lhs, rhs in
        if lhs.isMandatory != rhs.isMandatory { return lhs.isMandatory }
        let left = lhs.notMet + lhs.partly
        let right = rhs.notMet + rhs.partly
        if left != right { return left > right }
        if lhs.notMet != rhs.notMet { return lhs.notMet > rhs.notMet }
        // Equally common: the more serious consequence first (scoring.json), then by id.
        let leftWeight = lhs.duty.consequence.flatMap { rules.seriousness.consequence[$0] } ?? 0
        let rightWeight = rhs.duty.consequence.flatMap { rules.seriousness.consequence[$0] } ?? 0
        if leftWeight != rightWeight { return leftWeight > rightWeight }
        return lhs.duty.id < rhs.duty.id
      }.prefix(10))
  }
}
