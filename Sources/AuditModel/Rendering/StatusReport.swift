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
    let own = round.files.filter {
      $0.response != nil && $0.response?.metadata.perspective != .civilSociety
    }
    let byCode = Dictionary(grouping: own) { $0.response?.metadata.municipalityCode ?? "" }
    var rows: [[String]] = []
    var missing: [Municipality] = []
    for municipality in round.municipalities {
      let files = byCode[municipality.code] ?? []
      if let file = files.first(where: { $0.standing == .counted }) {
        let state =
          file.warnings > 0
          ? "giltigt, \(Swedish.count(file.warnings, "varning", "varningar"))" : "giltigt"
        rows.append([
          "\(municipality.code) \(municipality.name)", state,
          SwedishNumber.oneDecimal(file.completeness), file.file,
        ])
      } else if files.contains(where: { $0.standing == .duplicate }) {
        for file in files where file.standing == .duplicate {
          rows.append([
            "\(municipality.code) \(municipality.name)", "flera svar, räknas inte", "", file.file,
          ])
        }
      } else {
        missing.append(municipality)
        rows.append(["\(municipality.code) \(municipality.name)", "saknar svar", "", ""])
      }
    }
    for file in round.files where file.standing == .otherRound {
      let metadata = file.response?.metadata
      let name = metadata.map { "\($0.municipalityCode) \($0.municipalityName)" } ?? "?"
      rows.append([name, "annan omgång, räknas inte", "", file.file])
    }
    let invalid = round.files.filter { $0.errors > 0 }
    for file in invalid {
      rows.append(["?", "fel (\(file.errors))", "", file.file])
    }
    for diagnostic in round.skipped {
      rows.append(["?", diagnostic.isError ? "kan inte läsas" : "läses inte", "", diagnostic.file])
    }
    out += TextTable.render(headers: ["Kommun", "Status", "Fullständighet %", "Fil"], rows: rows)
    let civil = round.files.filter { $0.response?.metadata.perspective == .civilSociety }
    if !civil.isEmpty {
      out += "\nCivilsamhällets svar:\n"
      for file in civil {
        guard let metadata = file.response?.metadata else { continue }
        out += "  \(metadata.municipalityCode) \(metadata.municipalityName): "
        out += "\(PersonalNumber.redacted(metadata.organisation)) (\(file.file))"
        out += file.standing == .counted ? "\n" : ", räknas inte\n"
      }
    }
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
    out += "\nNästa steg:\n"
    if !invalid.isEmpty || !notes.isEmpty {
      out += "  - Rätta filerna med fel: audit validate \(round.folder)\n"
    }
    if !missing.isEmpty {
      out += "  - Påminn: \(missing.map(\.name).joined(separator: ", "))\n"
    }
    let low = round.files.filter {
      ($0.completeness ?? 100) < 80 && $0.standing == .counted
        && $0.response?.metadata.perspective != .civilSociety
    }
    if !low.isEmpty {
      out +=
        "  - Låg fullständighet (under 80 %): be om kompletteringar i \(low.map(\.file).joined(separator: ", "))\n"
    }
    if invalid.isEmpty && missing.isEmpty && notes.isEmpty {
      out += "  - Alla har svarat: audit compare \(round.folder)\n"
    } else {
      out += "  - Jämför det som finns: audit compare \(round.folder)\n"
    }
    return out
  }
}
