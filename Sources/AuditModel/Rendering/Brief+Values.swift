extension Brief {
  private static func items(_ texts: [String]) -> TemplateValue {
    .list(texts.map { .object(["text": .text($0)]) })
  }

  /// The values for the brief templates.
  public func values(html: Bool) -> [String: TemplateValue] {
    let score = row?.score
    let county = comparison.county?.name ?? "länet"
    var values: [String: TemplateValue] = [
      "title": .text("Underlag för dialogmöte: \(municipality.name) kommun"),
      "municipalityName": .text(municipality.name), "municipalityCode": .text(municipality.code),
      "countyName": .text(county), "round": .text(comparison.round),
      "referenceDate": .text(score?.response.metadata.referenceDate.description ?? "–"),
      "audience": .text(audience == .politician ? "politiker" : "chefer och tjänstepersoner"),
      "modelVersion": .text(model.version), "fictional": .flag(isFictional),
      "fictionalNotice": .text(Self.fictionalNotice), "answered": .flag(score != nil),
      "detailed": .flag(isDetailed), "notSupervision": .text(Self.notSupervision),
      "median": .text(SwedishNumber.oneDecimal(comparison.totalSummary.median)),
      "chart": .markup(html ? PositionChart.svg(comparison, highlight: municipality.code) : ""),
      "chartText": .text(PositionChart.textAlternative(comparison, highlight: municipality.code)),
      "positions": .list(
        comparison.rows.map { row in
          .object([
            "name": .text("\(row.municipality.code) \(row.municipality.name)"),
            "fulfilment": .text(Self.position(row)),
            "isThis": .flag(row.municipality.code == municipality.code),
          ])
        }),
      "dialogueQuestions": Self.items(dialogueQuestions(score)),
      "method": Self.items(method), "dataQuality": Self.items(dataQuality(score)),
      "lawChanges": Self.items(lawChanges.changes), "newDuties": Self.items(lawChanges.newDuties),
      "hasPrevious": .flag(previousReferenceDate != nil),
      "previousRound": .text(change?.previousRound ?? ""),
      "roundChange": Self.items(roundChange),
      "responsibility": .text(responsibility(score)),
    ]
    let own = agreements.filter { $0.municipalityCode == municipality.code }
    values["agreements"] = Self.items(own.map(Self.describe))
    values["agreementFlags"] = Self.items(
      flags.filter { $0.municipalityCode == municipality.code }.map(\.detail))
    values["coverage"] = .text(coverage?.text ?? "")
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
    let discrepancies = comparison.discrepancies.filter {
      $0.municipality.code == municipality.code
    }
    values["discrepancies"] = Self.items(
      discrepancies.prefix(isDetailed ? 100 : 2).map { item in
        var text =
          "\(item.question.id) \(item.question.text) Kommunen: \(item.municipalityAnswer.text)"
        if !item.municipalityComment.isEmpty { text += " (\"\(item.municipalityComment)\")" }
        text += ". \(item.organisation): \(item.organisationAnswer.text)"
        if !item.organisationComment.isEmpty { text += " (\"\(item.organisationComment)\")" }
        return text + "."
      }
        + RegisterDiscrepancy.grouped(registerDiscrepancies).prefix(isDetailed ? 100 : 2)
        .map(RegisterDiscrepancy.text))
    guard let score else {
      values["summaryLead"] = .text(absentLead)
      for key in [
        "fulfilment", "completeness", "deficiencyCount", "improvementCount", "unknownCount",
        "partlyMetCount", "notApplicableCount",
        "unverifiedCount", "answeredCount", "applicableCount", "scoreMeaning", "moreDeficiencies",
      ] {
        values[key] = .text("–")
      }
      values["topThree"] = .list([])
      values["deficiencies"] = .list([])
      values["strengths"] = .list([])
      values["areas"] = .list([])
      values["exceptions"] = .list([])
      return values
    }
    let findings = orderedFindings(score)
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
    values["summaryLead"] = .text(summaryLead(score))
    values["topThree"] = Self.items(findings.prefix(3).map(plain))
    values["scoreMeaning"] = .text(scoreMeaning(score))
    let shown = isDetailed ? findings : Array(findings.filter(\.hasDefiniteGap).prefix(3))
    values["deficiencies"] = .list(
      shown.map { finding in
        // Politicians get the first two gaps of each finding; officials get all.
        var missing = finding.missing
        if !isDetailed, missing.count > 2 {
          let rest = missing.count - 2
          missing =
            Array(missing.prefix(2)) + ["… och \(Swedish.count(rest, "brist", "brister")) till."]
        }
        return .object([
          "id": .text(finding.duty.id), "title": .text(finding.duty.title),
          "citation": .text(finding.citation), "strength": .text(finding.strength.description),
          "footing": .text(finding.footing.rawValue),
          "isDeficiency": .text(finding.isDeficiency ? "ja" : "nej"),
          "urgency": .text(finding.urgency.rawValue), "missing": Self.items(missing),
          "kind": .text(finding.kind.rawValue), "level": .text(finding.level.rawValue),
          "action": .text(finding.action),
        ])
      })
    let hidden = findings.count - shown.count
    values["moreDeficiencies"] = .text(
      hidden > 0
        ? "Ytterligare \(hidden) fynd finns i underlaget för tjänstepersoner." : "")
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
        "\(exception.dutyID) \(model.duty(exception.dutyID)?.title ?? ""): "
          + (holds
            ? "undantag till \(exception.validUntil)"
            : "undantaget gick ut \(exception.validUntil) och räknas inte längre")
          + ". Motivering: \(exception.justification)"
      })
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

  /// One agreement in words.
  public static func describe(_ agreement: Agreement) -> String {
    if agreement.form == .none { return "Inget avtal med civilsamhället." }
    var text = "\(agreement.organisation): \(agreement.form.rawValue)"
    if !agreement.scope.isEmpty { text += " om \(agreement.scope.joined(separator: ", "))" }
    if let amount = agreement.amountPerYear {
      text += ", \(SwedishNumber.grouped(amount)) kr per år"
    }
    if let start = agreement.start { text += ", från \(start)" }
    text += agreement.end.map { " till \($0)" } ?? " tills vidare"
    text += "; \(agreement.status.rawValue)"
    if agreement.followUpsPerYear > 0 {
      text +=
        "; ska följas upp \(Swedish.count(agreement.followUpsPerYear, "gång", "gånger")) per år"
      if let latest = agreement.latestFollowUp { text += ", senast \(latest)" }
    }
    return text + "."
  }
}
