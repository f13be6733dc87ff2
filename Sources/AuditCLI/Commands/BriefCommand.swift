import AuditModel
import Foundation

enum BriefCommand {
  static let spec = CommandSpec(
    name: "brief",
    summary: "Skriv underlag till dialogmöten: per kommun, alla kommuner, eller en översikt.",
    discussion: """
      Underlaget för en kommun innehåller en sammanfattning som en politiker läser
      på två minuter, resultatet och vad det betyder, de allvarligaste bristerna med
      lagrum och åtgärd, styrkor, kommunens läge i länet (diagram med text),
      civilsamhällets syn, vad som ändrats i lagen sedan förra omgången, frågor till
      mötet och hur siffrorna tagits fram. --overview skriver länsstyrelsens
      översikt med föreslagen besöksordning och skälen. Mallarna ligger i templates/
      och kan skrivas om utan att röra koden (--templates MAPP).
      """,
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen.")],
    options: [
      OptionSpec("--municipality", value: "KOMMUN", help: "Kommunkod eller namn."),
      OptionSpec("--all", help: "Skriv underlag för varje kommun i omgången (kräver --out)."),
      OptionSpec("--overview", help: "Skriv den regionala översikten."),
      OptionSpec("--out", value: "MAPP", help: "Mapp för --all; skapas om den inte finns."),
      OptionSpec("--previous", value: "MAPP", help: "Förra omgångens mapp."),
      OptionSpec("--region", value: "LÄN", help: "Länet, om mappen inte anger det."),
      .allowOtherRound,
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
    let modes = [
      arguments.isSet("--all"), arguments.isSet("--overview"),
      arguments.value("--municipality") != nil,
    ]
    guard modes.filter({ $0 }).count == 1 else {
      throw .usage("ange precis en av --municipality KOMMUN, --all eller --overview")
    }
    guard let folder = arguments.positionals.first else { throw .usage("argumentet MAPP saknas") }
    if arguments.isSet("--all"), arguments.value("--out") == nil {
      throw .usage("--all kräver --out MAPP")
    }
    let templates = try loadTemplates(session)
    let model = try session.model()
    let analysis = try session.readRound(
      folder, previous: arguments.value("--previous"), region: arguments.value("--region"),
      model: model)
    let round = analysis.current
    let exit = session.reportNotCounted(round)
    let comparison = analysis.comparison
    let html = session.format(among: BriefDocuments.formats) == .html
    let audience = Audience(rawValue: arguments.value("--audience") ?? "") ?? .politician
    let documents = BriefDocuments(
      model: model, templates: templates, analysis: analysis, register: session.register,
      audience: audience)
    session.console.report(round.registerDiagnostics)
    if arguments.isSet("--overview") {
      try session.emit(documents.overview(html: html))
    } else if let query = arguments.value("--municipality") {
      let municipality: Municipality
      do throws(LookupError) {
        municipality = try session.register.municipality(query)
      } catch {
        throw .usage(error.description)
      }
      guard comparison.rows.contains(where: { $0.municipality.code == municipality.code }) else {
        throw .usage("\(municipality.name) ingår inte i omgången \(round.round)")
      }
      if let duplicate = round.duplicateDiagnostic(municipality) { throw .data([duplicate]) }
      try session.emit(documents.brief(municipality, html: html))
    } else if let out = arguments.value("--out") {
      var written: [String] = []
      do throws(FileSystemError) {
        try documents.writeAll(
          to: session.resolve(out), html: html, force: arguments.isSet("--force"),
          written: &written)
      } catch {
        // Say what is done and what is left, so a second run can be planned.
        let left = documents.fileNames(html: html).filter { !written.contains($0) }
        session.console.note(
          "Skrev \(written.count) av \(written.count + left.count) underlag i \(out) innan "
            + "felet; kvar att skriva: \(left.joined(separator: ", "))")
        throw CommandError(error)
      }
      session.console.write("Skrev \(written.count) underlag i \(out).\n")
    }
    return exit
  }

  static func loadTemplates(_ session: Session) throws(CommandError) -> TemplateSet {
    let result: Result<TemplateSet, TemplateLoadError>
    if let folder = session.arguments.value("--templates") {
      let path = session.resolve(folder)
      guard FileSystem.isDirectory(path) else {
        throw .noInput("\(folder): mallmappen finns inte")
      }
      var files: [String: String] = [:]
      for name in TemplateSet.fileNames {
        if let data = FileSystem.read("\(path)/\(name)") { files[name] = decodeText(data).text }
      }
      result = TemplateSet.load(files, root: folder)
    } else {
      result = TemplateSet.embedded
    }
    switch result {
    case .success(let set): return set
    case .failure(let error): throw .data(error.diagnostics)
    }
  }
}
