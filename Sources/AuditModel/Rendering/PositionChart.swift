/// The chart of a municipality's position in the county: one bar per municipality
/// for total fulfilment, the municipality itself marked, with a text alternative.
/// Bars are in name order, not rank order; colour means fulfilment.
public enum PositionChart {
  /// An accessible inline SVG.
  public static func svg(_ comparison: RegionComparison, highlight code: String) -> String {
    let rows = comparison.rows
    let barHeight = 14
    let gap = 3
    let labelWidth = 190
    let barWidth = 300
    let height = rows.count * (barHeight + gap) + 40
    let width = labelWidth + barWidth + 70
    let median = comparison.totalSummary.median
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
    out += "aria-labelledby=\"chart-title chart-desc\" width=\"\(width)\" height=\"\(height)\" "
    out += "viewBox=\"0 0 \(width) \(height)\" font-family=\"Arial, sans-serif\" font-size=\"11\">"
    out +=
      "<title id=\"chart-title\">Uppfyllelse totalt per kommun i \(HTML.escape(comparison.county?.name ?? "länet"))</title>"
    out +=
      "<desc id=\"chart-desc\">\(HTML.escape(textAlternative(comparison, highlight: code)))</desc>"
    for (index, row) in rows.enumerated() {
      let y = index * (barHeight + gap) + 10
      let isThis = row.municipality.code == code
      let name = "\(row.municipality.name)\(isThis ? " ◀" : "")"
      out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + barHeight - 4)\" text-anchor=\"end\""
      out += isThis ? " font-weight=\"bold\">" : ">"
      out += "\(HTML.escape(name))</text>"
      guard let score = row.score, !row.isIncomplete, let value = score.total.fulfilment else {
        let text =
          row.absence
          ?? "\(FulfilmentText.incomplete) (\(row.score.map { FulfilmentText.range($0.total) } ?? "–"))"
        out += "<text x=\"\(labelWidth + 4)\" y=\"\(y + barHeight - 4)\" fill=\"#333\">"
        out += "\(HTML.escape(text))</text>"
        continue
      }
      let length = max(1, Int((value / 100 * Double(barWidth)).rounded()))
      out += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" "
      out += "fill=\"\(HTML.colour(value))\" stroke=\"\(isThis ? "#000" : "#555")\" "
      out += "stroke-width=\"\(isThis ? 2 : 1)\"/>"
      out += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + barHeight - 4)\">"
      out += "\(SwedishNumber.oneDecimal(value))</text>"
    }
    if let median {
      let x = labelWidth + Int((median / 100 * Double(barWidth)).rounded())
      let bottom = rows.count * (barHeight + gap) + 10
      out += "<line x1=\"\(x)\" y1=\"4\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"#000\" "
      out += "stroke-dasharray=\"4 3\"/>"
      out += "<text x=\"\(x)\" y=\"\(bottom + 14)\" text-anchor=\"middle\">"
      out += "median \(SwedishNumber.oneDecimal(median))</text>"
    }
    out += "</svg>"
    return out
  }

  /// The chart in words, for screen readers, print in black and white and Markdown.
  public static func textAlternative(_ comparison: RegionComparison, highlight code: String)
    -> String
  {
    let county = comparison.county?.name ?? "länet"
    let answered = comparison.complete.count
    guard let row = comparison.rows.first(where: { $0.municipality.code == code }) else {
      return "Kommunen finns inte i jämförelsen."
    }
    let median = SwedishNumber.oneDecimal(comparison.totalSummary.median)
    if let score = row.score, row.isIncomplete {
      return "\(row.municipality.name) har lämnat ett ofullständigt svar "
        + "(\(score.incompleteReason ?? "")): uppfyllelsen kan ligga mellan "
        + "\(SwedishNumber.oneDecimal(score.total.lowest)) och "
        + "\(SwedishNumber.oneDecimal(score.total.highest)) %, och kommunen jämförs inte med de "
        + "andra. Medianen för de \(answered) kommuner i \(county) som svarat fullständigt nog "
        + "är \(median) %."
    }
    guard let value = row.score?.total.fulfilment else {
      let why = row.absence.map { $0 == "saknar svar" ? "har inte svarat" : "har \($0)" }
      return
        "\(row.municipality.name) \(why ?? "har inte svarat"). \(comparison.answered.count) av "
        + "\(comparison.rows.count) kommuner i \(county) har svarat; medianen är \(median) %."
    }
    let summary = comparison.totalSummary
    let values = comparison.complete.compactMap { $0.score?.total.fulfilment }
    let higher = values.filter { $0 > value }.count
    let place: String
    if values.count < 2 {
      place = "Den är den enda kommunen i \(county) som svarat fullständigt nog."
    } else if values.allSatisfy({ $0 >= value }) {
      place = "Det är lägst av de \(answered) kommuner som svarat fullständigt nog."
    } else if higher == 0 {
      place = "Det är högst av de \(answered) kommuner som svarat fullständigt nog."
    } else {
      place = "Det är plats \(higher + 1) av \(answered), räknat från högst."
    }
    let all = comparison.rows.map { row -> String in
      guard let score = row.score else { return "\(row.municipality.name) saknar svar" }
      if row.isIncomplete {
        return "\(row.municipality.name) \(FulfilmentText.incomplete) "
          + "(\(FulfilmentText.range(score.total)) %)"
      }
      return "\(row.municipality.name) \(SwedishNumber.oneDecimal(score.total.fulfilment)) %"
    }
    return "\(row.municipality.name) har \(SwedishNumber.oneDecimal(value)) % uppfyllelse totalt. "
      + "\(place) Medianen för de \(answered) kommuner i \(county) som svarat fullständigt nog "
      + "är \(SwedishNumber.oneDecimal(summary.median)) %, hälften ligger mellan "
      + "\(SwedishNumber.oneDecimal(summary.lowerQuartile)) och "
      + "\(SwedishNumber.oneDecimal(summary.upperQuartile)) %. Alla kommuner: "
      + all.joined(separator: ", ") + "."
  }
}
