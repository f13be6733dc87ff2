/// The arithmetic behind one duty's and its area's figures, written so a manager can
/// redo it on paper (`audit score FILE --explain DUTY`).
public enum ScoreExplanation {
  /// The explanation, or `nil` when the duty does not apply on the response's day.
  public static func explain(_ dutyID: String, in score: ResponseScore, rules: ScoringRules)
    -> String?
  {
    guard let duty = score.duties.first(where: { $0.duty.id == dutyID }),
      let area = score.areas.first(where: { $0.area.id == duty.duty.area })
    else { return nil }
    let metadata = score.response.metadata
    let n = SwedishNumber.plain
    var out = "Förklaring för \(duty.duty.id) \(duty.duty.title)\n"
    out += "\(metadata.municipalityCode) \(metadata.municipalityName), "
    out += "\(PersonalNumber.redacted(metadata.perspectiveLabel)), "
    out += "referensdatum \(metadata.referenceDate)\n"
    out += "Lagrum: \(duty.applied.citation)\n"
    out += "Styrka: \(duty.applied.strength) — vikt \(n(duty.weight)) (scoring.json)\n\n"
    if let exception = duty.exception {
      out +=
        duty.exceptionHolds
        ? "Undantag gäller till \(exception.validUntil): plikten räknas inte in.\n\n"
        : "Undantaget gick ut \(exception.validUntil): plikten bedöms som vanligt.\n\n"
    }
    out += "Frågor (ja = \(n(rules.yes)), delvis = \(n(rules.partial)), nej = \(n(rules.no)); "
    out += "vet ej, ej aktuellt och obesvarade räknas inte i uppfyllelsen; "
    out += "inom [ ] frågans egen styrka):\n"
    for question in duty.questions {
      let answer = question.answerValue.map { PersonalNumber.redacted($0.text) } ?? "(obesvarad)"
      let effect: String
      if let value = question.value {
        effect = "→ \(n(value))"
      } else if question.question.answerKind != .yesPartialNo {
        effect = "→ räknas inte (\(question.question.answerKind.label))"
      } else if question.answerValue == .notApplicable {
        effect = "→ räknas inte, lämnar nämnaren"
      } else if question.answerValue == .unknown {
        effect = "→ räknas inte, okänt läge"
      } else {
        effect = "→ räknas inte, sänker fullständigheten"
      }
      out += "  \(question.question.id)  \(answer)  \(effect)  [\(footingNote(question.footing))]\n"
    }
    let values = duty.questions.compactMap(\.value)
    if duty.exceptionHolds {
      out += "Uppfyllelse: räknas inte (undantag)\n"
    } else if values.isEmpty {
      out += "Uppfyllelse: – (inget ja, delvis eller nej att räkna)\n"
    } else {
      let sum = values.map(n).joined(separator: " + ")
      out += "Uppfyllelse: (\(sum)) / \(values.count) = "
      out += "\(n(values.reduce(0, +) / Double(values.count))) → "
      out += "\(SwedishNumber.oneDecimal(duty.fulfilment)) %\n"
    }
    out += "Fullständighet: \(duty.answeredQuestions) besvarade av \(duty.applicableQuestions) "
    out += "tillämpliga → \(SwedishNumber.oneDecimal(duty.completeness)) %\n"
    out += "Nivå: \(duty.status.rawValue)"
    if let finding = duty.finding {
      out += ", \(finding.kind.rawValue), \(finding.urgency.rawValue)\n"
      let points = Seriousness.points(finding, rule: rules.seriousness, disagrees: false)
      out += "Allvar: \(n(points)) poäng (följd "
      out += "\(finding.consequence?.rawValue ?? "ej angiven"), grund "
      out += "\(finding.seriousFooting.rawValue), nivå \(finding.level.rawValue))"
    }
    out += "\n" + levelRule(rules) + "\n" + Seriousness.text(rules.seriousness) + "\n"
    out += "\nOmrådet \(area.area.title) (medelvärde vägt efter styrka):\n"
    var weightSum = 0.0
    var productSum = 0.0
    for member in area.duties {
      guard let fulfilment = member.fulfilment else {
        let reason = member.status == .excepted ? "undantag" : member.status.rawValue
        out += "  \(member.duty.id)  vikt \(n(member.weight)) × –  (\(reason), räknas inte)\n"
        continue
      }
      let rounded = (fulfilment * 10).rounded() / 10
      weightSum += member.weight
      productSum += member.weight * fulfilment
      out += "  \(member.duty.id)  vikt \(n(member.weight)) × \(SwedishNumber.oneDecimal(rounded))"
      out += " = \(SwedishNumber.oneDecimal(member.weight * fulfilment))\n"
    }
    if weightSum > 0 {
      out += "  Summa \(SwedishNumber.oneDecimal(productSum)) / summa vikter \(n(weightSum)) = "
      out += "\(SwedishNumber.oneDecimal(area.figures.fulfilment)) %\n"
    } else {
      out += "  Inget att räkna: området saknar bedömda plikter.\n"
    }
    out += "Fullständighet i området: \(area.figures.answeredQuestions) av "
    out += "\(area.figures.applicableQuestions) → "
    out += "\(SwedishNumber.oneDecimal(area.figures.completeness)) %\n"
    return out
  }

  /// The rule for a duty's level, from `scoring.json`, in Swedish.
  static func levelRule(_ rules: ScoringRules) -> String {
    let names = { (gaps: [GapKind]) in gaps.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") }
    return "Regel för nivå (scoring.json): plikten bedöms på sina starkaste besvarade frågor; "
      + "\(names(rules.notMetGaps)) ger ej uppfylld, \(names(rules.partlyMetGaps)) delvis "
      + "uppfylld, bara vet ej okänd. Ett nej på ett krav är en brist, ett delvis på ett krav ett "
      + "delvis uppfyllt krav (ingen brist), övriga luckor förbättringsområden."
  }

  /// The question's own footing with its lagrum or source, e.g.
  /// `krav i lag: 6 kap. 1 § SoL 2025:400` or `god praxis: ÖJ-indikator …`.
  static func footingNote(_ footing: AppliedFooting) -> String {
    let reference = footing.citation.isEmpty ? footing.source : footing.citation
    return reference.map { "\(footing.label): \($0)" } ?? footing.label
  }
}
