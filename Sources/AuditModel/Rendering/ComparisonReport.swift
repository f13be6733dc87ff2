/// `audit compare` output: the municipality × area matrix, medians and quartiles,
/// per-duty shares, the duties most often unmet, civil-society discrepancies and
/// the change since the previous round.
public struct ComparisonReport: Sendable {
  /// The round.
  public var comparison: RegionComparison
  /// The change since the previous round, when asked for.
  public var change: RoundChange?
  /// Whether the data are fictional (example data): the HTML then says so on every page.
  public var isFictional = false

  /// Creates a report.
  public init(comparison: RegionComparison, change: RoundChange?) {
    self.comparison = comparison
    self.change = change
  }

  var title: String {
    let county = comparison.county?.name ?? "alla svarande kommuner"
    return "Jämförelse: \(county), omgång \(comparison.round)"
  }

  var answeredLine: String {
    var line = "\(comparison.answered.count) av \(comparison.rows.count) kommuner har svarat"
    let incomplete = comparison.incomplete.count
    if incomplete > 0 {
      line += ", varav \(incomplete) med ofullständigt svar"
    }
    let invalid = comparison.invalidRows.count
    if invalid > 0 {
      line += "; \(invalid) har bara ogiltiga svar"
    }
    return line + "."
  }

  /// The lines under the matrix: how the figures are read, who is left out of the median and
  /// why, who has not answered and whose files have errors.
  var noteLines: [String] {
    var lines = [
      "Uppfyllelse i procent, vägd efter styrka, med fullständigheten bredvid. Median och "
        + "kvartiler räknas bara på kommuner vars svar är fullständiga nog för ett tal; kommuner "
        + "utan svar räknas aldrig som noll."
    ]
    if !comparison.incomplete.isEmpty {
      lines.append(
        "Ofullständigt svar (visas som spann: alla obesvarade nej … alla ja; ingår inte i median "
          + "och kvartiler): "
          + comparison.incomplete.map { row in
            "\(row.municipality.code) \(row.municipality.name) (\(row.score?.incompleteReason ?? ""))"
          }.joined(separator: ", "))
    }
    if !comparison.missing.isEmpty {
      lines.append(
        "Saknar svar: "
          + comparison.missing.map { "\($0.code) \($0.name)" }.joined(separator: ", "))
    }
    let invalid =
      comparison.invalidRows.flatMap { row in
        row.invalid.map {
          "\(row.municipality.code) \(row.municipality.name): \(Self.invalidText($0))"
        }
      } + comparison.unplacedInvalid.map(Self.invalidText)
    if !invalid.isEmpty {
      lines.append("Ogiltigt svar, räknas inte: " + invalid.joined(separator: "; "))
    }
    return lines
  }

  /// `9908-Videfjärd.csv: ogiltigt svar (3 fel) – rätta filen`.
  static func invalidText(_ file: RegionComparison.InvalidFile) -> String {
    "\(file.file): ogiltigt svar (\(Swedish.count(file.errors, "fel", "fel"))) – rätta filen"
  }

  static func shortTitle(_ area: Area) -> String {
    String(area.title.split(separator: " ").first ?? Substring(area.title))
  }

  func matrixRows(long: Bool) -> (headers: [String], rows: [[String]]) {
    let areas = comparison.areas
    let headers =
      ["Kommun"] + areas.map { long ? $0.title : Self.shortTitle($0) }
      + ["Totalt", "Fullständighet", "Brister", "Delvis uppf. krav"]
    var rows: [[String]] = comparison.rows.map { row in
      let name = "\(row.municipality.code) \(row.municipality.name)"
      guard let score = row.score else {
        // The short word in each area, the whole reason in the total.
        let absence = row.absence ?? "saknar svar"
        let short = row.invalid.isEmpty ? "saknar svar" : "ogiltigt svar"
        return [name] + areas.map { _ in short } + [absence, "", "", ""]
      }
      let incomplete = score.isIncomplete
      return [name]
        + areas.map { area in
          row.figures(area: area.id).map { FulfilmentText.figure($0, incomplete: incomplete) }
            ?? "–"
        }
        + [
          incomplete
            ? "\(FulfilmentText.range(score.total)) \(FulfilmentText.incomplete)"
            : SwedishNumber.oneDecimal(score.total.fulfilment),
          SwedishNumber.oneDecimal(score.total.completeness), "\(score.total.deficiencies)",
          "\(score.total.partlyMet)",
        ]
    }
    let statistics: [(String, KeyPath<Summary, Double?>)] = [
      ("Median", \.median), ("Nedre kvartil", \.lowerQuartile), ("Övre kvartil", \.upperQuartile),
    ]
    for (label, path) in statistics {
      rows.append(
        [label]
          + areas.map { SwedishNumber.oneDecimal(comparison.areaSummaries[$0.id]?[keyPath: path]) }
          + [SwedishNumber.oneDecimal(comparison.totalSummary[keyPath: path]), "", "", ""])
    }
    return (headers, rows)
  }

