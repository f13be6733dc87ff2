// Which formats each report has. Every switch names every format, so a new format makes the
// compiler list each report that must say whether it has it.

extension DutyListing: FormattedReport {
  /// Table, Markdown, JSON and CSV.
  public static let formats: [OutputFormat] = [.table, .md, .json, .csv]

  /// The listing in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .table: return table()
    case .md: return markdown()
    case .json: return json()
    case .csv: return csv()
    case .html: return nil
    }
  }
}

extension ChangeListing: FormattedReport {
  /// Table, Markdown, JSON and CSV.
  public static let formats: [OutputFormat] = [.table, .md, .json, .csv]

  /// The listing in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .table: return table()
    case .md: return markdown()
    case .json: return json()
    case .csv: return csv()
    case .html: return nil
    }
  }
}

extension Checklist: FormattedReport {
  /// CSV (to fill in), JSON, Markdown and the offline HTML form.
  public static let formats: [OutputFormat] = [.csv, .json, .md, .html]

  /// The checklist in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .csv: return csv()
    case .json: return json()
    case .md: return markdown()
    case .html: return ChecklistForm(checklist: self, toolVersion: ToolVersion.current).html()
    case .table: return nil
    }
  }
}

extension ComparisonReport: FormattedReport {
  /// Table, Markdown, CSV, JSON and HTML.
  public static let formats: [OutputFormat] = [.table, .md, .csv, .json, .html]

  /// The comparison in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .table: return table()
    case .md: return markdown()
    case .csv: return csv()
    case .json: return json()
    case .html: return html(fictional: isFictional)
    }
  }
}

extension ScoreReport: FormattedReport {
  /// Table, Markdown, JSON and CSV.
  public static let formats: [OutputFormat] = [.table, .md, .json, .csv]

  /// The report in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .table: return table()
    case .md: return markdown()
    case .json: return json()
    case .csv: return csv()
    case .html: return nil
    }
  }
}
