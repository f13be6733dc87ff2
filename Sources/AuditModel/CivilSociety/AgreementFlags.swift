/// Computes flags for the agreements of a round.
public enum AgreementFlags {
  /// The flags for `municipalities` on `day`, given their agreements and the shelters.
  public static func flags(
    agreements: [Agreement], shelters: [Shelter], municipalities: [Municipality], on day: Day
  ) -> [AgreementFlag] {
    var flags: [AgreementFlag] = []
    for municipality in municipalities {
      let own = agreements.filter { $0.municipalityCode == municipality.code }
      // Absent from the register is unknown, not "no agreement" (issue 17).
      guard !own.isEmpty else {
        flags.append(
          AgreementFlag(
            kind: .notInRegister, municipalityCode: municipality.code, agreement: nil,
            detail: "Uppgift saknas i avtalsregistret för \(municipality.name): det är okänt om "
              + "kommunen har avtal med civilsamhället, inte detsamma som att den saknar avtal.",
            question: "Vilka avtal eller överenskommelser har \(municipality.name) om skyddat "
              + "boende och stöd, och hur följs de upp?"))
        continue
      }
      let current = own.filter { $0.isCurrent(on: day) }
      for agreement in own {
        flags += agreementFlags(agreement, current: current, day: day)
      }
      let coversShelter = current.contains { $0.scope.contains("skyddat boende") }
      let ownPlaces = shelters.filter {
        $0.municipalityCode == municipality.code && $0.kind == .municipal
      }.reduce(0) { $0 + $1.places }
      if !coversShelter, ownPlaces == 0 {
        flags.append(
          AgreementFlag(
            kind: .noAgreementNoShelter, municipalityCode: municipality.code, agreement: nil,
            detail:
              "\(municipality.name) har inget gällande avtal om skyddat boende och inga egna platser.",
            question: "Var placeras en våldsutsatt och hennes barn i \(municipality.name) i natt, "
              + "och vem beslutar om det?"))
      }
    }
    return flags
  }

  private static func agreementFlags(_ agreement: Agreement, current: [Agreement], day: Day)
    -> [AgreementFlag]
  {
    var flags: [AgreementFlag] = []
    let code = agreement.municipalityCode
    let name = agreement.organisation.isEmpty ? "avtalet" : "avtalet med \(agreement.organisation)"
    if agreement.isCurrent(on: day), let end = agreement.end, end <= day.adding(months: 6) {
      flags.append(
        AgreementFlag(
          kind: .endsSoon, municipalityCode: code, agreement: agreement,
          detail: "\(name.capitalizedFirst) går ut \(end).",
          question: "Vad händer med stödet när \(name) går ut \(end), och vem har beslutat det?"))
    }
    if agreement.hasEnded(by: day) {
      let replaced = current.contains { other in
        other != agreement && !agreement.scope.isEmpty
          && agreement.scope.allSatisfy(other.scope.contains)
      }
      if !replaced {
        let when = agreement.end.map { " (\($0))" } ?? ""
        flags.append(
          AgreementFlag(
            kind: .endedWithoutReplacement, municipalityCode: code, agreement: agreement,
            detail: "\(name.capitalizedFirst) har upphört\(when) och inget gällande avtal täcker "
              + (agreement.scope.isEmpty ? "det" : agreement.scope.joined(separator: ", ")) + ".",
            question: "Vem ger i dag det stöd som \(name) gav, och hur vet nämnden att det räcker?")
        )
      }
    }
    if agreement.status == .inProcurement, agreement.plannedProcurementDate == nil {
      flags.append(
        AgreementFlag(
          kind: .procurementWithoutDate, municipalityCode: code, agreement: agreement,
          detail: "En upphandling är aviserad men har inget datum.",
          question: "När ska upphandlingen vara klar, och vad gäller fram till dess?"))
    }
    if agreement.isCurrent(on: day), agreement.followUpsPerYear > 0 {
      let interval = 12 / max(1, min(12, agreement.followUpsPerYear))
      let due = day.adding(months: -interval)
      let started = agreement.start.map { $0 <= due } ?? true
      let lastHeld = agreement.latestFollowUp
      if started, lastHeld.map({ $0 < due }) ?? true {
        let held = lastHeld.map { "senast \($0)" } ?? "ingen uppföljning angiven"
        flags.append(
          AgreementFlag(
            kind: .followUpsNotHeld, municipalityCode: code, agreement: agreement,
            detail: "\(name.capitalizedFirst) ska följas upp "
              + "\(Swedish.count(agreement.followUpsPerYear, "gång", "gånger")) "
              + "per år; \(held).",
            question: "Hur följer nämnden upp \(name), och vad visade den senaste uppföljningen?"))
      }
    }
    return flags
  }
}
