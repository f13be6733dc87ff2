import Foundation

extension Brief {
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
      + "\(Swedish.count(total.unverified, "ja-svar saknar", "ja-svar saknar")) belägg (ett "
      + "dokument, beslut eller en uppföljning som visar att det stämmer) och är alltså inte "
      + "styrkta."
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

  /// The duties behind the questions to a municipality that has not answered: four with a
  /// *ska* on the round's day, those about protection and safety first.
  var questionDuties: [Duty] {
    let day =
      roundDay
      ?? comparison.answered.compactMap { $0.score?.response.metadata.referenceDate }.max()
      ?? Day(ordinal: 0)
    let mandatory = model.duties(inForceOn: day).filter(\.strength.isMandatory).map(\.duty)
    let protection = mandatory.filter { $0.consequence == .protection }
    return Array((protection + mandatory.filter { $0.consequence != .protection }).prefix(4))
  }

  /// What the law requires in the duties behind the questions, for a municipality that has
  /// not answered: title and requirement, nothing about whether it is met.
  var requirementsBehindQuestions: [String] {
    questionDuties.map { duty in
      "\(duty.title): \(Self.datesInWords(ModelChange.firstSentence(duty.requirement)))"
    }
  }

  /// The questions for the meeting: from `definite` (the definite findings, most serious
  /// first), the agreement flags, civil society and the data quality.
  func dialogueQuestions(_ score: ResponseScore?, definite: [Finding]) -> [String] {
    var questions: [String] = []
    guard let score else {
      questions.append(
        (row?.invalid.isEmpty ?? true)
          ? "Varför har kommunen inte besvarat checklistan i denna omgång?"
          : "Kommunens svar har fel och kunde inte användas. När kan en rättad fil lämnas in?")
      questions += questionDuties.map(\.dialogue)
      return questions + civilSocietyPoints(nil)
    }
    for finding in definite {
      if !questions.contains(finding.duty.dialogue) { questions.append(finding.duty.dialogue) }
      if questions.count >= (isDetailed ? 10 : 3) { break }
    }
    for flag in orderedFlags {
      if !questions.contains(flag.question) { questions.append(flag.question) }
    }
    let discrepancies = orderedDiscrepancies
    if let first = discrepancies.first {
      let id = isDetailed ? "\(first.question.id) " : ""
      questions.append(
        "Kommunen och \(first.organisation) svarar olika på "
          + "\(Swedish.count(discrepancies.count, "fråga", "frågor")), till exempel \(id)"
          + "\"\(first.question.text)\" (\(first.municipalityAnswer.text) mot "
          + "\(first.organisationAnswer.text)). Hur ser ni på det?")
    }
    if let completeness = score.total.completeness, completeness < 80 {
      questions.append(
        "\(score.total.applicableQuestions - score.total.answeredQuestions) frågor är obesvarade "
          + "eller besvarade med \"vet ej\". Vad behövs för att nämnden ska veta hur det är?")
    }
    if score.total.unverified > 0 {
      questions.append(
        "\(score.total.unverified) ja-svar saknar belägg. Vilka rutiner, beslut eller "
          + "uppföljningar visar att det fungerar?")
    }
    for group in RegisterDiscrepancy.grouped(registerDiscrepancies).prefix(2) {
      questions.append(RegisterDiscrepancy.dialogueQuestion(group))
    }
    // The questions that matter most: five for politicians, eight for officials; then what
    // civil society's own questionnaire raises.
    return Array(questions.prefix(isDetailed ? 8 : 5)) + civilSocietyPoints(score.response)
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

  /// What the brief says first when the municipality's only response has errors: that it
  /// could not be used, and the "ej aktuellt" answers the model does not allow.
  var invalidLead: String? {
    let invalid = row?.invalid ?? []
    guard !invalid.isEmpty else { return nil }
    let errors = invalid.reduce(0) { $0 + $1.errors }
    var text =
      "\(municipality.name) har lämnat ett svar i omgången \(roundWords), men filen har "
      + "\(Swedish.count(errors, "fel", "fel")) och kunde inte användas (ogiltigt svar – rätta "
      + "filen). Underlaget säger därför ingenting om vilka brister kommunen har i dag."
    let rejected = invalid.flatMap(\.rejectedNotApplicable)
    if !rejected.isEmpty {
      text +=
        " Kommunen har angett ej aktuellt på "
        + "\(Swedish.count(rejected.count, "fråga", "frågor")) som gäller i alla kommuner"
      // Officials get the question ids; a politician's brief has no codes.
      text += isDetailed ? ": " + rejected.joined(separator: ", ") + "." : "."
    }
    return text
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
      "Ett nej på det som lag eller föreskrift kräver är en brist; ett delvis på ett sådant krav "
        + "räknas för sig, som ett krav som uppfylls delvis; en lucka mot det Socialstyrelsen "
        + "rekommenderar eller vanlig god praxis är ett förbättringsområde. Fynden ordnas efter "
        + "allvar: vad som står på spel (skydd och säkerhet först), grunden (lagkrav först), "
        + "nivån och om civilsamhället svarar annorlunda.",
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
        + "läget den \(SwedishDate.words(score.response.metadata.referenceDate)).",
      "Fullständighet \(SwedishNumber.oneDecimal(score.total.completeness)) %: "
        + "\(score.total.answeredQuestions) av \(score.total.applicableQuestions) tillämpliga "
        + "frågor besvarade; \(score.total.unknowns) \"vet ej\".",
      "\(score.total.unverified) ja-svar saknar belägg: kommunen har inte angett något "
        + "dokument, beslut eller någon uppföljning som visar att det stämmer.",
    ]
    if let notice = FulfilmentText.notice(score) { lines.append(notice) }
    if let line = FulfilmentText.notApplicableLine(score, withIDs: isDetailed) {
      lines.append(line)
    }
    let civil = row?.civilSociety.count ?? 0
    if civil > 0 {
      lines.append(
        "\(Swedish.count(civil, "organisation", "organisationer")) i civilsamhället har "
          + "besvarat samma frågor om kommunen.")
    }
    return lines
  }
}
