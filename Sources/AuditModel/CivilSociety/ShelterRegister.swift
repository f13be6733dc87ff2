import Foundation

/// The shelter register (`skyddade-boenden.csv` or `.json`), read and checked.
public struct ShelterRegister: Sendable {
  /// The file name, in a round folder or the county folder above it.
  public static let csvFile = "skyddade-boenden.csv"
  /// The JSON alternative.
  public static let jsonFile = "skyddade-boenden.json"

  /// The shelters, in file order.
  public var shelters: [Shelter]
  /// Every problem found.
  public var diagnostics: [Diagnostic]

  static let columns: [RegisterTable.Column] = [
    .init(header: "namn", json: "name", isRequired: true),
    .init(header: "typ", json: "kind", isRequired: true),
    .init(header: "kommunkod", json: "municipalityCode", isRequired: true),
    .init(header: "platser", json: "places", isRequired: true),
    .init(header: "tar emot barn", json: "takesChildren", isRequired: true),
    .init(header: "språk", json: "languages", isRequired: false),
    .init(header: "kompetenser", json: "competences", isRequired: false),
  ]

  /// The CSV header row, for a blank register.
  public static var header: [String] { columns.map(\.header) }

  /// Reads and checks `data`.
  public init(_ data: Data, file: String, register: Register) {
    let table = RegisterTable(
      data, file: file, columns: Self.columns, jsonKey: "shelters", what: "boenderegistret")
    var check = CellChecker(file: file, diagnostics: table.diagnostics)
    var shelters: [Shelter] = []
    for (line, cells) in table.rows {
      let name = cells["namn"]?.trimmed ?? ""
      if name.isEmpty, let cell = cells["namn"] {
        check.error(cell, "namn saknas", help: "skriv boendets namn")
      }
      let kind = check.choice(cells["typ"], Shelter.Kind.allCases.map { ($0.rawValue, $0) })
      let code = check.municipality(cells["kommunkod"], register: register)
      let places = check.integer(cells["platser"])
      let children = check.flag(cells["tar emot barn"])
      let languages = RegisterTable.list(cells["språk"])
      let competences = check.list(cells["kompetenser"], allowed: Shelter.competences)
      guard !name.isEmpty, let kind, let code, let places, let children else { continue }
      shelters.append(
        Shelter(
          name: name, kind: kind, municipalityCode: code, places: places, takesChildren: children,
          languages: languages, competences: competences,
          location: SourceLocation(file: file, position: SourcePosition(line: line, column: 1))))
    }
    self.shelters = shelters
    diagnostics = check.diagnostics.sorted()
  }
}
