extension ScoreReport {
  /// What a report written one response at a time starts with, puts between two responses
  /// and ends with, in `format`; `isEmpty` when there are no responses.
  public static func frame(_ format: OutputFormat, isEmpty: Bool) -> (
    start: String, separator: String, end: String
  ) {
    switch format {
    case .json where isEmpty: return (ScoreReport(scores: []).json(), "", "")
    case .json: return (JSONOutput.arrayStart, JSONOutput.arraySeparator, JSONOutput.arrayEnd)
    case .csv: return (CSVWriter().render([csvHeader]), "", "")
    case .table, .md, .html: return ("", "\n", "")
    }
  }

  /// One response's part of a report written one response at a time, in `format` (terminal
  /// text for the formats the report does not have).
  public static func element(_ score: ResponseScore, as format: OutputFormat) -> String {
    switch format {
    case .md: return markdown(score)
    case .json: return jsonElement(score)
    case .csv: return CSVWriter().render(csvRows(score))
    case .table, .html: return table(score)
    }
  }
}
