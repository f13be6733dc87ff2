extension Brief {
  static func items(_ texts: [String]) -> TemplateValue {
    .list(texts.map { .object(["text": .text($0)]) })
  }

  /// The values for the brief templates.
  public func values(html: Bool) -> [String: TemplateValue] {
    // The findings in order of seriousness, worked out once for every list that uses them.
    let definite = definiteFindings
    let score = row?.score
    let county =
      comparison.county?.name ?? (isSelfAssessment ? "Kommunens egen bedömning" : "länet")
    let day = roundDay ?? score?.response.metadata.referenceDate
    let title =
      isSelfAssessment
      ? "Självskattning: \(municipality.name) kommun"
      : "Underlag för dialogmöte: \(municipality.name) kommun"
    var values: [String: TemplateValue] = [
      "title": .text(title),
      "municipalityName": .text(municipality.name), "municipalityCode": .text(municipality.code),
      "countyName": .text(county), "round": .text(roundWords), "roundID": .text(comparison.round),
      "referenceDate": .text(day.map(SwedishDate.words) ?? "–"),
      "audience": .text(audience == .politician ? "politiker" : "chefer och tjänstepersoner"),
      "modelVersion": .text(model.version), "fictional": .flag(isFictional),
      "fictionalNotice": .text(Self.fictionalNotice), "answered": .flag(score != nil),
      "detailed": .flag(isDetailed), "compared": .flag(!isSelfAssessment),
      "selfAssessment": .flag(isSelfAssessment), "notSupervision": .text(Self.notSupervision),
      "median": .text(SwedishNumber.oneDecimal(comparison.totalSummary.median)),
      "chart": .markup(html ? PositionChart.svg(comparison, highlight: municipality.code) : ""),
      "chartText": .text(PositionChart.textAlternative(comparison, highlight: municipality.code)),
      "positions": .list(
        comparison.rows.map { row in
          .object([
            "name": .text(row.municipality.name),
            "fulfilment": .text(Self.position(row)),
            "isThis": .flag(row.municipality.code == municipality.code),
          ])
        }),
      "dialogueQuestions": Self.items(dialogueQuestions(score, definite: definite)),
      "decisions": Self.items(decisions(definite)),
      "decisionNote": .text(
        score == nil
          ? "Förslaget bygger på att kommunen inte har svarat; nämnden avgör själv."
          : "Förslagen bygger på de allvarligaste fynden och på pliktmodellens texter; "
            + "nämnden avgör själv vad den beslutar."),
      "method": Self.items(method), "dataQuality": Self.items(dataQuality(score)),
      "lawChanges": Self.items(lawChanges),
      "hasPrevious": .flag(previousReferenceDate != nil || !history.isEmpty),
      "previousRound": .text(history.last.map { RoundLabel.words($0.round) } ?? ""),
      "responsibility": Self.items(Self.responsibilityText),
    ]
    let points = trendPoints
    values["hasTrend"] = .flag(points.count > 1)
    values["trendChart"] = .markup(
      html ? TrendChart.svg(points, name: municipality.name) : "")
    values["trendText"] = .text(
      points.count > 1 ? TrendChart.text(points, name: municipality.name) : "")
    values["trend"] = .list(points.count > 1 ? trendRows : [])
    values["trendFindings"] = Self.items(trendFindings)
    values.merge(civilSocietyValues(score)) { _, new in new }
    guard let score else {
      values["summaryLead"] = .text(invalidLead ?? notAnsweredLead)
      for key in [
        "fulfilment", "completeness", "deficiencyCount", "improvementCount", "unknownCount",
        "partlyMetCount", "notApplicableCount",
        "unverifiedCount", "answeredCount", "applicableCount", "scoreMeaning", "moreFindings",
      ] {
        values[key] = .text("")
      }
      values["topFindings"] = .list([])
      values["requirements"] = Self.items(requirementsBehindQuestions)
      values["actionPlan"] = .list([])
      values["strengths"] = .list([])
      values["areas"] = .list([])
      values["exceptions"] = .list([])
      return values
    }
    let total = score.total
    values["fulfilment"] = .text(
      score.isIncomplete
        ? "\(FulfilmentText.incomplete): \(FulfilmentText.range(total))"
        : SwedishNumber.oneDecimal(total.fulfilment))
    values["completeness"] = .text(SwedishNumber.oneDecimal(total.completeness))
    values["deficiencyCount"] = .text("\(total.deficiencies)")
    values["improvementCount"] = .text("\(total.improvementAreas)")
    values["partlyMetCount"] = .text("\(total.partlyMet)")
    values["notApplicableCount"] = .text("\(total.notApplicable)")
    values["unknownCount"] = .text("\(total.unknowns)")
    values["unverifiedCount"] = .text("\(total.unverified)")
    values["answeredCount"] = .text("\(total.answeredQuestions)")
    values["applicableCount"] = .text("\(total.applicableQuestions)")
    values["summaryLead"] = .text(headline(score))
    values["requirements"] = .list([])
    values["scoreMeaning"] = .text(scoreMeaning(score))
    values["topFindings"] = .list(definite.prefix(3).map { findingValue($0, missingLimit: 2) })
    let hidden = definite.count - min(3, definite.count)
    values["moreFindings"] = .text(
      hidden == 0
        ? ""
        : isDetailed
          ? "Alla \(definite.count) fynd finns i handlingsplanen nedan."
          : "Ytterligare \(hidden) fynd finns i underlaget för tjänstepersoner.")
    values["actionPlan"] = isDetailed ? actionPlan(definite) : .list([])
    values["strengths"] = Self.items(strengths(score))
    values["areas"] = .list(
      score.areas.map { area in
        .object([
          "title": .text(area.area.title),
          "fulfilment": .text(
            FulfilmentText.figure(area.figures, incomplete: score.isIncomplete)),
          "completeness": .text(SwedishNumber.oneDecimal(area.figures.completeness)),
          "deficiencies": .text("\(area.figures.deficiencies)"),
        ])
      })
    values["exceptions"] = Self.items(
      score.exceptions.map { exception, holds in
        let id = isDetailed ? "\(exception.dutyID) " : ""
        return "\(id)\(model.duty(exception.dutyID)?.title ?? exception.dutyID): "
          + (holds
            ? "undantag till \(SwedishDate.words(exception.validUntil))"
            : "undantaget gick ut \(SwedishDate.words(exception.validUntil)) och räknas inte "
              + "längre")
          + ". Motivering: \(exception.justification)"
      })
    return values
  }

  /// The action plan: the findings grouped by kind and urgency, in the order of
  /// seriousness, each group a table with an owner and a deadline to fill in.
  func actionPlan(_ findings: [Finding]) -> TemplateValue {
    var groups: [(heading: String, findings: [Finding])] = []
    for finding in findings {
      let heading = "\(Self.pluralHeading(finding.kind)): \(finding.urgency.rawValue)"
      if let index = groups.firstIndex(where: { $0.heading == heading }) {
        groups[index].findings.append(finding)
      } else {
        groups.append((heading, [finding]))
      }
    }
    return .list(
      groups.map { group in
        .object([
          "heading": .text("\(group.heading) (\(group.findings.count))"),
          // Brister with their gaps (the comments are on page one and in the response);
          // förbättringsområden with the action only, to keep the plan short enough to
          // work from.
          "findings": .list(
            group.findings.map {
              $0.isDeficiency
                ? findingValue($0, missingLimit: 3, comments: false)
                : improvementValue($0)
            }),
        ])
      })
  }

  /// A förbättringsområde in the action plan: title and action, no lagrum or gap lines.
  func improvementValue(_ finding: Finding) -> TemplateValue {
    guard case .object(var fields) = findingValue(finding, missingLimit: 0, comments: false)
    else { return .list([]) }
    fields["missing"] = .list([])
    fields["citation"] = .text("")
    return .object(fields)
  }

  /// Civil society: who answered, every disagreement and agreement flag (protection
  /// first), the agreements; politicians see the three most serious and how many more.
  func civilSocietyValues(_ score: ResponseScore?) -> [String: TemplateValue] {
    var values: [String: TemplateValue] = [:]
    let civil = row?.civilSociety ?? []
    values["civilSociety"] = Self.items(
      civil.map { score in
        let organisation = score.response.metadata.organisation
        if let questionnaire = model.questionnaire, questionnaire.isAnswered(by: score.response) {
          let answered = score.response.answers.filter { $0.value != nil }.count
          return "\(organisation) har besvarat civilsamhällets frågeformulär (\(answered) av "
            + "\(questionnaire.items.count) frågor); det som pekar på problem eller säger emot "
            + "kommunen eller avtalsregistret står bland frågorna till dialogmötet."
        }
        return "\(organisation) har besvarat samma checklista om kommunen "
          + "(uppfyllelse enligt organisationen: \(FulfilmentText.withCompleteness(score)))."
      })
    let limit = isDetailed ? Int.max : Self.politicianListLimit
    // Civil society's disagreements first, then answers the agreement register contradicts.
    let discrepancies =
      orderedDiscrepancies.map(describe)
      + RegisterDiscrepancy.grouped(registerDiscrepancies).map(RegisterDiscrepancy.text)
    values["discrepancies"] = Self.items(Array(discrepancies.prefix(limit)))
    let flags = orderedFlags
    values["agreementFlags"] = Self.items(flags.prefix(limit).map(\.detail))
    let more = max(0, discrepancies.count - limit) + max(0, flags.count - limit)
    values["moreDiscrepancies"] = .text(
      more == 0
        ? ""
        : "Ytterligare \(more) skillnader och avtalsfrågor finns i underlaget för "
          + "tjänstepersoner.")
    let own = agreements.filter { $0.municipalityCode == municipality.code }
    values["agreements"] = Self.items(own.map { Self.describe($0, on: roundDay) })
    values["coverage"] = .text(coverage?.text ?? "")
    return values
  }

  /// A municipality's place in the county table: its total beside its completeness, its
  /// range when incomplete, or why it has no figure.
  static func position(_ row: RegionComparison.Row) -> String {
    guard let score = row.score else { return row.absence ?? "saknar svar" }
    let completeness = SwedishNumber.oneDecimal(score.total.completeness)
    if score.isIncomplete {
      return "\(FulfilmentText.incomplete): \(FulfilmentText.range(score.total)) "
        + "(fullständighet \(completeness) %)"
    }
    return "\(SwedishNumber.oneDecimal(score.total.fulfilment)) (fullständighet \(completeness) %)"
  }

  /// The heading of a group of findings of one kind in the action plan.
  static func pluralHeading(_ kind: Finding.Kind) -> String {
    switch kind {
    case .deficiency: return "Brister"
    case .partlyMet: return "Delvis uppfyllda krav"
    case .improvementArea: return "Förbättringsområden"
    case .unknown: return "Okänt läge"
    }
  }
}
