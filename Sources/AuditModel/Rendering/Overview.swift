/// The regional overview for the länsstyrelse: where to go first and why.
public struct Overview: Sendable {
  /// One suggested visit.
  public struct Visit: Hashable, Sendable {
    /// The municipality.
    public var municipality: Municipality
    /// The priority points (the rule is ``rule``, the weights are in `scoring.json`).
    public var points: Double
    /// Why, in Swedish, each with its points.
    public var reasons: [String]
  }

  /// The round's comparison.
  public var comparison: RegionComparison
  /// The change since the previous round, if known.
  public var change: RoundChange?
  /// Whether the data is fictional.
  public var isFictional: Bool
  /// The flags of the round's agreements.
  public var flags: [AgreementFlag] = []
  /// The county's shelters.
  public var coverage: ShelterCoverage?
  /// The county's earlier rounds, oldest first, for the trend.
  public var history: [RegionComparison] = []

  /// Creates an overview.
  public init(comparison: RegionComparison, change: RoundChange?, isFictional: Bool) {
    self.comparison = comparison
    self.change = change
    self.isFictional = isFictional
  }

  /// The rule, in words, so that the order can be checked; the weights come from
  /// `visitOrder` in `scoring.json`.
  public var rule: String { VisitOrder.rule(comparison.rules.visits) }

  /// Points and reasons for one row.
  public func reasonsAndPoints(_ row: RegionComparison.Row) -> (Double, [String]) {
    VisitOrder(comparison: comparison, change: change, flags: flags).assess(row)
  }

  /// The suggested order of visits: most points first, equal points by municipality code.
  public var visits: [Visit] {
    comparison.rows.map { row in
      let (points, reasons) = reasonsAndPoints(row)
      return Visit(municipality: row.municipality, points: points, reasons: reasons)
    }.sorted { lhs, rhs in
      lhs.points != rhs.points
        ? lhs.points > rhs.points : lhs.municipality.code < rhs.municipality.code
    }
  }

  /// The fields the overview templates may use.
  public static let schema: [String: TemplateSchema] = {
    let text = TemplateSchema.value
    return [
      "title": text, "countyName": text, "round": text, "fictional": .flag,
      "fictionalNotice": text, "answeredLine": text, "rule": text, "notSupervision": text,
      "visits": .list([
        "order": text, "name": text, "points": text, "fulfilment": text, "completeness": text,
        "reasons": .list(["text": text]), "reasonText": text,
      ]),
      "heatMap": text, "missing": .list(["text": text]), "mostOftenUnmet": .list(["text": text]),
      "discrepancies": .list(["text": text]), "hasPrevious": .flag, "previousRound": text,
      "changes": .list(["text": text]), "median": text, "method": .list(["text": text]),
      "agreementFlags": .list(["text": text]), "coverage": text,
      "hasTrend": .flag, "trendRounds": .list(["round": text]),
      "trend": .list(["name": text, "spark": text, "values": .list(["value": text])]),
    ]
  }()

  /// The values for the overview templates.
  public func values(html: Bool) -> [String: TemplateValue] {
    let report = ComparisonReport(comparison: comparison, change: change)
    let items = { (texts: [String]) -> TemplateValue in
      .list(texts.map { .object(["text": .text($0)]) })
    }
    let rows = Dictionary(
      comparison.rows.map { ($0.municipality.code, $0) }, uniquingKeysWith: { a, _ in a })
    var values: [String: TemplateValue] = [
      "title": .text(
        "Regional översikt: \(comparison.county?.name ?? "svarande kommuner"), "
          + RoundLabel.words(comparison.round)),
      "countyName": .text(comparison.county?.name ?? "–"),
      "round": .text(RoundLabel.words(comparison.round)),
      "fictional": .flag(isFictional), "fictionalNotice": .text(Brief.fictionalNotice),
      "answeredLine": .text(report.answeredLine), "rule": .text(rule),
      "notSupervision": .text(Brief.notSupervision),
      "median": .text(SwedishNumber.oneDecimal(comparison.totalSummary.median)),
      "visits": .list(
        visits.enumerated().map { offset, visit in
          let score = rows[visit.municipality.code]?.score
          return .object([
            "order": .text("\(offset + 1)"),
            "name": .text("\(visit.municipality.code) \(visit.municipality.name)"),
            "points": .text(SwedishNumber.plain(visit.points)),
            "fulfilment": .text(
              score.map {
                $0.isIncomplete
                  ? "\(FulfilmentText.incomplete): \(FulfilmentText.range($0.total))"
                  : SwedishNumber.oneDecimal($0.total.fulfilment)
              } ?? rows[visit.municipality.code]?.absence ?? "saknar svar"),
            "completeness": .text(
              score.map { SwedishNumber.oneDecimal($0.total.completeness) } ?? "–"),
            "reasons": items(visit.reasons),
            "reasonText": .text(visit.reasons.joined(separator: "; ").capitalizedFirst + "."),
          ])
        }),
      "heatMap": .markup(html ? report.heatMap() : ""),
      "missing": items(
        comparison.missing.map { "\($0.code) \($0.name): saknar svar" }
          + comparison.invalidRows.map {
            "\($0.municipality.code) \($0.municipality.name): \($0.absence ?? "")"
          }
          + comparison.incomplete.map {
            "\($0.municipality.code) \($0.municipality.name): ofullständigt svar, ingår inte i "
              + "medianen"
          }),
      "mostOftenUnmet": items(
        comparison.mostOftenUnmet.map {
          "\($0.duty.id) \($0.duty.title) [\($0.isMandatory ? "ska" : "bör")]: \(report.shareLine($0))"
        }),
      "discrepancies": items(comparison.discrepancies.prefix(20).map(report.discrepancyLine)),
      "hasPrevious": .flag(change != nil),
      "previousRound": .text(change.map { RoundLabel.words($0.previousRound) } ?? ""),
      "agreementFlags": items(
        flags.map { flag in
          let name = rows[flag.municipalityCode]?.municipality.name ?? flag.municipalityCode
          return "\(name): \(flag.detail)"
        }),
      "coverage": .text(coverage?.text ?? ""),
      "changes": items(change.map(report.changeLines) ?? []),
      "method": items([
        "Uppfyllelse är ett medelvärde av kommunernas egna svar, vägt efter styrka.",
        "Median och kvartiler räknas bara på kommuner vars svar är fullständiga nog; ett "
          + "ofullständigt svar visas som spann (alla obesvarade nej … alla ja).",
        "Ett nej på ett krav är en brist; ett delvis på ett krav räknas för sig som delvis "
          + "uppfyllt krav. Fynden ordnas efter allvar, inte efter plikt-id: "
          + Seriousness.text(comparison.rules.seriousness),
        "Färgerna visar uppfyllelse, inte placering; varje ruta visar också sitt tal.",
      ]),
    ]
    values.merge(trendValues(html: html)) { _, new in new }
    return values
  }
}
