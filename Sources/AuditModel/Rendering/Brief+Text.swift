import Foundation

extension Brief {
  func plain(_ finding: Finding) -> String {
    let gaps = finding.gaps.filter { $0.kind != .unknown }.count
    let unknown = finding.gaps.filter { $0.kind == .unknown }.count
    var text = "\(finding.duty.title) (\(finding.citation)): "
    if finding.expiredException != nil {
      text += "ett undantag har gått ut. "
    }
    if gaps > 0 {
      text += "svaren visar luckor på \(gaps) av \(finding.duty.questions.count) frågor"
      text += Self.footingBreakdown(finding) + ". "
    }
    if unknown > 0 {
      text += "kommunen vet inte hur det är på \(Swedish.count(unknown, "fråga", "frågor")). "
    }
    return text + "Bedömning: \(finding.kind.rawValue), \(finding.urgency.rawValue)."
  }

  /// Which of a finding's definite gaps the law requires, Socialstyrelsen recommends or
  /// good practice asks for, e.g. ` (1 som lagen kräver, 2 som är vanlig god praxis)`.
  static func footingBreakdown(_ finding: Finding) -> String {
    let parts = finding.gapsByFooting.compactMap { group -> String? in
      let count = group.gaps.filter { $0.kind != .unknown }.count
      guard count > 0 else { return nil }
      let levels = Set(group.gaps.map(\.footing.level))
      switch group.footing {
      case .requirement:
        return levels == [.regulationRequirement]
          ? "\(count) som Socialstyrelsens föreskrifter kräver" : "\(count) som lagen kräver"
      case .generalAdvice: return "\(count) som Socialstyrelsen rekommenderar"
      case .goodPractice: return "\(count) som är vanlig god praxis"
      }
    }
    return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
  }

  func summaryLead(_ score: ResponseScore) -> String {
    let total = score.total
    let median = SwedishNumber.oneDecimal(comparison.totalSummary.median)
    var text = "\(municipality.name) har besvarat \(total.answeredQuestions) av "
    text += "\(total.applicableQuestions) frågor om socialnämndens ansvar vid våld i nära "
    if score.isIncomplete {
      text += "relationer. Svaret är ofullständigt (\(score.incompleteReason ?? "")), så det "
      text += "går inte att ge ett enda tal för hur plikterna uppfylls: beroende på de obesvarade "
      text += "frågorna ligger uppfyllelsen mellan \(SwedishNumber.oneDecimal(total.lowest)) och "
      text += "\(SwedishNumber.oneDecimal(total.highest)) %. Kommunen jämförs därför inte med "
      text += "länets median (\(median) %). "
    } else {
      text += "relationer. Enligt kommunens egna svar uppfylls plikterna till "
      text += "\(SwedishNumber.oneDecimal(total.fulfilment)) %; medianen i länet är \(median) %. "
    }
    text += "Svaren visar \(Swedish.count(total.deficiencies, "brist", "brister")) (krav i lag "
    text += "eller föreskrift som inte uppfylls), "
    text += "\(Swedish.count(total.partlyMet, "krav", "krav")) som bara uppfylls delvis och "
    text += "\(Swedish.count(total.improvementAreas, "förbättringsområde", "förbättringsområden")) "
    text += "där Socialstyrelsens allmänna råd eller vanlig god praxis rekommenderar mer."
    if total.notApplicable > 0 {
      text += " Kommunen har angett ej aktuellt på "
      text += "\(Swedish.count(total.notApplicable, "fråga", "frågor")) (se datakvaliteten)."
    }
    if orderedFindings(score).contains(where: \.hasDefiniteGap) { text += " Det här betyder mest:" }
    return text
  }

