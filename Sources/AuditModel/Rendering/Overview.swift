/// The regional overview for the länsstyrelse: where to go first and why.
public struct Overview: Sendable {
  /// One suggested visit.
  public struct Visit: Hashable, Sendable {
    /// The municipality.
    public var municipality: Municipality
    /// The priority points (the rule is in ``reasonsAndPoints``).
    public var points: Int
    /// Why, in Swedish.
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

  /// The rule, in words, so that the order can be checked.
  public static let rule =
    "Ordningen följer poäng: 3 per brist som ska åtgärdas omgående, 1 per annan brist, "
    + "5 om kommunen inte svarat, 3 om fullständigheten är under 70 %, 1 per fråga där "
    + "civilsamhället svarar annorlunda (högst 5), 2 om uppfyllelsen sjunkit mer än "
    + "5 procentenheter sedan förra omgången, 2 per slags avtalsflagga (avtal som går ut inom "
    + "sex månader, upphört utan ersättare, upphandling utan datum, varken avtal eller egna "
    + "platser, uppföljningar som inte hållits). Lika poäng ordnas efter kommunkod."

  /// Points and reasons for one row, by ``rule``.
  public func reasonsAndPoints(_ row: RegionComparison.Row) -> (Int, [String]) {
    var points = 0
    var reasons: [String] = []
    let kinds = AgreementFlag.Kind.allCases.filter { kind in
      flags.contains { $0.municipalityCode == row.municipality.code && $0.kind == kind }
    }
    let flagPoints = 2 * kinds.count
    let flagReasons = kinds.map { "avtal: \($0.rawValue)" }
    guard let score = row.score else {
      return (5 + flagPoints, ["har inte svarat i omgången"] + flagReasons)
    }
    points += flagPoints
    let immediate = score.findings.filter { $0.urgency == .immediate && $0.hasDefiniteGap }.count
    let other = score.total.deficiencies - immediate
    if immediate > 0 {
      points += 3 * immediate
      reasons.append("\(Swedish.count(immediate, "brist", "brister")) att åtgärda omgående")
    }
    if other > 0 {
      points += other
      reasons.append("\(Swedish.count(other, "annan brist", "andra brister")) mot ska-krav")
    }
    if let completeness = score.total.completeness, completeness < 70 {
      points += 3
      reasons.append("låg fullständighet (\(SwedishNumber.oneDecimal(completeness)) %)")
    }
    let discrepancies = comparison.discrepancies.filter {
      $0.municipality.code == row.municipality.code
    }.count
    if discrepancies > 0 {
      points += min(5, discrepancies)
      reasons.append(
        "civilsamhället svarar annorlunda på \(Swedish.count(discrepancies, "fråga", "frågor"))")
    }
    if let delta = change?.municipalities.first(where: {
      $0.municipality.code == row.municipality.code
    })?
    .totalDelta, delta < -5 {
      points += 2
      reasons.append("uppfyllelsen har sjunkit \(SwedishNumber.oneDecimal(-delta)) procentenheter")
    }
    reasons += flagReasons
    if score.exceptions.contains(where: { !$0.holds }) {
      reasons.append("ett undantag har gått ut")
    }
    if reasons.isEmpty { reasons.append("inga brister enligt svaren") }
    return (points, reasons)
  }

  /// The suggested order of visits.
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
      "answeredLine": .text(report.answeredLine), "rule": .text(Self.rule),
      "notSupervision": .text(Brief.notSupervision),
      "median": .text(SwedishNumber.oneDecimal(comparison.totalSummary.median)),
      "visits": .list(
        visits.enumerated().map { offset, visit in
          let score = rows[visit.municipality.code]?.score
          return .object([
            "order": .text("\(offset + 1)"),
            "name": .text("\(visit.municipality.code) \(visit.municipality.name)"),
            "points": .text("\(visit.points)"),
            "fulfilment": .text(
              score.map { SwedishNumber.oneDecimal($0.total.fulfilment) } ?? "saknar svar"),
            "completeness": .text(
              score.map { SwedishNumber.oneDecimal($0.total.completeness) } ?? "–"),
            "reasons": items(visit.reasons),
            "reasonText": .text(visit.reasons.joined(separator: "; ").capitalizedFirst + "."),
          ])
        }),
      "heatMap": .markup(html ? report.heatMap() : ""),
      "missing": items(comparison.missing.map { "\($0.code) \($0.name)" }),
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
        "Median och kvartiler räknas bara på kommuner som svarat.",
        "Färgerna visar uppfyllelse, inte placering; varje ruta visar också sitt tal.",
      ]),
    ]
    values.merge(trendValues(html: html)) { _, new in new }
    return values
  }
}
