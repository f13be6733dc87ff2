/// How a fulfilment figure is written beside its completeness (issue 17): one figure for a
/// response complete enough, otherwise the range the unanswered questions allow and
/// "ofullständigt svar".
public enum FulfilmentText {
  /// The words every report uses for a response below the completeness threshold.
  public static let incomplete = "ofullständigt svar"

  /// `62,5`, or `40,0–90,0` for an incomplete response (no single figure).
  public static func figure(_ figures: Figures, incomplete: Bool) -> String {
    guard incomplete else { return SwedishNumber.oneDecimal(figures.fulfilment) }
    return range(figures)
  }

  /// `40,0–90,0`: all `nej` … all `ja` on the unanswered questions; `–` when nothing applies.
  public static func range(_ figures: Figures) -> String {
    guard let low = figures.lowest, let high = figures.highest else { return "–" }
    return "\(SwedishNumber.oneDecimal(low))–\(SwedishNumber.oneDecimal(high))"
  }

  /// The total of `score` with its unit: `62,5 %`, or
  /// `ofullständigt svar: 40,0–90,0 % beroende på de obesvarade frågorna`.
  public static func total(_ score: ResponseScore) -> String {
    guard score.isIncomplete else {
      return "\(SwedishNumber.oneDecimal(score.total.fulfilment)) %"
    }
    return "\(incomplete): \(range(score.total)) % beroende på de obesvarade frågorna"
  }

  /// The fulfilment and completeness of `score`, side by side: `62,5 % (fullständighet
  /// 95,1 %)`.
  public static func withCompleteness(_ score: ResponseScore) -> String {
    "\(total(score)) (fullständighet \(SwedishNumber.oneDecimal(score.total.completeness)) %)"
  }

  /// The sentence a report shows under an incomplete response's figures, or `nil`.
  public static func notice(_ score: ResponseScore) -> String? {
    guard let reason = score.incompleteReason else { return nil }
    return "Ofullständigt svar (\(reason)): inget enskilt tal för uppfyllelsen visas. Om alla "
      + "obesvarade frågor och vet ej-svar blev nej vore uppfyllelsen "
      + "\(SwedishNumber.oneDecimal(score.total.lowest)) %, om alla blev ja "
      + "\(SwedishNumber.oneDecimal(score.total.highest)) %."
  }

  /// Every `ej aktuellt` answer in words, or `nil` when there is none: "Kommunen har angett
  /// ej aktuellt på 2 frågor: D016-2 (skäl: …), …".
  public static func notApplicableLine(
    _ score: ResponseScore, who: String = "Kommunen", withIDs: Bool = true
  ) -> String? {
    let uses = score.notApplicableAnswers
    guard !uses.isEmpty else { return nil }
    let listed = uses.map { use -> String in
      var reason = use.reason
      while reason.hasSuffix(".") { reason.removeLast() }
      let id = withIDs ? "\(use.question.id) " : ""
      return "\(id)\(use.question.text) (skäl: \(reason))"
    }
    return "\(who) har angett ej aktuellt på \(Swedish.count(uses.count, "fråga", "frågor")): "
      + listed.joined(separator: "; ") + "."
  }

  /// A municipality's result in a round, in words: `62,5 %`, `ofullständigt svar
  /// (16,7–72,6 %)`, or why there is none (`saknar svar`); without the unit when `unit` is
  /// false.
  public static func result(_ row: RegionComparison.Row?, unit: Bool = true) -> String {
    guard let row, let score = row.score else { return row?.absence ?? "saknar svar" }
    let percent = unit ? " %" : ""
    if row.isIncomplete { return "\(incomplete) (\(range(score.total))\(percent))" }
    return SwedishNumber.oneDecimal(score.total.fulfilment) + percent
  }
}
