/// The formats a report can be written in. Every report switches over all of them, so adding
/// a format makes the compiler name each report that must say whether it has it.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// A plain-text table for the terminal.
  case table
  /// Markdown.
  case md
  /// CSV for Swedish Excel (semicolons, CRLF, a byte-order mark).
  case csv
  /// JSON.
  case json
  /// A self-contained HTML page.
  case html

  /// Whether a file in this format starts with a byte-order mark, as Swedish Excel needs to
  /// read UTF-8 CSV.
  public var startsWithByteOrderMark: Bool {
    self == .csv
  }
}

/// A report that renders itself in some of the output formats.
public protocol FormattedReport {
  /// The formats the report has, its default first.
  static var formats: [OutputFormat] { get }

  /// The report in `format`, or `nil` when the report does not have that format.
  func rendered(as format: OutputFormat) -> String?
}
