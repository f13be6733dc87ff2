extension Overview {
  /// The trend over the county's rounds: one row per municipality with its result in each
  /// round (the table carries every value) and a small line beside it.
  func trendValues(html: Bool) -> [String: TemplateValue] {
    let rounds = history + [comparison]
    guard rounds.count > 1 else {
      return ["hasTrend": .flag(false), "trendRounds": .list([]), "trend": .list([])]
    }
    let rows: [TemplateValue] = comparison.rows.map { row in
      let rows = rounds.map { round in
        round.rows.first { $0.municipality.code == row.municipality.code }
      }
      let values = rows.map { $0?.completeTotal }
      return .object([
        "name": .text(row.municipality.name),
        "spark": .markup(html ? Self.sparkline(values) : ""),
        "values": .list(
          rows.map { row in
            .object(["value": .text(FulfilmentText.result(row, unit: false))])
          }),
      ])
    }
    return [
      "hasTrend": .flag(true),
      "trendRounds": .list(rounds.map { .object(["round": .text(RoundLabel.words($0.round))]) }),
      "trend": .list(rows),
    ]
  }

  /// A small line of the values, hidden from screen readers: the table row beside it
  /// holds every value.
  static func sparkline(_ values: [Double?]) -> String {
    let width = 90
    let height = 24
    let step = values.count > 1 ? (width - 8) / (values.count - 1) : 0
    let points = values.enumerated().compactMap { index, value in
      value.map {
        "\(4 + index * step),\(height - 3 - Int(($0 / 100 * Double(height - 6)).rounded()))"
      }
    }
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" "
    out += "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
    out +=
      "<rect x=\"0.5\" y=\"0.5\" width=\"\(width - 1)\" height=\"\(height - 1)\" fill=\"none\" "
    out += "stroke=\"#bbb\"/>"
    if points.count > 1 {
      out += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#000\" "
      out += "stroke-width=\"1.5\"/>"
    }
    for point in points {
      let xy = point.split(separator: ",")
      out += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2\" fill=\"#000\"/>"
    }
    return out + "</svg>"
  }
}
