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
      .format(["table", "csv", "json"], default: "table"),
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
    let names = Dictionary(
      session.register.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    switch session.arguments.value("--format") ?? "table" {
    case "json":
      try session.emit(
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
            })))
    case "csv":
      try session.emitCSV(
        CSVWriter().render(
          [ShelterRegister.header + ["kommun"]]
            + shelters.map {
              [
                $0.name, $0.kind.rawValue, $0.municipalityCode, "\($0.places)",
                $0.takesChildren ? "ja" : "nej", $0.languages.joined(separator: ", "),
                $0.competences.joined(separator: ", "), names[$0.municipalityCode] ?? "",
              ]
            }))
    default:
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
      if let county {
        out +=
          ShelterCoverage(
            county: county, shelters: registerFile.shelters, register: session.register
          ).text + "\n"
      }
      try session.emit(out)
    }
    return .success
  }
}
