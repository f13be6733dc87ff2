/// `audit score` output: figures per area and in total, findings and exceptions, as
/// terminal text, Markdown, JSON or CSV.
public struct ScoreReport: Sendable {
  /// One score per response, in the order given.
  public var scores: [ResponseScore]

  /// Creates a report.
  public init(scores: [ResponseScore]) {
    self.scores = scores
  }

  private static let figureHeaders = [
    "Uppfyllelse %", "Fullständighet %", "Brister", "Delvis uppf. krav", "Förbättr.", "Vet ej",
    "Ej aktuellt", "Ja utan underlag",
  ]

  private static func figureCells(_ figures: Figures, incomplete: Bool) -> [String] {
    [
      FulfilmentText.figure(figures, incomplete: incomplete),
      SwedishNumber.oneDecimal(figures.completeness), "\(figures.deficiencies)",
      "\(figures.partlyMet)", "\(figures.improvementAreas)", "\(figures.unknowns)",
      "\(figures.notApplicable)", "\(figures.unverified)",
    ]
  }

  /// The heading of one finding: kind, level and urgency, e.g.
  /// `brist (ej uppfylld), åtgärda omgående`.
  static func label(_ finding: Finding) -> String {
    "\(finding.kind.rawValue) (\(finding.level.rawValue)), \(finding.urgency.rawValue)"
  }

  /// The lines under the figures: why the response is incomplete and its `ej aktuellt`
  /// answers.
  private static func notes(_ score: ResponseScore) -> [String] {
    let metadata = score.response.metadata
    let who =
      metadata.perspective == .civilSociety
      ? PersonalNumber.redacted(metadata.organisation) : "Kommunen"
    return [FulfilmentText.notice(score), FulfilmentText.notApplicableLine(score, who: who)]
      .compactMap { $0 }
  }

  private static func heading(_ score: ResponseScore) -> String {
    let metadata = score.response.metadata
    return "\(metadata.municipalityCode) \(metadata.municipalityName) — "
      + "\(PersonalNumber.redacted(metadata.perspectiveLabel)), omgång \(metadata.round), "
      + "referensdatum \(metadata.referenceDate)"
  }

  private static func areaRows(_ score: ResponseScore) -> [[String]] {
    score.areas.map { [$0.area.title] + figureCells($0.figures, incomplete: score.isIncomplete) }
      + [["Totalt"] + figureCells(score.total, incomplete: score.isIncomplete)]
  }

  private static func exceptionLines(_ score: ResponseScore) -> [String] {
    score.exceptions.map { exception, holds in
      let state = holds ? "gäller till \(exception.validUntil)" : "GICK UT \(exception.validUntil)"
      return "\(exception.dutyID): \(state) — \(PersonalNumber.redacted(exception.justification))"
    }
  }

  /// Terminal text.
  public func table() -> String {
    scores.map(Self.table).joined(separator: "\n")
  }

  /// Terminal text for one response; responses are separated by an empty line.
  public static func table(_ score: ResponseScore) -> String {
    var out = Self.heading(score) + "\n\n"
    out += TextTable.render(headers: ["Område"] + Self.figureHeaders, rows: Self.areaRows(score))
    for note in Self.notes(score) { out += "\n\(note)\n" }
    let findings = score.findings
    out += "\nFynd (\(findings.count)), allvarligast först:\n"
    if findings.isEmpty { out += "  inga\n" }
    for finding in findings {
      out += "  [\(Self.label(finding))] \(finding.duty.id) \(finding.duty.title)\n"
      out += "    Lagrum: \(finding.citation) (\(finding.strength))\n"
      for line in finding.missing { out += "    Saknas: \(line)\n" }
      out += "    Åtgärd: \(finding.action)\n"
    }
    let exceptions = Self.exceptionLines(score)
    if !exceptions.isEmpty {
      out += "\nUndantag:\n" + exceptions.map { "  \($0)\n" }.joined()
    }
    out += "\nSå räknas det: ja = 1, delvis = 0,5, nej = 0 per fråga; plikten får medelvärdet; "
    out += "områden och totalen vägs efter styrka. Ett nej på ett krav är en brist, ett delvis "
    out += "ett delvis uppfyllt krav; fynden ordnas efter allvar "
    out += "(se 'audit score FIL --explain PLIKT').\n"
    return out
  }

