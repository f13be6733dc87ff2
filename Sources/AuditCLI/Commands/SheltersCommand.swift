import AuditModel
import Foundation

enum SheltersCommand {
  static let spec = CommandSpec(
    name: "shelters",
    summary: "Lista skyddade boenden, filtrera på kompetens och visa länets täckning.",
    discussion: """
      Läser skyddade-boenden.csv (eller .json) i MAPP eller en mapp ovanför.
      Flera --competence ger boenden som har alla. Kompetenser: förstärkt
      skalskydd, missbruk, barnverksamhet, hedersrelaterat våld,
      funktionsnedsättning, husdjur, män, hbtqi, digital säkerhet, barn (tar emot
      barn) eller ett språk. Med --region visas också vilka kompetenser inget boende
      i länet erbjuder. Kommunens skyldighet att hitta en lämplig placering gäller
      oavsett var boendet ligger.
      """,
    arguments: [ArgumentSpec("MAPP", help: "Mapp med boenderegistret.", isOptional: true)],
    options: [
      OptionSpec("--region", value: "LÄN", help: "Bara boenden i länet (kod eller namn)."),
      OptionSpec(
        "--competence", value: "KOMPETENS", help: "Bara boenden med kompetensen.",
        isRepeating: true),
      .format(ShelterListing.formats),
      .output, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let folder = session.arguments.positionals.first ?? "."
    let path = session.resolve(folder)
    session.extendRegister(near: path)
    guard
      let registerFile = RoundFolder.readShelters(path, shown: folder, register: session.register)
    else {
      throw .noInput(
        "\(folder): hittar ingen \(ShelterRegister.csvFile) — skapa den med rubrikraden "
          + ShelterRegister.header.joined(separator: ";"))
    }
    if registerFile.diagnostics.contains(where: \.isError) { throw .data(registerFile.diagnostics) }
    var shelters = registerFile.shelters
    var county: County?
    if let region = session.arguments.value("--region") {
      do throws(LookupError) {
        county = try session.register.county(region)
      } catch {
        throw .usage(error.description)
      }
      let codes = Set(session.register.municipalities(inCounty: county?.code ?? "").map(\.code))
      shelters = shelters.filter { codes.contains($0.municipalityCode) }
    }
    let known =
      Shelter.competences + ["barn"] + Array(Set(registerFile.shelters.flatMap(\.languages)))
    for wanted in session.arguments.all("--competence") {
      guard known.contains(where: { Suggestions.folded($0) == Suggestions.folded(wanted) }) else {
        let hint = Suggestions.nearest(to: wanted, among: known).first
        throw .usage(
          "okänd kompetens \"\(wanted)\"" + (hint.map { " — menade du \"\($0)\"?" } ?? "")
            + " Kompetenser: \(Shelter.competences.joined(separator: ", ")), barn eller ett språk")
      }
      shelters = shelters.filter { $0.offers(wanted) }
    }
    let coverage = county.map {
      ShelterCoverage(county: $0, shelters: registerFile.shelters, register: session.register)
    }
    try session.emit(
      ShelterListing(shelters: shelters, register: session.register, coverage: coverage))
    return .success
  }
}
