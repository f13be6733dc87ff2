/// The points behind the länsstyrelse's visit order (issue 17), with the weights of
/// `visitOrder` in `scoring.json`: not answering, an unusable or incomplete answer, brister
/// (more when they concern protection), a low or falling result last round, an ended shelter
/// agreement without replacement, other agreement flags, civil-society disagreement (more on
/// protection) and answers the agreement register contradicts.
struct VisitOrder {
  let comparison: RegionComparison
  let change: RoundChange?
  let flags: [AgreementFlag]

  private var weights: VisitWeights { comparison.rules.visits }

  /// The rule in words, so that the order can be checked.
  static func rule(_ w: VisitWeights) -> String {
    let n = SwedishNumber.plain
    return "Ordningen följer poäng (vikterna står i scoring.json): \(n(w.noResponse)) om kommunen "
      + "inte svarat, \(n(w.invalidResponse)) om svaret har fel och inte kunde användas, "
      + "\(n(w.incomplete)) för ofullständigt svar, \(n(w.perDeficiency)) per brist och "
      + "\(n(w.perPartlyMet)) per delvis uppfyllt krav (högst \(n(w.findingsCap))), "
      + "\(n(w.perProtectionDeficiency)) till per brist om skydd och säkerhet (högst "
      + "\(n(w.protectionCap))), \(n(w.lowLastRound)) om resultatet förra omgången låg på eller "
      + "under länets nedre kvartil, \(n(w.falling)) om det sjunkit mer än "
      + "\(n(w.fallThreshold)) procentenheter, \(n(w.endedShelterAgreement)) om ett avtal om "
      + "skyddat boende upphört utan ersättare, \(n(w.agreementFlag)) per annat slags "
      + "avtalsflagga, \(n(w.protectionDisagreement)) om civilsamhället svarar annorlunda om "
      + "skydd och säkerhet och \(n(w.perDisagreement)) per annan sådan fråga (högst "
      + "\(n(w.disagreementCap))), \(n(w.perRegisterDiscrepancy)) per avtalsflagga som kommunens "
      + "svar motsäger. Lika poäng ordnas efter kommunkod."
  }

  /// Points and reasons (each with its points) for one row.
  func assess(_ row: RegionComparison.Row) -> (Double, [String]) {
    var points = 0.0
    var reasons: [String] = []
    func add(_ value: Double, _ reason: String) {
      guard value > 0 else { return }
      points += value
      reasons.append("\(reason) (\(SwedishNumber.plain(value)) p)")
    }
    let code = row.municipality.code
    if row.score == nil {
      if row.invalid.isEmpty {
        add(weights.noResponse, "har inte svarat i omgången")
      } else {
        add(weights.invalidResponse, row.absence ?? "ogiltigt svar")
      }
    }
    if let score = row.score {
      assessFindings(score, add: add)
    }
    assessLastRound(code, add: add)
    assessFlags(code, add: add)
    assessDisagreements(row, add: add)
    if row.score?.exceptions.contains(where: { !$0.holds }) ?? false {
      reasons.append("ett undantag har gått ut")
    }
    if reasons.isEmpty { reasons.append("inga brister enligt svaren") }
    return (points, reasons)
  }

  private func assessFindings(_ score: ResponseScore, add: (Double, String) -> Void) {
    if let reason = score.incompleteReason {
      add(weights.incomplete, "ofullständigt svar: \(reason)")
    }
    let total = score.total
    let findingPoints = min(
      weights.findingsCap,
      weights.perDeficiency * Double(total.deficiencies)
        + weights.perPartlyMet * Double(total.partlyMet))
    if total.deficiencies + total.partlyMet > 0 {
      add(
        findingPoints,
        "\(Swedish.count(total.deficiencies, "brist", "brister")) och "
          + "\(Swedish.count(total.partlyMet, "krav", "krav")) som bara uppfylls delvis")
    }
    let protection = score.duties.filter {
      $0.isDeficiency && $0.duty.consequence == .protection
    }.count
    if protection > 0 {
      add(
        min(weights.protectionCap, weights.perProtectionDeficiency * Double(protection)),
        "\(protection) av bristerna gäller skydd och säkerhet")
    }
  }

  private func assessLastRound(_ code: String, add: (Double, String) -> Void) {
    guard let change else { return }
    let before = change.municipalities.compactMap(\.totalBefore).sorted()
    guard let item = change.municipalities.first(where: { $0.municipality.code == code }) else {
      return
    }
    if let total = item.totalBefore, let quartile = Summary.quantile(before, 0.25),
      total <= quartile
    {
      add(
        weights.lowLastRound,
        "lågt resultat förra omgången (\(SwedishNumber.oneDecimal(total)) %, länets nedre "
          + "kvartil \(SwedishNumber.oneDecimal(quartile)) %)")
    }
    if let delta = item.totalDelta, delta < -weights.fallThreshold {
      add(
        weights.falling,
        "uppfyllelsen har sjunkit \(SwedishNumber.oneDecimal(-delta)) procentenheter")
    }
  }

  private func assessFlags(_ code: String, add: (Double, String) -> Void) {
    let own = flags.filter { $0.municipalityCode == code }
    let endedShelter = own.contains {
      $0.kind == .endedWithoutReplacement
        && ($0.agreement?.scope.contains("skyddat boende") ?? false)
    }
    if endedShelter {
      add(weights.endedShelterAgreement, "avtal om skyddat boende har upphört utan ersättare")
    }
    for kind in AgreementFlag.Kind.allCases where own.contains(where: { $0.kind == kind }) {
      if kind == .endedWithoutReplacement, endedShelter,
        !own.contains(where: {
          $0.kind == kind && !($0.agreement?.scope.contains("skyddat boende") ?? false)
        })
      {
        continue
      }
      add(weights.agreementFlag, "avtal: \(kind.rawValue)")
    }
  }

  private func assessDisagreements(_ row: RegionComparison.Row, add: (Double, String) -> Void) {
    let code = row.municipality.code
    let items = comparison.discrepancies.filter { $0.municipality.code == code }
    let consequence = { (dutyID: String) in
      row.score?.duties.first { $0.duty.id == dutyID }?.duty.consequence
    }
    let protection = items.filter { consequence($0.question.dutyID) == .protection }
    if !protection.isEmpty {
      add(
        weights.protectionDisagreement,
        "civilsamhället svarar annorlunda om skydd och säkerhet på "
          + Swedish.count(protection.count, "fråga", "frågor"))
    }
    let other = items.count - protection.count
    if other > 0 {
      add(
        min(weights.disagreementCap, weights.perDisagreement * Double(other)),
        "civilsamhället svarar annorlunda på \(Swedish.count(other, "annan fråga", "andra frågor"))"
      )
    }
    if let score = row.score {
      let register = RegisterDiscrepancy.find(
        score, flags: flags, checks: comparison.rules.registerChecks)
      // One contradiction per flag, however many questions it touches.
      let groups = RegisterDiscrepancy.grouped(register)
      if !groups.isEmpty {
        add(
          weights.perRegisterDiscrepancy * Double(groups.count),
          "avtalsregistret motsäger svaren på \(Swedish.list(register.map(\.question.id)))")
      }
    }
  }
}
