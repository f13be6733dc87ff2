extension LoadState {
  /// Checks that need the whole model: ids, references, overlapping validity.
  mutating func crossCheck() {
    checkUnique(areas.map { ($0.id, $0.location) }, what: "området")
    checkUnique(themes.map { ($0.id, $0.location) }, what: "temat")
    checkUnique(provisions.map { ($0.id, $0.location) }, what: "bestämmelsen")
    let dutyAndQuestionIDs =
      duties.map { ($0.id, $0.location) }
      + duties.flatMap { $0.questions.map { ($0.id, $0.location) } }
    checkUnique(dutyAndQuestionIDs, what: "plikten eller frågan")
    checkRetired(dutyAndQuestionIDs)
    checkReferences()
    checkOverlaps()
    checkFootings()
  }

  private mutating func checkUnique(_ items: [(String, SourceLocation)], what: String) {
    var first: [String: SourceLocation] = [:]
    for (id, location) in items {
      if let earlier = first[id] {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position,
            "id \"\(id)\" används redan för \(what) i \(earlier.file):\(earlier.position.line)",
            help: "ge den ett nytt id som aldrig använts förut"))
      } else {
        first[id] = location
      }
    }
  }

  private mutating func checkRetired(_ items: [(String, SourceLocation)]) {
    let retired = Set(retiredIDs)
    for (id, location) in items where retired.contains(id) {
      diagnostics.append(
        Diagnostic(
          .error, file: location.file, at: location.position,
          "id \"\(id)\" har tagits ur bruk (retiredIds i model.json) och får inte återanvändas",
          help: "ge den ett nytt id"))
    }
  }

  private mutating func checkReferences() {
    let areaIDs = areas.map(\.id)
    for (area, location) in areaReferences where areasAreComplete && !areaIDs.contains(area) {
      diagnostics.append(
        Diagnostic(
          .error, file: location.file, at: location.position, "området \"\(area)\" finns inte",
          help: hint(for: area, among: areaIDs, file: "areas.json")))
    }
    let themeIDs = themes.map(\.id)
    for (theme, location) in themeReferences where themesAreComplete && !themeIDs.contains(theme) {
      diagnostics.append(
        Diagnostic(
          .error, file: location.file, at: location.position, "temat \"\(theme)\" finns inte",
          help: hint(for: theme, among: themeIDs, file: "themes.json")))
    }
    let provisionIDs = provisions.map(\.id)
    let known = declaredProvisionIDs
    for duty in duties {
      checkBasis(duty.basis, owner: "plikten \(duty.id)", known: known, ids: provisionIDs)
      for question in duty.questions {
        checkBasis(
          question.basis, owner: "frågan \(question.id)", known: known, ids: provisionIDs)
      }
    }
  }

  private mutating func checkBasis(
    _ entries: [Basis], owner: String, known: Set<String>, ids provisionIDs: [String]
  ) {
    var seen = Set<String>()
    for basis in entries {
      if !known.contains(basis.provision) {
        diagnostics.append(
          Diagnostic(
            .error, file: basis.location.file, at: basis.location.position,
            "\(owner) hänvisar till bestämmelsen \"\(basis.provision)\" som inte finns",
            help: hint(for: basis.provision, among: provisionIDs, file: "provisions/")))
      }
      if !seen.insert(basis.provision).inserted {
        diagnostics.append(
          Diagnostic(
            .error, file: basis.location.file, at: basis.location.position,
            "\(owner) anger bestämmelsen \"\(basis.provision)\" två gånger",
            help: "ta bort den ena"))
      }
    }
  }

  private func hint(for word: String, among candidates: [String], file: String) -> String {
    if let nearest = Suggestions.nearest(to: word, among: candidates).first {
      return "menade du \"\(nearest)\"?"
    }
    return "lägg till det i \(file) eller rätta stavningen"
  }

  /// The same provision (instrument, reference and kind) may have several versions
  /// over time, but two versions must never be in force on the same day.
  private mutating func checkOverlaps() {
    let groups = Dictionary(grouping: provisions) {
      "\($0.instrument)|\($0.reference)|\($0.kind.rawValue)"
    }
    for key in groups.keys.sorted() {
      guard let versions = groups[key]?.sorted(by: { $0.validFrom < $1.validFrom }) else {
        continue
      }
      for (earlier, later) in zip(versions, versions.dropFirst()) {
        let overlaps = earlier.validUntil.map { later.validFrom <= $0 } ?? true
        if overlaps {
          let until = earlier.validUntil.map(\.description) ?? "tills vidare"
          diagnostics.append(
            Diagnostic(
              .error, file: later.location.file, at: later.location.position,
              "\(later.citation) (\(later.id)) gäller från \(later.validFrom) men "
                + "\(earlier.id) gäller redan \(earlier.validFrom)–\(until)",
              help: "låt den äldre versionen sluta dagen före (validUntil) den nya börjar"))
        }
      }
    }
  }
}