  /// The lead of a brief without a usable response: none came in, or only files with errors.
  var absentLead: String {
    let invalid = row?.invalid ?? []
    guard !invalid.isEmpty else {
      return "\(municipality.name) har inte lämnat något svar i omgång \(comparison.round). Det "
        + "går därför inte att säga hur kommunen uppfyller sina skyldigheter. Mötet kan börja "
        + "med frågan varför, och med plikterna nedan."
    }
    let errors = invalid.reduce(0) { $0 + $1.errors }
    var text =
      "\(municipality.name) har lämnat ett svar i omgång \(comparison.round), men filen har "
      + "\(Swedish.count(errors, "fel", "fel")) och kunde inte användas (ogiltigt svar – rätta "
      + "filen). Det går därför inte att säga hur kommunen uppfyller sina skyldigheter förrän "
      + "felen är rättade."
    let rejected = invalid.flatMap(\.rejectedNotApplicable)
    if !rejected.isEmpty {
      let shown = rejected.prefix(isDetailed ? rejected.count : 8)
      text +=
        " Kommunen har angett ej aktuellt på "
        + "\(Swedish.count(rejected.count, "fråga", "frågor")) som gäller i alla kommuner: "
        + shown.joined(separator: ", ") + (shown.count < rejected.count ? " med flera" : "")
        + "."
    }
    return text
  }

  func scoreMeaning(_ score: ResponseScore) -> String {
    let rules = model.scoring
    let n = SwedishNumber.plain
    let total = score.total
    return "Uppfyllelsen är ett medelvärde av kommunens svar: ja räknas som \(n(rules.yes)), "
      + "delvis som \(n(rules.partial)) och nej som \(n(rules.no)). Plikter i lag väger "
      + "\(n(rules.actWeight)), föreskrifter \(n(rules.regulationWeight)) och allmänna råd "
      + "\(n(rules.adviceWeight)). 100 % betyder att kommunen svarat ja på allt. "
      + "Fullständigheten, \(SwedishNumber.oneDecimal(total.completeness)) %, är andelen frågor "
      + "som fått ett svar; obesvarade frågor och \"vet ej\" sänker den men inte uppfyllelsen. "
      + "\(Swedish.count(total.unverified, "ja-svar saknar", "ja-svar saknar")) underlag och "
      + "är alltså inte styrkta."
  }

  func strengths(_ score: ResponseScore) -> [String] {
    // An incomplete response is never called strong: its figures are only a range.
    guard !score.isIncomplete else {
      return [
        "Inga styrkor visas: svaret är ofullständigt, och obesvarade frågor kan inte visa att "
          + "något fungerar."
      ]
    }
    let strong = score.areas.filter { ($0.figures.fulfilment ?? 0) >= 80 }
      .sorted { ($0.figures.fulfilment ?? 0) > ($1.figures.fulfilment ?? 0) }
    var lines = strong.prefix(isDetailed ? 12 : 3).map {
      "\($0.area.title): \(SwedishNumber.oneDecimal($0.figures.fulfilment)) % uppfyllelse."
    }
    let met = score.duties.filter { $0.status == .met }.count
    lines.append("\(met) av \(score.duties.count) plikter uppfylls helt enligt svaren.")
    return lines
  }

  var lawChanges: (changes: [String], newDuties: [String]) {
    guard let previous = previousReferenceDate,
      let current = row?.score?.response.metadata.referenceDate
        ?? comparison.answered.compactMap({ $0.score?.response.metadata.referenceDate }).max(),
      previous < current
    else { return ([], []) }
    let listing = ChangeListing(model: model, from: previous, to: current)
    var lines: [String] = []
    for day in listing.days {
      let group = listing.changes.filter { $0.day == day }
      let instruments = Set(group.flatMap(\.instruments)).sorted().joined(separator: ", ")
      let counts = ModelChange.Kind.allCases.compactMap { kind -> String? in
        let count = group.filter { $0.kind == kind }.count
        return count == 0 ? nil : Self.changeCount(count, kind)
      }
      lines.append(
        "\(SwedishDate.words(day)) (\(instruments)): \(counts.joined(separator: ", ")).")
    }
    let newDuties = listing.changes.filter { $0.kind == .came }.map {
      "\($0.duty.id) \($0.duty.title): \($0.sentence(in: model))"
    }
    return (lines, newDuties)
  }

  /// How many duties changed in one way, in words, e.g. `42 plikter står i nya lagrum`.
  static func changeCount(_ count: Int, _ kind: ModelChange.Kind) -> String {
    let duties = Swedish.count(count, "plikt", "plikter")
    switch kind {
    case .came: return Swedish.count(count, "ny plikt", "nya plikter")
    case .went: return "\(duties) upphörde"
    case .strengthChanged: return "\(duties) fick ändrad styrka"
    case .moved: return "\(duties) står i nya lagrum"
    case .newWording: return "\(duties) vilar på lagrum med ny lydelse"
    case .firstModelled: return "\(duties) fanns redan i en äldre lydelse och följs från denna dag"
    }
  }

