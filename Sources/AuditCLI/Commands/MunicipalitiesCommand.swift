import AuditModel

enum MunicipalitiesCommand {
  static let spec = CommandSpec(
    name: "municipalities",
    summary: "Lista kommunerna (SCB:s koder), hela landet eller ett län.",
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länskod (t.ex. 14) eller länsnamn (Västra Götaland)."),
      .format(MunicipalityListing.formats),
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
    try session.emit(
      MunicipalityListing(heading: heading, municipalities: list, register: register))
    return .success
  }
}