  func shareLine(_ share: RegionComparison.DutyShare) -> String {
    let pct = { (count: Int) in SwedishNumber.oneDecimal(share.share(count)) }
    return "uppfyller \(share.met) (\(pct(share.met)) %), delvis \(share.partly) "
      + "(\(pct(share.partly)) %), inte \(share.notMet) (\(pct(share.notMet)) %), "
      + "vet ej \(share.unknown) (\(pct(share.unknown)) %)"
      + (share.other > 0 ? ", undantag/ej aktuell \(share.other)" : "")
  }

  func discrepancyLine(_ item: RegionComparison.Discrepancy) -> String {
    func quoted(_ comment: String) -> String {
      comment.isEmpty ? "" : " (\"\(PersonalNumber.redacted(comment))\")"
    }
    return "\(item.municipality.code) \(item.municipality.name), \(item.question.id): "
      + "kommunen \(item.municipalityAnswer.text)\(quoted(item.municipalityComment)), "
      + "\(PersonalNumber.redacted(item.organisation)) \(item.organisationAnswer.text)"
      + quoted(item.organisationComment)
  }

  func changeLines(_ change: RoundChange) -> [String] {
    change.municipalities.map { item in
      let name = "\(item.municipality.code) \(item.municipality.name)"
      let absence =
        comparison.rows.first { $0.municipality.code == item.municipality.code }?.absence
        ?? "saknar svar"
      let answeredBefore = item.totalBefore != nil || item.incompleteBefore
      let answeredNow = item.totalAfter != nil || item.incompleteAfter
      guard answeredBefore || answeredNow else {
        return absence == "saknar svar"
          ? "\(name): saknar svar i båda omgångarna"
          : "\(name): inga giltiga svar att jämföra (\(absence) i \(change.currentRound))"
      }
      // An incomplete response has no single figure on either side of the arrow.
      let before =
        item.incompleteBefore
        ? FulfilmentText.incomplete : SwedishNumber.oneDecimal(item.totalBefore)
      let after =
        item.incompleteAfter ? FulfilmentText.incomplete : SwedishNumber.oneDecimal(item.totalAfter)
      var line = "\(name): totalt \(before) → \(after)"
      if let delta = item.totalDelta {
        line += " (\(delta >= 0 ? "+" : "")\(SwedishNumber.oneDecimal(delta)))"
      }
      if !answeredBefore { line += "; saknade svar i \(change.previousRound)" }
      if !answeredNow { line += "; \(absence) i \(change.currentRound)" }
      if !item.newDeficiencies.isEmpty {
        line += "; nya brister \(item.newDeficiencies.joined(separator: ", "))"
      }
      if !item.closedDeficiencies.isEmpty {
        line += "; åtgärdade brister \(item.closedDeficiencies.joined(separator: ", "))"
      }
      return line
    }
  }

  /// Terminal text.
  public func table() -> String {
    var out = "\(title)\n\(answeredLine)\n\n"
    let matrix = matrixRows(long: false)
    out += TextTable.render(headers: matrix.headers, rows: matrix.rows)
    out += noteLines.map { "\n\($0)\n" }.joined()
    out += "\nDe plikter som oftast inte eller bara delvis uppfylls (ska först):\n"
    for share in comparison.mostOftenUnmet {
      out += "  \(share.duty.id) \(share.duty.title) [\(share.isMandatory ? "ska" : "bör")]: "
      out += shareLine(share) + "\n"
    }
    if !comparison.discrepancies.isEmpty {
      out += "\nDär civilsamhället svarar annorlunda än kommunen (dialogfrågor):\n"
      out += comparison.discrepancies.map { "  " + discrepancyLine($0) + "\n" }.joined()
    }
    if let change {
      out += "\nFörändring sedan \(change.previousRound) "
      out += "(\(change.commonDuties.count) plikter som gällde i båda omgångarna):\n"
      out += changeLines(change).map { "  \($0)\n" }.joined()
      if !change.leftOut.isEmpty {
        out += "  Utelämnade plikter: "
        out += change.leftOut.map { "\($0.duty.id) (\($0.reason))" }.joined(separator: "; ")
        out += "\n"
      }
    }
    return out
  }

