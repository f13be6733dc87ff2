import AuditModel
import Foundation

enum BriefCommand {
  static let spec = CommandSpec(
    name: "brief",
    summary:
      "Skriv underlag till dialogmöten: per kommun, för en resa, alla kommuner, en översikt.",
    discussion: """
      Underlaget för en kommun börjar med det en politiker behöver på sidan 1:
      resultatet i en mening och vad det betyder, de tre allvarligaste bristerna med
      vad lagen kräver, förslag till beslut och frågor till mötet. Sedan följer vad
      nämnden ansvarar för, resultatet över tid, kommunen i länet, civilsamhällets
      syn, ändrad lag och hur siffrorna tagits fram. Underlaget för tjänstepersoner
      har dessutom en handlingsplan. --overview skriver länsstyrelsens översikt.
      --municipality kan anges flera gånger (en resa): då skrivs ett underlag per
      kommun och en översikt över just dem i --out. Tidigare omgångar hittas i
      mapparna bredvid omgångsmappen, eller anges med --history. Är FIL en enda
      ifylld checklista skrivs en självskattning utan jämförelse med länet.
      HTML skrivs aldrig till terminalen: ange -o FIL eller --format md.
      """,
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen, eller en ifylld checklista (FIL).")],
    options: [
      OptionSpec(
        "--municipality", value: "KOMMUN", help: "Kommunkod eller namn; kan upprepas.",
        isRepeating: true),
      OptionSpec("--all", help: "Skriv underlag för varje kommun i omgången (kräver --out)."),
      OptionSpec("--overview", help: "Skriv den regionala översikten."),
      OptionSpec("--out", value: "MAPP", help: "Mapp för --all och resor; skapas om den saknas."),
      OptionSpec("--previous", value: "MAPP", help: "Förra omgångens mapp."),
      OptionSpec(
        "--history", value: "MAPP", help: "Tidigare omgångar för utvecklingen; kan upprepas.",
        isRepeating: true),
      OptionSpec("--region", value: "LÄN", help: "Länet, om mappen inte anger det."),
      OptionSpec(
        "--audience", value: "MÅLGRUPP", help: "Vem underlaget skrivs för.",
        defaultValue: "politiker", choices: Audience.allCases.map(\.rawValue)),
      .format(BriefDocuments.formats),
      OptionSpec(
        "--templates", value: "MAPP", help: "Läs mallarna från MAPP i stället för de inbyggda."),
      OptionSpec("--force", help: "Skriv över befintliga filer i --out."),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let arguments = session.arguments
    guard let folder = arguments.positionals.first else { throw .usage("argumentet MAPP saknas") }
    let html = session.format(among: BriefDocuments.formats) == .html
    let out = arguments.value("--out")
    let toTerminal = out == nil && (arguments.value("--output") ?? "-") == "-"
    if html, toTerminal, session.context.outputIsTerminal {
      throw .usage("HTML skrivs inte till terminalen — ange -o FIL.html eller --format md")
    }
    let audience = Audience(rawValue: arguments.value("--audience") ?? "") ?? .politician
    let templates = try loadTemplates(session)
    let model = try session.model()
    if !FileSystem.isDirectory(session.resolve(folder)) {
      let roundOnly = ["--municipality", "--all", "--overview", "--out", "--previous", "--history"]
      if let option = roundOnly.first(where: { arguments.isSet($0) }) {
        throw .usage("\(option) gäller en omgångsmapp, inte en självskattning av en fil")
      }
      try selfAssessment(folder, session: session, model: model, templates: templates, html: html)
      return .success
    }
    let queries = arguments.all("--municipality")
    let modes = [arguments.isSet("--all"), arguments.isSet("--overview"), !queries.isEmpty]
    guard modes.filter({ $0 }).count == 1 else {
      throw .usage("ange precis en av --municipality KOMMUN, --all eller --overview")
    }
    if arguments.isSet("--all") || queries.count > 1, out == nil {
      throw .usage("\(queries.count > 1 ? "flera --municipality" : "--all") kräver --out MAPP")
    }
    let (analysis, history) = try session.readRoundWithHistory(folder, model: model)
    let round = analysis.current
    let exit = session.reportNotCounted(round)
    var documents = BriefDocuments(
      model: model, templates: templates, analysis: analysis, register: session.register,
      audience: audience)
    documents.history = history
    session.keepUntilExit(documents)
    session.console.report(round.registerDiagnostics)
    if arguments.isSet("--overview") {
      try session.emit(documents.overview(html: html))
      return exit
    }
    var municipalities: [Municipality] = []
    for query in queries {
      let municipality: Municipality
      do throws(LookupError) {
        municipality = try session.register.municipality(query)
      } catch {
        throw .usage(error.description)
      }
      guard analysis.comparison.rows.contains(where: { $0.municipality.code == municipality.code })
      else {
        throw .usage("\(municipality.name) ingår inte i omgången \(round.round)")
      }
      municipalities.append(municipality)
    }
    if let only = municipalities.first, municipalities.count == 1 {
      if let duplicate = round.duplicateDiagnostic(only) { throw .data([duplicate]) }
      try session.emit(documents.brief(only, html: html))
    } else if let out {
      let written = try session.write(
        documents, tour: municipalities.isEmpty ? nil : municipalities, to: out, html: html)
      let briefs = written.filter { $0.hasPrefix("underlag-") }.count
      let overview = written.count > briefs ? " och en översikt" : ""
      session.console.write("Skrev \(briefs) underlag\(overview) i \(out).\n")
    }
    return exit
  }
}
