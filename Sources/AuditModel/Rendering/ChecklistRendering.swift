/// Writes a checklist as CSV for Excel and LibreOffice, JSON, or printable Markdown.
extension Checklist {
  /// The metadata block as `(label, value)` pairs, in file order.
  var metadataPairs: [(ChecklistFormat.Key, String)] {
    [
      (ChecklistFormat.format, ResponseMetadata.formatName),
      (ChecklistFormat.municipalityCode, metadata.municipalityCode),
      (ChecklistFormat.municipalityName, metadata.municipalityName),
      (ChecklistFormat.round, metadata.round),
      (ChecklistFormat.referenceDate, metadata.referenceDate.description),
      (ChecklistFormat.perspective, metadata.perspective.rawValue),
      (ChecklistFormat.organisation, metadata.organisation),
      (ChecklistFormat.modelVersion, metadata.modelVersion),
      (ChecklistFormat.respondentRole, metadata.respondentRole),
      (ChecklistFormat.allowed, ChecklistFormat.allowedText),
      (ChecklistFormat.instructions, ChecklistFormat.instructionsText),
    ]
  }

  private func cells(_ row: Row) -> [String] {
    [
      row.questionID, row.area, row.dutyID, row.duty, row.question, row.allowedAnswers,
      row.citation, row.footing.label, row.evidence, "", "", "",
    ]
  }

  /// CSV as Swedish Excel reads it: semicolons, UTF-8 with BOM, CRLF; the metadata
  /// block first, an empty row, then one row per question with empty answer columns.
  public func csv() -> String {
    var rows: [[String]] = metadataPairs.map { [$0.0.label, $0.1] }
    rows.append([])
    rows.append(ChecklistFormat.Column.allCases.map(\.rawValue))
    rows += self.rows.map(cells)
    rows.append([])
    rows.append([ChecklistFormat.exceptionsText])
    rows.append(ChecklistFormat.ExceptionColumn.allCases.map(\.rawValue))
    return CSVWriter().render(rows)
  }

  /// JSON with the metadata keys and a `questions` array; the same file, filled in,
  /// is read back by `audit validate`.
  public func json() -> String {
    var object: [String: JSONOutputValue] = [:]
    for (key, value) in metadataPairs { object[key.json] = .string(value) }
    object["questions"] = .array(
      rows.map { row in
        .object([
          "id": .string(row.questionID), "area": .string(row.area),
          "dutyId": .string(row.dutyID), "duty": .string(row.duty),
          "question": .string(row.question), "allowedAnswers": .string(row.allowedAnswers),
          "citation": .string(row.citation), "strength": .string(row.footing.label),
          "evidenceAsked": .string(row.evidence), "answer": .string(""),
          "comment": .string(""), "evidence": .string(""),
        ])
      })
    object["exceptions"] = .array([])
    object["exceptionsInstructions"] = .string(ChecklistFormat.exceptionsText)
    return JSONOutput.render(JSONOutputValue.object(object))
  }

  /// A printable Markdown checklist for a meeting.
  public func markdown() -> String {
    var out = "# Checklista: \(Markdown.escape(metadata.municipalityName))"
    out += " (\(metadata.municipalityCode))\n\n"
    out += Markdown.table(
      headers: ["Uppgift", "Värde"],
      rows: metadataPairs.dropFirst().dropLast(2).map { [$0.0.label, $0.1] })
    out += "\nSvara ja, delvis, nej, vet ej eller ej aktuellt (skriv då skälet). "
    out += "Lagrum och styrka gäller den \(metadata.referenceDate).\n"
    var currentArea = ""
    for row in rows {
      if row.area != currentArea {
        currentArea = row.area
        out += "\n## \(Markdown.escape(row.area))\n"
      }
      out += "\n**\(row.questionID)** \(Markdown.escape(row.question))\n\n"
      out += "- Plikt: \(row.dutyID) \(Markdown.escape(row.duty))\n"
      out += "- Lagrum: \(Markdown.escape(row.citation)) (\(row.footing.label))\n"
      out += "- Underlag: \(Markdown.escape(row.evidence))\n"
      out += "- Svar (\(Markdown.escape(row.allowedAnswers))): ______\n"
      out += "- Kommentar: ______\n"
    }
    return out
  }
}