  var roundChange: [String] {
    guard let change,
      let item = change.municipalities.first(where: {
        $0.municipality.code == municipality.code
      })
    else { return [] }
    guard let before = item.totalBefore, let after = item.totalAfter, let delta = item.totalDelta
    else {
      return [
        item.totalBefore == nil
          ? "Kommunen svarade inte i omgång \(change.previousRound)."
          : (row?.invalid.isEmpty ?? true)
            ? "Kommunen har inte svarat i denna omgång."
            : "Kommunens svar i denna omgång har fel och räknas inte."
      ]
    }
    var lines = [
      "Totalt \(SwedishNumber.oneDecimal(before)) → \(SwedishNumber.oneDecimal(after)) % "
        + "(\(delta >= 0 ? "+" : "")\(SwedishNumber.oneDecimal(delta)) procentenheter) på de "
        + "\(change.commonDuties.count) plikter som gällde i båda omgångarna."
    ]
    let title = { (id: String) in "\(id) \(self.model.duty(id)?.title ?? "")" }
    let limit = isDetailed ? Int.max : 4
    func listed(_ ids: [String]) -> String {
      let shown = ids.prefix(limit).map(title).joined(separator: "; ")
      return ids.count > limit ? "\(shown) och \(ids.count - limit) till" : shown
    }
    if !item.newDeficiencies.isEmpty {
      let count = Swedish.count(item.newDeficiencies.count, "ny brist", "nya brister")
      lines.append("\(count): \(listed(item.newDeficiencies)).")
    }
    if !item.closedDeficiencies.isEmpty {
      let count = Swedish.count(item.closedDeficiencies.count, "brist", "brister")
      lines.append("\(count) som inte längre finns: \(listed(item.closedDeficiencies)).")
    }
    return lines
  }

  func responsibility(_ score: ResponseScore?) -> String {
    let words = ["kvinnojour", "jour", "iop", "idéburet", "idéburen"]
    let mentions =
      score?.response.answers.contains { answer in
        let text = (answer.comment + " " + (answer.value?.text ?? "")).lowercased()
        return words.contains { TextFolding.contains(text, $0) }
      } ?? false
    guard mentions || !(row?.civilSociety.isEmpty ?? true) else { return "" }
    return "Kommunen arbetar med en kvinnojour eller annan ideell organisation. Ansvaret för att "
      + "våldsutsatta och barn får stöd och skydd ligger ändå kvar hos socialnämnden, vilken "
      + "form samarbetet än har (avtal, idéburet offentligt partnerskap eller bidrag). Det finns "
      + "ingen lagstadgad skyldighet att samarbeta med eller finansiera kvinnojourer; "
      + "överenskommelserna är kommunens eget val."
  }

  func dialogueQuestions(_ score: ResponseScore?) -> [String] {
    var questions: [String] = []
    guard let score else {
      questions.append(
        (row?.invalid.isEmpty ?? true)
          ? "Varför har kommunen inte besvarat checklistan i denna omgång?"
          : "Kommunens svar har fel och kunde inte användas. När kan en rättad fil lämnas in?")
      let mandatory = model.duties(
        inForceOn: comparison.answered.compactMap {
          $0.score?.response.metadata.referenceDate
        }.max() ?? Day(ordinal: 0)
      ).filter(\.strength.isMandatory)
      questions += mandatory.prefix(4).map(\.duty.dialogue)
      return questions + civilSocietyPoints(nil)
    }
    for finding in orderedFindings(score) where finding.hasDefiniteGap {
      if !questions.contains(finding.duty.dialogue) { questions.append(finding.duty.dialogue) }
      if questions.count >= (isDetailed ? 10 : 3) { break }
    }
    let civil = civilSocietyPoints(score.response)
    questions += civil
    for group in RegisterDiscrepancy.grouped(registerDiscrepancies).prefix(2) {
      questions.append(RegisterDiscrepancy.dialogueQuestion(group))
    }
    for flag in flags where flag.municipalityCode == municipality.code {
      if !questions.contains(flag.question) { questions.append(flag.question) }
    }
    let discrepancies = comparison.discrepancies.filter {
      $0.municipality.code == municipality.code
    }
    if let first = discrepancies.first {
      questions.append(
        "Kommunen och \(first.organisation) svarar olika på \(discrepancies.count) frågor, "
          + "till exempel \(first.question.id) (\(first.municipalityAnswer.text) mot "
          + "\(first.organisationAnswer.text)). Hur ser ni på det?")
    }
    if score.isIncomplete {
      questions.append(
        "\(score.total.applicableQuestions - score.total.answeredQuestions) frågor är obesvarade "
          + "eller besvarade med \"vet ej\". Vad behövs för att nämnden ska veta hur det är?")
    }
    if score.total.unverified > 0 {
      questions.append(
        "\(score.total.unverified) ja-svar saknar underlag. Vilka rutiner, beslut eller "
          + "uppföljningar visar att det fungerar?")
    }
    // Politicians get the questions that matter most; two minutes, not a hearing.
    return isDetailed ? questions : Array(questions.prefix(6 + civil.count))
  }

