/// Orders findings by seriousness, with the points of ``SeriousnessRule`` from
/// `scoring.json`: the duty's consequence, the footing of the gap, the duty's level and
/// whether civil society disagrees (issue 17).
public enum Seriousness {
  /// The points of `finding`.
  public static func points(_ finding: Finding, rule: SeriousnessRule, disagrees: Bool)
    -> Double
  {
    rule.points(
      consequence: finding.consequence, footing: finding.seriousFooting,
      level: finding.level, disagrees: disagrees)
  }

  /// `findings`, most serious first; equal points keep duty-id order.
  public static func ordered(
    _ findings: [Finding], rule: SeriousnessRule, disagreeing: Set<String>
  ) -> [Finding] {
    findings.map { finding in
      (finding, points(finding, rule: rule, disagrees: disagreeing.contains(finding.duty.id)))
    }.sorted { lhs, rhs in
      lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0.duty.id < rhs.0.duty.id
    }.map(\.0)
  }

  /// The rule in Swedish, for `--explain`, the README and the overview.
  public static func text(_ rule: SeriousnessRule) -> String {
    let n = SwedishNumber.plain
    let consequences = Consequence.allCases.map {
      "\($0.rawValue) \(n(rule.consequence[$0] ?? 0))"
    }
    let footings = Footing.allCases.sorted(by: >).map {
      "\($0.rawValue) \(n(rule.footing[$0] ?? 0))"
    }
    let levels = [DutyLevel.notMet, .partlyMet, .unknown].map {
      "\($0.rawValue) \(n(rule.level[$0] ?? 0))"
    }
    return "Allvar = poäng för pliktens följd (\(consequences.joined(separator: ", "))) "
      + "+ frågans grund (\(footings.joined(separator: ", "))) "
      + "+ pliktens nivå (\(levels.joined(separator: ", "))) "
      + "+ \(n(rule.disagreement)) om civilsamhället svarar annorlunda. "
      + "Högst poäng först; lika poäng ordnas efter plikt-id."
  }
}
