/// `audit shelters` output: the shelters that match, and the county's coverage.
public struct ShelterListing: Sendable, FormattedReport {
  /// The shelters to list.
  public var shelters: [Shelter]
  /// Municipality names by code.
  public var names: [String: String]
  /// The county's coverage, when a county was asked for.
  public var coverage: ShelterCoverage?

  /// Lists `shelters`, naming municipalities from `register`.
  public init(shelters: [Shelter], register: Register, coverage: ShelterCoverage?) {
    self.shelters = shelters
    names = Dictionary(
      register.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    self.coverage = coverage
  }

  /// Table, CSV and JSON.
  public static let formats: [OutputFormat] = [.table, .csv, .json]

  /// The listing in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    switch format {
    case .json: return json()
    case .csv: return csv()
    case .table: return table()
    case .md, .html: return nil
    }
  }

  private func json() -> String {
    JSONOutput.render(
      JSONOutputValue.array(
        shelters.map {
          .object([
            "name": .string($0.name), "kind": .string($0.kind.rawValue),
            "municipalityCode": .string($0.municipalityCode), "places": .integer($0.places),
            "takesChildren": .bool($0.takesChildren),
            "languages": .array($0.languages.map { .string($0) }),
            "competences": .array($0.competences.map { .string($0) }),
          ])
        }))
  }

  private func csv() -> String {
    CSVWriter().render(
      [ShelterRegister.header + ["kommun"]]
        + shelters.map {
          [
            $0.name, $0.kind.rawValue, $0.municipalityCode, "\($0.places)",
            $0.takesChildren ? "ja" : "nej", $0.languages.joined(separator: ", "),
            $0.competences.joined(separator: ", "), names[$0.municipalityCode] ?? "",
          ]
        })
  }

  private func table() -> String {
    var out = TextTable.render(
      headers: ["Boende", "Typ", "Kommun", "Platser", "Barn", "Kompetenser och språk"],
      rows: shelters.map {
        [
          $0.name, $0.kind.rawValue, names[$0.municipalityCode] ?? $0.municipalityCode,
          "\($0.places)", $0.takesChildren ? "ja" : "nej",
          ($0.competences + $0.languages).joined(separator: ", "),
        ]
      })
    out += "\n\(Swedish.count(shelters.count, "boende", "boenden")) med "
    out += "\(shelters.reduce(0) { $0 + $1.places }) platser.\n"
    if let coverage { out += coverage.text + "\n" }
    return out
  }
}
