/// `audit status`: who has answered, validation state and completeness, and what to
/// do next.
public struct StatusReport {
  let round: RoundFolder

  /// The status of `round`.
  public init(round: RoundFolder) {
    self.round = round
  }

  /// The report as text.
  public func text() -> String {
    let county = round.county?.name ?? "okänt län"
    var out = "Omgång \(round.round), \(county)"
    if let day = round.referenceDate { out += ", referensdatum \(day)" }
    out += "\n\n"
    let byCode = Dictionary(grouping: round.files.filter { !$0.isCivilSociety }) {
      $0.response?.metadata.municipalityCode ?? $0.municipalityCode ?? ""
    }
    var rows: [[String]] = []
    var missing: [Municipality] = []
    var toCorrect: [RoundFolder.FileState] = []
    for municipality in round.municipalities {
      let name = "\(municipality.code) \(municipality.name)"
      let files = byCode[municipality.code] ?? []
      let invalid = files.filter { $0.errors > 0 }
      toCorrect += invalid
      for file in invalid {
        // A file with errors is "rätta", never "saknar svar" or "påminn".
        rows.append([name, Self.invalidText(file), "", file.file])
      }
      if let file = files.first(where: { $0.standing == .counted }) {
        let state =
          file.warnings > 0
          ? "giltigt, \(Swedish.count(file.warnings, "varning", "varningar"))" : "giltigt"
        rows.append([name, state, SwedishNumber.oneDecimal(file.completeness), file.file])
      } else if files.contains(where: { $0.standing == .duplicate }) {
        for file in files where file.standing == .duplicate {
          rows.append([name, "flera svar, räknas inte", "", file.file])
        }
      } else if invalid.isEmpty {
        missing.append(municipality)
        rows.append([name, "saknar svar", "", ""])
      }
    }
    for file in round.files where file.standing == .otherRound {
      let metadata = file.response?.metadata
      let name = metadata.map { "\($0.municipalityCode) \($0.municipalityName)" } ?? "?"
      rows.append([name, "annan omgång, räknas inte", "", file.file])
    }
    let known = Set(round.municipalities.map(\.code))
    let unplaced = round.files.filter {
      $0.errors > 0 && ($0.isCivilSociety || !known.contains($0.municipalityCode ?? ""))
    }
    for file in unplaced {
      rows.append([file.municipalityCode ?? "?", Self.invalidText(file), "", file.file])
    }
    for diagnostic in round.skipped {
      rows.append(["?", diagnostic.isError ? "kan inte läsas" : "läses inte", "", diagnostic.file])
    }
    let invalid = toCorrect + unplaced
    out += TextTable.render(headers: ["Kommun", "Status", "Fullständighet %", "Fil"], rows: rows)
    out += civilSociety()
    let notes = (round.inventory.diagnostics + round.skipped).sorted()
    if !notes.isEmpty {
      out += "\nRäknas inte eller bör ses över:\n"
      for note in notes {
        out += "  \(note.file): \(note.message)\(note.help.isEmpty ? "" : " — \(note.help)")\n"
      }
    }
    let answered = round.inventory.answeredCount(among: round.municipalities)
    let uncounted = round.files.filter { $0.response != nil && $0.standing != .counted }.count
    out += "\n\(answered) av \(round.municipalities.count) kommuner har lämnat giltiga svar"
    var problems: [String] = []
    if !invalid.isEmpty {
      problems.append("\(Swedish.count(invalid.count, "fil", "filer")) har fel")
    }
    if uncounted > 0 {
      problems.append("\(Swedish.count(uncounted, "giltig fil", "giltiga filer")) räknas inte")
    }
    if !round.skipped.isEmpty {
      problems.append("\(Swedish.count(round.skipped.count, "fil", "filer")) läses inte")
    }
    out += problems.isEmpty ? ".\n" : "; \(problems.joined(separator: ", ")).\n"
    out += nextSteps(invalid: invalid, missing: missing, notes: notes)
    return out
  }

  /// "ogiltigt svar (N fel) – rätta filen".
  private static func invalidText(_ file: RoundFolder.FileState) -> String {
    "ogiltigt svar (\(Swedish.count(file.errors, "fel", "fel"))) – rätta filen"
  }

  /// The civil-society responses, and whether each counts.
  private func civilSociety() -> String {
    let civil = round.files.filter { $0.response?.metadata.perspective == .civilSociety }
    guard !civil.isEmpty else { return "" }
    var out = "\nCivilsamhällets svar:\n"
    for file in civil {
      guard let metadata = file.response?.metadata else { continue }
      out += "  \(metadata.municipalityCode) \(metadata.municipalityName): "
      out += "\(PersonalNumber.redacted(metadata.organisation)) (\(file.file))"
      out += file.standing == .counted ? "\n" : ", räknas inte\n"
    }
    return out
  }

  /// What to do next: correct, remind, complete, compare.
  private func nextSteps(
    invalid: [RoundFolder.FileState], missing: [Municipality], notes: [Diagnostic]
  ) -> String {
    var out = "\nNästa steg:\n"
    if !invalid.isEmpty {
      out += "  - Rätta: \(invalid.map(\.file).joined(separator: ", ")) "
      out += "(se audit validate \(round.folder))\n"
    } else if !notes.isEmpty {
      out += "  - Se över filerna ovan: audit validate \(round.folder)\n"
    }
    if !missing.isEmpty {
      out += "  - Påminn: \(missing.map(\.name).joined(separator: ", "))\n"
    }
    let threshold = round.scores.first?.rules.completenessThreshold ?? 80
    let low = round.files.filter {
      ($0.completeness ?? 100) < threshold && $0.standing == .counted
        && $0.response?.metadata.perspective != .civilSociety
    }
    if !low.isEmpty {
      out += "  - Ofullständigt svar (under \(SwedishNumber.plain(threshold)) %): be om "
      out += "kompletteringar i \(low.map(\.file).joined(separator: ", "))\n"
    }
    if invalid.isEmpty && missing.isEmpty && notes.isEmpty {
      out += "  - Alla har svarat: audit compare \(round.folder)\n"
    } else {
      out += "  - Jämför det som finns: audit compare \(round.folder)\n"
    }
    return out
  }
}