  /// Markdown.
  public func markdown() -> String {
    scores.map(Self.markdown).joined(separator: "\n")
  }

  /// Markdown for one response; responses are separated by an empty line.
  public static func markdown(_ score: ResponseScore) -> String {
    var out = "# Resultat: \(Markdown.escape(Self.heading(score)))\n\n"
    out += Markdown.table(headers: ["Område"] + Self.figureHeaders, rows: Self.areaRows(score))
    for note in Self.notes(score) { out += "\n\(Markdown.escape(note))\n" }
    out += "\n## Fynd\n\n"
    let findings = score.findings
    if findings.isEmpty { out += "Inga fynd.\n" }
    for finding in findings {
      out += "### \(finding.duty.id) \(Markdown.escape(finding.duty.title)) "
      out += "— \(Self.label(finding))\n\n"
      out += "- **Lagrum:** \(Markdown.escape(finding.citation)) (\(finding.strength))\n"
      for line in finding.missing { out += "- **Saknas:** \(Markdown.escape(line))\n" }
      out += "- **Åtgärd:** \(Markdown.escape(finding.action))\n\n"
    }
    let exceptions = Self.exceptionLines(score)
    if !exceptions.isEmpty {
      out += "## Undantag\n\n" + exceptions.map { "- \(Markdown.escape($0))\n" }.joined()
    }
    return out
  }

  /// JSON: an array of ``ScoreRecord``.
  public func json() -> String {
    guard !scores.isEmpty else { return JSONOutput.render([ScoreRecord]()) }
    return JSONOutput.array(scores.map { JSONOutput.render(ScoreRecord($0)) })
  }

  /// One response's ``ScoreRecord`` as an element of the JSON array (see
  /// ``JSONOutput/arrayElement(_:)``).
  public static func jsonElement(_ score: ResponseScore) -> String {
    JSONOutput.arrayElement(JSONOutput.render(ScoreRecord(score)))
  }

  /// CSV for Excel with Swedish settings: one row per duty, decimal comma.
  public func csv() -> String {
    CSVWriter().render([Self.csvHeader] + scores.flatMap(Self.csvRows))
  }

  /// The header row of the CSV.
  public static let csvHeader = [
    "kommunkod", "kommun", "perspektiv", "organisation", "omgång", "referensdatum", "område",
    "plikt", "titel", "styrka", "vikt", "lagrum", "status", "fynd", "uppfyllelse",
    "fullständighet", "brådska", "svarets fullständighet", "ofullständigt svar",
  ]

  /// One response's CSV rows: one per duty.
  public static func csvRows(_ score: ResponseScore) -> [[String]] {
    let metadata = score.response.metadata
    return score.duties.map { duty in
      [
        metadata.municipalityCode, metadata.municipalityName, metadata.perspective.rawValue,
        PersonalNumber.redacted(metadata.organisation), metadata.round,
        metadata.referenceDate.description, duty.duty.area, duty.duty.id, duty.duty.title,
        duty.applied.strength.description, SwedishNumber.plain(duty.weight),
        duty.applied.citation, duty.status.rawValue, duty.finding?.kind.rawValue ?? "",
        SwedishNumber.oneDecimal(duty.fulfilment), SwedishNumber.oneDecimal(duty.completeness),
        duty.finding?.urgency.rawValue ?? "", SwedishNumber.oneDecimal(score.total.completeness),
        score.isIncomplete ? "ja" : "nej",
      ]
    }
  }
}
