extension Brief {
  /// The municipality's total per round, oldest first, this round last.
  var trendPoints: [TrendChart.Point] {
    (history + [comparison]).map { round in
      TrendChart.Point(
        label: RoundLabel.words(round.round),
        value: round.rows.first { $0.municipality.code == municipality.code }?.completeTotal,
        median: round.totalSummary.median)
    }
  }

  /// The trend table: round, result, median and place in the county.
  var trendRows: [TemplateValue] {
    (history + [comparison]).map { round in
      let row = round.rows.first { $0.municipality.code == municipality.code }
      let value = row?.completeTotal
      return .object([
        "round": .text(RoundLabel.words(round.round)),
        "fulfilment": .text(FulfilmentText.result(row)),
        "median": .text("\(SwedishNumber.oneDecimal(round.totalSummary.median)) %"),
        "rank": .text(value.flatMap { Self.shortRank($0, among: round) } ?? "–"),
      ])
    }
  }

  /// The place in the county in short: `lägst av 9`, `högst av 9`, `6 av 9`.
  static func shortRank(_ value: Double, among comparison: RegionComparison) -> String? {
    // `complete.compactMap(\.completeTotal)`, reading the rows in place instead of copying them.
    let rows = comparison.rows
    let values = rows.indices.compactMap { index -> Double? in
      guard rows[index].score != nil, !rows[index].isIncomplete else { return nil }
      return rows[index].completeTotal
    }
    guard values.count > 1 else { return nil }
    let higher = values.filter { $0 > value }.count
    if values.allSatisfy({ $0 >= value }) { return "lägst av \(values.count)" }
    if higher == 0 { return "högst av \(values.count)" }
    return "\(higher + 1) av \(values.count)"
  }

  /// Which brister are new, fixed or remaining since the previous round, by name.
  var trendFindings: [String] {
    guard let previous = history.last,
      let before = previous.rows.first(where: { $0.municipality.code == municipality.code })?
        .score,
      let after = row?.score
    else { return [] }
    let since = RoundLabel.words(previous.round)
    let old = before.findings.filter(\.isDeficiency).map(\.duty.title)
    let new = after.findings.filter(\.isDeficiency).map(\.duty.title)
    let limit = isDetailed ? Int.max : 4
    func listed(_ titles: [String]) -> String {
      let shown = titles.prefix(limit).joined(separator: "; ")
      return titles.count > limit ? "\(shown) och \(titles.count - limit) till" : shown
    }
    var lines: [String] = []
    let added = new.filter { !old.contains($0) }
    let fixed = old.filter { !new.contains($0) }
    let remaining = new.filter { old.contains($0) }
    if !added.isEmpty {
      lines.append(
        "Nya brister sedan \(since) (\(added.count)): \(listed(added)).")
    }
    if !fixed.isEmpty {
      lines.append("Åtgärdade sedan \(since) (\(fixed.count)): \(listed(fixed)).")
    }
    if !remaining.isEmpty {
      lines.append("Kvar sedan \(since) (\(remaining.count)): \(listed(remaining)).")
    }
    if lines.isEmpty { lines.append("Inga brister, varken \(since) eller nu.") }
    return lines
  }
}
