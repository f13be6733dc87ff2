import Foundation

/// The agreements register of a round (`avtal.csv` or `avtal.json`), read and checked.
public struct AgreementRegister: Sendable {
  /// The file name in a round folder.
  public static let csvFile = "avtal.csv"
  /// The JSON alternative.
  public static let jsonFile = "avtal.json"

  /// The agreements, in file order.
  public var agreements: [Agreement]
  /// Every problem found.
  public var diagnostics: [Diagnostic]

  static let columns: [RegisterTable.Column] = [
    .init(header: "kommunkod", json: "municipalityCode", isRequired: true),
    .init(header: "organisation", json: "organisation", isRequired: true),
    .init(header: "form", json: "form", isRequired: true),
    .init(header: "omfattning", json: "scope", isRequired: false),
    .init(header: "belopp per år (kr)", json: "amountPerYear", isRequired: false),
    .init(header: "start", json: "start", isRequired: false),
    .init(header: "slut", json: "end", isRequired: false),
    .init(header: "uppföljningar per år", json: "followUpsPerYear", isRequired: false),
    .init(header: "senaste uppföljning", json: "latestFollowUp", isRequired: false),
    .init(header: "status", json: "status", isRequired: true),
    .init(header: "planerat upphandlingsdatum", json: "plannedProcurementDate", isRequired: false),
  ]

  /// The CSV header row, for a blank register.
  public static var header: [String] { columns.map(\.header) }

  /// Reads and checks `data`; municipality codes are checked against `register`.
  public init(_ data: Data, file: String, register: Register) {
    let table = RegisterTable(
      data, file: file, columns: Self.columns, jsonKey: "agreements", what: "avtalsregistret")
    var check = CellChecker(file: file, diagnostics: table.diagnostics)
    var agreements: [Agreement] = []
    for (line, cells) in table.rows {
      let code = check.municipality(cells["kommunkod"], register: register)
      let form = check.choice(cells["form"], Agreement.Form.allCases.map { ($0.rawValue, $0) })
      // "inget" (no arrangement) needs no status.
      let status: Agreement.Status? =
        form == Agreement.Form.none && (cells["status"]?.trimmed ?? "").isEmpty
        ? .current
        : check.choice(cells["status"], Agreement.Status.allCases.map { ($0.rawValue, $0) })
      let organisation = cells["organisation"]?.trimmed ?? ""
      if organisation.isEmpty, form != Agreement.Form.none, let cell = cells["organisation"] {
        check.error(
          cell, "organisation saknas", help: "skriv organisationens namn, eller form \"inget\"")
      }
      let scope = check.list(cells["omfattning"], allowed: Agreement.scopes)
      let amount = check.integer(cells["belopp per år (kr)"])
      let start = check.day(cells["start"])
      let end = check.day(cells["slut"])
      if let start, let end, end < start, let cell = cells["slut"] {
        check.error(cell, "slutdatum \(end) ligger före startdatum \(start)", help: "rätta datumen")
      }
      let followUps = check.integer(cells["uppföljningar per år"]) ?? 0
      let latest = check.day(cells["senaste uppföljning"])
      let planned = check.day(cells["planerat upphandlingsdatum"])
      guard let code, let form, let status else { continue }
      agreements.append(
        Agreement(
          municipalityCode: code, organisation: organisation, form: form, scope: scope,
          amountPerYear: amount, start: start, end: end, followUpsPerYear: followUps,
          latestFollowUp: latest, status: status, plannedProcurementDate: planned,
          location: SourceLocation(file: file, position: SourcePosition(line: line, column: 1))))
    }
    self.agreements = agreements
    diagnostics = check.diagnostics.sorted()
  }
}