  /// Markdown.
  public func markdown() -> String {
    var out = "# \(Markdown.escape(title))\n\n\(answeredLine)\n\n"
    let matrix = matrixRows(long: true)
    out += Markdown.table(headers: matrix.headers, rows: matrix.rows)
    out += noteLines.map { "\n\(Markdown.escape($0))\n" }.joined()
    out += "\n## Plikter som oftast inte uppfylls\n\n"
    out += Markdown.table(
      headers: ["Plikt", "Styrka", "Andelar"],
      rows: comparison.mostOftenUnmet.map {
        ["\($0.duty.id) \($0.duty.title)", $0.isMandatory ? "ska" : "bör", shareLine($0)]
      })
    out += "\n## Andel kommuner per plikt\n\n"
    out += Markdown.table(
      headers: ["Plikt", "Andelar"],
      rows: comparison.dutyShares.map { ["\($0.duty.id) \($0.duty.title)", shareLine($0)] })
    if !comparison.discrepancies.isEmpty {
      out += "\n## Där civilsamhället svarar annorlunda\n\n"
      out += comparison.discrepancies.map { "- \(Markdown.escape(discrepancyLine($0)))\n" }
        .joined()
    }
    if let change {
      out += "\n## Förändring sedan \(Markdown.escape(change.previousRound))\n\n"
      out += "Jämförelsen gäller de \(change.commonDuties.count) plikter som gällde i båda "
      out += "omgångarna.\n\n"
      out += changeLines(change).map { "- \(Markdown.escape($0))\n" }.joined()
      if !change.leftOut.isEmpty {
        out += "\nUtelämnade plikter:\n\n"
        out += change.leftOut.map {
          "- \($0.duty.id) \(Markdown.escape($0.duty.title)): \(Markdown.escape($0.reason))\n"
        }.joined()
      }
    }
    return out
  }

  /// CSV for Swedish Excel: one row per municipality, decimal comma, completeness beside
  /// every fulfilment; "saknar svar" and "ogiltigt svar" rows have empty figures, and an
  /// incomplete response has no total, only its range.
  public func csv() -> String {
    let header =
      ["kommunkod", "kommun", "svar"]
      + comparison.areas.flatMap { [$0.title, "\($0.title) fullständighet"] }
      + [
        "totalt", "fullständighet", "ofullständigt svar", "lägsta möjliga", "högsta möjliga",
        "brister", "delvis uppfyllda krav", "förbättringsområden", "vet ej", "ej aktuellt",
        "ja utan underlag",
      ]
    var rows = [header]
    for row in comparison.rows {
      var cells = [row.municipality.code, row.municipality.name]
      guard let score = row.score else {
        rows.append(
          cells + [row.absence ?? "saknar svar"] + Array(repeating: "", count: header.count - 3))
        continue
      }
      cells.append("ja")
      let incomplete = score.isIncomplete
      cells += comparison.areas.flatMap { area -> [String] in
        let figures = row.figures(area: area.id)
        return [
          incomplete ? "" : SwedishNumber.oneDecimal(figures?.fulfilment),
          SwedishNumber.oneDecimal(figures?.completeness),
        ]
      }
      let total = score.total
      cells += [
        incomplete ? "" : SwedishNumber.oneDecimal(total.fulfilment),
        SwedishNumber.oneDecimal(total.completeness), incomplete ? "ja" : "nej",
        SwedishNumber.oneDecimal(total.lowest), SwedishNumber.oneDecimal(total.highest),
        "\(total.deficiencies)", "\(total.partlyMet)", "\(total.improvementAreas)",
        "\(total.unknowns)", "\(total.notApplicable)", "\(total.unverified)",
      ]
      rows.append(cells)
    }
    return CSVWriter().render(rows)
  }
}