  /// The points civil society's questionnaire answers raise (at most six for politicians).
  func civilSocietyPoints(_ own: Response?) -> [String] {
    guard let questionnaire = model.questionnaire else { return [] }
    let dialogue = CivilSocietyDialogue(
      questionnaire: questionnaire, municipalityName: municipality.name,
      municipalityResponse: own,
      agreements: agreements.filter { $0.municipalityCode == municipality.code })
    let points = (row?.civilSociety ?? []).flatMap { dialogue.points($0.response) }.map(\.text)
    return isDetailed ? points : Array(points.prefix(6))
  }

  var method: [String] {
    let rules = model.scoring
    let n = SwedishNumber.plain
    return [
      "Kommunen har besvarat en checklista med frågor om varje plikt som gällde på "
        + "referensdatumet. Plikterna och lagrummen kommer från pliktmodellen \(model.version).",
      "Varje fråga ger ja = \(n(rules.yes)), delvis = \(n(rules.partial)), nej = \(n(rules.no)). "
        + "\"Vet ej\" och obesvarade frågor räknas inte in i uppfyllelsen men sänker "
        + "fullständigheten; \"ej aktuellt\" räknas inte alls.",
      "En plikt får medelvärdet av sina frågor. Områden och totalen är medelvärden av "
        + "plikterna, vägda efter styrka: lag \(n(rules.actWeight)), föreskrift "
        + "\(n(rules.regulationWeight)), allmänt råd \(n(rules.adviceWeight)).",
      "Ett nej på ett krav i lag eller föreskrift är en brist; ett delvis på ett krav är ett "
        + "krav som uppfylls delvis och räknas för sig; en lucka mot ett allmänt råd eller god "
        + "praxis är ett förbättringsområde. Fynden ordnas efter allvar: vad som står på spel "
        + "(skydd och säkerhet först), grunden (krav först), nivån och om civilsamhället svarar "
        + "annorlunda.",
      "Länets median och kvartiler räknas bara på kommuner vars svar är fullständiga nog "
        + "(minst \(n(rules.completenessThreshold)) % besvarade). Ett ofullständigt svar visas "
        + "som ett spann och kallas aldrig bäst; kommuner utan svar räknas aldrig som noll.",
    ]
  }

  func dataQuality(_ score: ResponseScore?) -> [String] {
    guard let score else {
      return [
        (row?.invalid.isEmpty ?? true)
          ? "Kommunen har inte svarat; inga siffror finns."
          : "Kommunens svar har fel och räknas inte; inga siffror finns."
      ]
    }
    var lines = [
      "Svaren är kommunens egen bedömning (\(score.response.metadata.perspectiveLabel)), "
        + "referensdatum \(score.response.metadata.referenceDate).",
      "Fullständighet \(SwedishNumber.oneDecimal(score.total.completeness)) %: "
        + "\(score.total.answeredQuestions) av \(score.total.applicableQuestions) tillämpliga "
        + "frågor besvarade; \(score.total.unknowns) \"vet ej\".",
      "\(score.total.unverified) ja-svar saknar angivet underlag.",
    ]
    if let notice = FulfilmentText.notice(score) { lines.append(notice) }
    if let line = FulfilmentText.notApplicableLine(score) { lines.append(line) }
    let civil = row?.civilSociety.count ?? 0
    if civil > 0 {
      lines.append(
        "\(Swedish.count(civil, "organisation", "organisationer")) i civilsamhället har "
          + "besvarat samma frågor om kommunen.")
    }
    return lines
  }
}
