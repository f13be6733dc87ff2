extension ComparisonReport {
  /// The heat map: municipalities × areas, each cell coloured by fulfilment and
  /// showing its number, so it reads in black and white and for colour-blind readers.
  public func heatMap(highlight: String? = nil) -> String {
    var out = "<table class=\"heatmap\">\n<caption>Uppfyllelse i procent per område, "
    out += "\(HTML.escape(comparison.county?.name ?? "svarande kommuner")), "
    out += "\(HTML.escape(RoundLabel.words(comparison.round)))</caption>\n"
    out += "<thead><tr><th scope=\"col\">Kommun</th>"
    for area in comparison.areas { out += "<th scope=\"col\">\(HTML.escape(area.title))</th>" }
    out += "<th scope=\"col\">Totalt</th><th scope=\"col\">Fullständighet</th></tr></thead>\n"
    out += "<tbody>\n"
    // A cell shows its number with the completeness under it; an incomplete response shows
    // its range and no colour.
    func cell(_ figures: Figures?, row: RegionComparison.Row) -> String {
      if let absence = row.absence {
        // No answer to show: the hatch, distinct from a white "–" (nothing applicable).
        return "<td class=\"num\" style=\"\(HTML.cellStyle(nil, missing: true))\">"
          + "\(HTML.escape(absence))</td>"
      }
      let completeness =
        "<br><span class=\"small\">\(SwedishNumber.oneDecimal(figures?.completeness)) %</span>"
      if row.isIncomplete {
        let range = figures.map(FulfilmentText.range) ?? "–"
        return "<td class=\"num\" style=\"\(HTML.cellStyle(nil, missing: false))\">\(range)"
          + "\(completeness)</td>"
      }
      let value = figures?.fulfilment
      return "<td class=\"num\" style=\"\(HTML.cellStyle(value, missing: false))\">"
        + "\(SwedishNumber.oneDecimal(value))\(completeness)</td>"
    }
    for row in comparison.rows {
      let name = "\(row.municipality.code) \(row.municipality.name)"
      let isHighlighted = row.municipality.code == highlight
      out += "<tr><th scope=\"row\">\(isHighlighted ? "<strong>" : "")\(HTML.escape(name))"
      out += "\(isHighlighted ? " (denna kommun)</strong>" : "")</th>"
      for area in comparison.areas {
        out += cell(row.figures(area: area.id), row: row)
      }
      out += cell(row.score?.total, row: row)
      var completeness = SwedishNumber.oneDecimal(row.score?.total.completeness)
      if row.isIncomplete { completeness += " – \(FulfilmentText.incomplete)" }
      out += "<td class=\"num\">\(completeness)</td></tr>\n"
    }
    out += "<tr><th scope=\"row\">Median</th>"
    for area in comparison.areas {
      out +=
        "<td class=\"num\">\(SwedishNumber.oneDecimal(comparison.areaSummaries[area.id]?.median))</td>"
    }
    out +=
      "<td class=\"num\">\(SwedishNumber.oneDecimal(comparison.totalSummary.median))</td>"
    out += "<td></td></tr>\n"
    out += "</tbody>\n</table>\n" + HTML.legend
    out += "<p class=\"small\">Under varje tal står fullständigheten: andelen tillämpliga "
    out += "frågor som besvarats. Färgen visar hur väl plikterna uppfylls, inte placering. "
    out += "Kommuner utan svar räknas aldrig som noll och ingår inte i medianen. Ett "
    out += "ofullständigt svar visas som spann (alla obesvarade nej … alla ja) utan färg och "
    out += "ingår inte heller i medianen.</p>\n"
    return out
  }

  /// A self-contained HTML page.
  public func html(fictional: Bool = false) -> String {
    var body = ""
    if fictional {
      body += "<p class=\"notice\"><strong>Fiktiva uppgifter.</strong> Kommunerna och svaren "
      body += "är påhittade och visar bara hur verktyget fungerar.</p>\n"
    }
    body += "<h1>\(HTML.escape(title))</h1>\n<p>\(HTML.escape(answeredLine))</p>\n"
    body += heatMap()
    body += noteLines.dropFirst().map { "<p>\(HTML.escape($0))</p>\n" }.joined()
    body += "<h2>Plikter som oftast inte uppfylls</h2>\n<table><thead><tr>"
    body += "<th scope=\"col\">Plikt</th><th scope=\"col\">Styrka</th>"
    body += "<th scope=\"col\">Andelar av svarande kommuner</th></tr></thead><tbody>\n"
    for share in comparison.mostOftenUnmet {
      body += "<tr><th scope=\"row\">\(HTML.escape("\(share.duty.id) \(share.duty.title)"))</th>"
      body +=
        "<td>\(share.isMandatory ? "ska" : "bör")</td><td>\(HTML.escape(shareLine(share)))</td></tr>\n"
    }
    body += "</tbody></table>\n"
    if !comparison.discrepancies.isEmpty {
      body += "<h2>Där civilsamhället svarar annorlunda</h2>\n<ul>"
      body += comparison.discrepancies.map { "<li>\(HTML.escape(discrepancyLine($0)))</li>" }
        .joined()
      body += "</ul>\n"
    }
    if let change {
      body += "<h2>Förändring sedan \(HTML.escape(change.previousRound))</h2>\n"
      body += "<p>Jämförelsen gäller de \(change.commonDuties.count) plikter som gällde i båda "
      body += "omgångarna.</p>\n<ul>"
      body += changeLines(change).map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
      if !change.leftOut.isEmpty {
        body += "<p>Utelämnade plikter:</p><ul>"
        body += change.leftOut.map {
          "<li>\(HTML.escape("\($0.duty.id) \($0.duty.title): \($0.reason)"))</li>"
        }.joined()
        body += "</ul>\n"
      }
    }
    return HTML.page(title: title, body: body, style: Self.printStyle)
  }

  /// The comparison prints on A4 landscape with every column of the heat map on the page.
  static let printStyle = """

    @page { size: A4 landscape; margin: 10mm; }
    @media print {
      body { font-size: 9pt; }
      table.heatmap { width: 100%; table-layout: auto; break-inside: auto; }
      table.heatmap th, table.heatmap td { font-size: 7.5pt; padding: 0.1rem 0.2rem; }
      table.heatmap tr { break-inside: avoid; }
    }
    """
}
