/// `audit municipalities` output: municipalities with their county, under a heading.
public struct MunicipalityListing: Sendable, FormattedReport {
  /// The heading, e.g. "Kommuner i Västra Götalands län (14)".
  public var heading: String
  /// The municipalities, in register order.
  public var municipalities: [Municipality]
  /// County names by code.
  public var countyNames: [String: String]

  /// Lists `municipalities` with the county names of `register`.
  public init(heading: String, municipalities: [Municipality], register: Register) {
    self.heading = heading
    self.municipalities = municipalities
    countyNames = Dictionary(uniqueKeysWithValues: register.counties.map { ($0.code, $0.name) })
  }

  /// Table, Markdown, JSON and CSV.
  public static let formats: [OutputFormat] = [.table, .md, .json, .csv]

  /// The listing in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    let headers = ["Kod", "Kommun", "Län"]
    let rows = municipalities.map {
      [$0.code, $0.name, countyNames[$0.countyCode] ?? $0.countyCode]
    }
    let summary = "\(municipalities.count) kommuner.\n"
    switch format {
    case .md:
      return "# \(heading)\n\n" + summary + "\n" + Markdown.table(headers: headers, rows: rows)
    case .json:
      return JSONOutput.render(municipalities)
    case .csv:
      return CSVWriter().render(
        [["kod", "namn", "länskod", "län"]]
          + municipalities.map {
            [$0.code, $0.name, $0.countyCode, countyNames[$0.countyCode] ?? ""]
          })
    case .table:
      return TextTable.render(headers: headers, rows: rows) + "\n" + summary
    case .html:
      return nil
    }
  }
}
