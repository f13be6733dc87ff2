import Foundation

extension NationalData {
  /// The checklist as `Checklist.csv()` writes it, with the notice after the format row and
  /// the svar, kommentar and underlag columns filled in.
  static func csv(_ checklist: Checklist, answers: [String: Filled]) -> Data {
    let text = checklist.csv()
    guard let table = try? CSVTable.parse(text, separator: ";") else {
      return Data(("\u{FEFF}" + text).utf8)
    }
    var rows: [[String]] = []
    var columns: (id: Int, answer: Int, comment: Int, evidence: Int)?
    for record in table.records {
      var values = record.values
      if values.first == ChecklistFormat.format.label, columns == nil {
        rows.append(values)
        rows.append([noticeKey, notice])
        continue
      }
      if columns == nil, let id = values.firstIndex(of: ChecklistFormat.Column.questionID.rawValue)
      {
        func index(_ column: ChecklistFormat.Column) -> Int {
          values.firstIndex(of: column.rawValue) ?? values.count
        }
        columns = (id, index(.answer), index(.comment), index(.evidence))
        rows.append(values)
        continue
      }
      if let columns, columns.id < values.count, let filled = answers[values[columns.id]] {
        let width = max(columns.answer, columns.comment, columns.evidence) + 1
        if values.count < width { values += Array(repeating: "", count: width - values.count) }
        values[columns.answer] = filled.answer
        values[columns.comment] = filled.comment
        values[columns.evidence] = filled.evidence
      }
      rows.append(values)
    }
    return CSVWriter().data(rows)
  }

  /// `omgang.json` from ``RoundWorkspace`` with a `fictional` key saying what it is.
  static func marked(_ description: String) -> String {
    let line = "  \"fictional\" : \"\(notice)\",\n"
    if let format = description.range(of: "\n  \"format\" :") {
      var text = description
      text.insert(contentsOf: line, at: text.index(after: format.lowerBound))
      return text
    }
    return description
  }

  /// The README at the top of the output folder.
  func readme(_ counts: Counts, command: String) -> String {
    let names = rounds.map(\.round)
    return """
      # Fiktiva uppgifter för hela landet

      > **\(Self.notice).**

      Skapat med `\(command)`. Samma frö ger byte för byte samma filer.

      - \(names.count) omgångar, en per halvår: \(names.joined(separator: ", ")).
      - \(counties.count) län och \(municipalityCount) kommuner ur registret; kommunernas
        namn är verkliga men varje svar är påhittat.
      - `<omgång>/<länskod>/` är en omgångsmapp som `audit init` lägger upp den, med
        `omgang.json` och `svar/`.
      - \(counts.responses) svar från kommunerna, \(counts.missing) saknas och
        \(counts.civilSociety) svar från påhittade kvinnojourer.

      Svaren dras kring de nationella andelarna i Öppna jämförelser – våld i nära
      relationer där en fråga motsvarar en indikator, annars kring 60 % ja, 20 % delvis,
      15 % nej och 5 % vet ej. Använd dem bara för att mäta och pröva verktyget.

      """
  }
}
