import AuditModel

enum MunicipalitiesCommand {
  static let spec = CommandSpec(
    name: "municipalities",
    summary: "Lista kommunerna (SCB:s koder), hela landet eller ett län.",
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länskod (t.ex. 14) eller länsnamn (Västra Götaland)."),
      .format(["table", "md", "json", "csv"], default: "table"),
      .output, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let register = session.register
    var list = register.municipalities
    var heading = "Sveriges kommuner"
    if let query = session.arguments.value("--region") {
      do throws(LookupError) {
        let county = try register.county(query)
        list = register.municipalities(inCounty: county.code)
        heading = "Kommuner i \(county.name) (\(county.code))"
      } catch {
        throw .usage(error.description)
      }
    }
    let countyName = Dictionary(uniqueKeysWithValues: register.counties.map { ($0.code, $0.name) })
    let headers = ["Kod", "Kommun", "Län"]
    let rows = list.map { [$0.code, $0.name, countyName[$0.countyCode] ?? $0.countyCode] }
    let summary = "\(list.count) kommuner.\n"
    switch session.arguments.value("--format") ?? "table" {
    case "md":
      try session.emit(
        "# \(heading)\n\n" + summary + "\n" + Markdown.table(headers: headers, rows: rows))
    case "json":
      try session.emit(JSONOutput.render(list))
    case "csv":
      try session.emitCSV(
        CSVWriter().render(
          [["kod", "namn", "länskod", "län"]]
            + list.map { [$0.code, $0.name, $0.countyCode, countyName[$0.countyCode] ?? ""] }))
    default:
      try session.emit(TextTable.render(headers: headers, rows: rows) + "\n" + summary)
    }
    return .success
  }
}
