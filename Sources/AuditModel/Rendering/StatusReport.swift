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
    let byCode = Dictionary(grouping: round.files) {
      $0.response?.metadata.municipalityCode ?? $0.municipalityCode ?? ""
    }
    var rows: [[String]] = []
    var missing: [Municipality] = []
    var toCorrect: [RoundFolder.FileState] = []
    let known = Set(round.municipalities.map(\.code))
    for municipality in round.municipalities {
      let files = (byCode[municipality.code] ?? []).filter { !$0.isCivilSociety }
      let valid = files.filter { $0.errors == 0 && $0.response != nil }
      let invalid = files.filter { $0.errors > 0 }
      toCorrect += invalid
      for file in invalid {
        // A file with errors is "rätta", never "saknar svar" or "påminn".
        rows.append([
          "\(municipality.code) \(municipality.name)",
          "ogiltigt svar (\(Swedish.count(file.errors, "fel", "fel"))) – rätta filen", "",
          file.file,
        ])
      }
      guard let file = valid.last else {
        if invalid.isEmpty {
          missing.append(municipality)
          rows.append(["\(municipality.code) \(municipality.name)", "saknar svar", "", ""])
        }
        continue
      }
      let state =
        file.warnings > 0
        ? "giltigt, \(Swedish.count(file.warnings, "varning", "varningar"))" : "giltigt"
      rows.append([
        "\(municipality.code) \(municipality.name)", state,
        SwedishNumber.oneDecimal(file.completeness), file.file,
      ])
    }
    let unplaced = round.files.filter {
      $0.errors > 0 && ($0.isCivilSociety || !known.contains($0.municipalityCode ?? ""))
    }
    for file in unplaced {
      rows.append([
        file.municipalityCode ?? "?",
        "ogiltigt svar (\(Swedish.count(file.errors, "fel", "fel"))) – rätta filen", "", file.file,
      ])
    }
    let invalid = toCorrect + unplaced
    out += TextTable.render(headers: ["Kommun", "Status", "Fullständighet %", "Fil"], rows: rows)
    let civil = round.files.filter { $0.response?.metadata.perspective == .civilSociety }
    if !civil.isEmpty {
      out += "\nCivilsamhällets svar:\n"
      for file in civil {
        guard let metadata = file.response?.metadata else { continue }
        out += "  \(metadata.municipalityCode) \(metadata.municipalityName): "
        out += "\(PersonalNumber.redacted(metadata.organisation)) (\(file.file))\n"
      }
    }
    let answered = round.municipalities.filter { municipality in
      (byCode[municipality.code] ?? []).contains {
        !$0.isCivilSociety && $0.errors == 0 && $0.response != nil
      }
    }.count
    out += "\n\(answered) av \(round.municipalities.count) kommuner har lämnat giltiga svar"
    out += invalid.isEmpty ? ".\n" : "; \(Swedish.count(invalid.count, "fil", "filer")) har fel.\n"
    out += "\nNästa steg:\n"
    if !invalid.isEmpty {
      out += "  - Rätta: \(invalid.map(\.file).joined(separator: ", ")) "
      out += "(se audit validate \(round.folder))\n"
    }
    if !missing.isEmpty {
      out += "  - Påminn: \(missing.map(\.name).joined(separator: ", "))\n"
    }
    let threshold = round.scores.first?.rules.completenessThreshold ?? 80
    let low = round.files.filter {
      ($0.completeness ?? 100) < threshold && $0.errors == 0
        && $0.response?.metadata.perspective != .civilSociety
    }
    if !low.isEmpty {
      out +=
        "  - Ofullständigt svar (under \(SwedishNumber.plain(threshold)) %): be om kompletteringar i \(low.map(\.file).joined(separator: ", "))\n"
    }
    if invalid.isEmpty && missing.isEmpty {
      out += "  - Alla har svarat: audit compare \(round.folder)\n"
    } else {
      out += "  - Jämför det som finns: audit compare \(round.folder)\n"
    }
    return out
  }
}
