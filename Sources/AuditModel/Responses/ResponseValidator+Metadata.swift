extension ResponseValidator {
  /// Checks the metadata block and builds ``ResponseMetadata`` when it is usable.
  func checkMetadata(_ check: inout ValidationState) -> ResponseMetadata? {
    let fields = check.raw.metadata
    let start = check.raw.start
    func value(_ key: ChecklistFormat.Key) -> RawResponse.Cell? {
      fields[key.label].flatMap { $0.trimmed.isEmpty ? nil : $0 }
    }

    var municipality: Municipality?
    if let code = value(ChecklistFormat.municipalityCode),
      let padded = municipalityWithoutLeadingZero(code.trimmed)
    {
      municipality = padded
      check.warn(
        code.position,
        "kommunkoden \"\(code.trimmed)\" saknar den inledande nollan och läses som "
          + "\(padded.code) (\(padded.name))",
        help: "Excel tar bort nollor i början av tal; skriv koden som text, t.ex. '\(padded.code)")
    } else if let code = value(ChecklistFormat.municipalityCode) {
      do {
        municipality = try register.municipality(code.trimmed)
      } catch {
        check.error(
          code.position, "okänd kommunkod \"\(code.trimmed)\"",
          help: error.suggestions.isEmpty
            ? "skriv SCB:s fyrsiffriga kommunkod, t.ex. 1490"
            : "menade du \(error.suggestions.joined(separator: " eller "))?")
      }
    } else {
      check.error(
        fields[ChecklistFormat.municipalityCode.label]?.position ?? start,
        "kommunkod saknas", help: "fyll i SCB:s fyrsiffriga kommunkod på raden \"kommunkod\"")
    }
    if let municipality, let name = value(ChecklistFormat.municipalityName),
      Suggestions.folded(name.trimmed) != Suggestions.folded(municipality.name)
    {
      check.warn(
        name.position,
        "kommunnamnet \"\(name.trimmed)\" stämmer inte med kommunkoden "
          + "\(municipality.code) (\(municipality.name))",
        help: "kontrollera att kod och namn avser samma kommun; koden gäller")
    }

    var referenceDate: Day?
    if let text = value(ChecklistFormat.referenceDate) {
      referenceDate = Day(text.trimmed)
      if referenceDate == nil {
        check.error(
          text.position, "referensdatumet \"\(text.trimmed)\" är inget giltigt datum",
          help: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-10-01 (Excel kan ha gjort om datumet)")
      }
    } else {
      check.error(
        fields[ChecklistFormat.referenceDate.label]?.position ?? start, "referensdatum saknas",
        help: "fyll i dagen svaren avser som ÅÅÅÅ-MM-DD")
    }
    if let referenceDate, referenceDate > today,
      let cell = value(ChecklistFormat.referenceDate)
    {
      check.warn(
        cell.position, "referensdatumet \(referenceDate) ligger i framtiden",
        help: "kontrollera datumet; plikterna som gäller den dagen används")
    }

    var perspective = Perspective.municipality
    if let cell = value(ChecklistFormat.perspective) {
      let folded = Suggestions.folded(cell.trimmed)
      if let match = Perspective.allCases.first(where: { Suggestions.folded($0.rawValue) == folded }
      ) {
        perspective = match
      } else {
        check.error(
          cell.position, "okänt perspektiv \"\(cell.trimmed)\"",
          help: "skriv kommun eller civilsamhälle")
      }
    } else {
      check.error(
        fields[ChecklistFormat.perspective.label]?.position ?? start, "perspektiv saknas",
        help: "skriv kommun eller civilsamhälle på raden \"perspektiv\"")
    }
    let organisation = value(ChecklistFormat.organisation)?.trimmed ?? ""
    if perspective == .civilSociety, organisation.isEmpty {
      check.error(
        fields[ChecklistFormat.organisation.label]?.position ?? start,
        "ett svar från civilsamhället måste ange organisation",
        help: "skriv organisationens namn på raden \"organisation\", t.ex. Kvinnojouren i X")
    }
    let round = value(ChecklistFormat.round)?.trimmed ?? ""
    if round.isEmpty {
      check.warn(
        fields[ChecklistFormat.round.label]?.position ?? start, "omgång saknas",
        help: "fyll i omgången, t.ex. 2026-host, så att svaret kan jämföras över tid")
    }
    let version = value(ChecklistFormat.modelVersion)?.trimmed ?? ""
    if !version.isEmpty, version != model.version,
      let cell = value(ChecklistFormat.modelVersion)
    {
      check.warn(
        cell.position,
        "checklistan gjordes med modellversion \(version), verktyget har \(model.version)",
        help: "svaren kontrolleras mot plikterna som gällde referensdatumet i den nya modellen")
    }
    guard let municipality, let referenceDate else { return nil }
    return ResponseMetadata(
      municipalityCode: municipality.code, municipalityName: municipality.name, round: round,
      referenceDate: referenceDate, perspective: perspective, organisation: organisation,
      modelVersion: version, respondentRole: value(ChecklistFormat.respondentRole)?.trimmed ?? "")
  }

  /// The municipality whose code is `text` with a leading 0, when `text` is three digits
  /// (Excel drops the 0 of 0114 Upplands Väsby and writes 114).
  func municipalityWithoutLeadingZero(_ text: String) -> Municipality? {
    guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return register.municipalities.first { $0.code == "0" + text }
  }
}
