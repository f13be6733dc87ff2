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
      .format(["md", "html"], default: "html"),
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
    let region = arguments.value("--region")
    let (round, earlier) = try RoundFolder.load(
      folder, previous: arguments.value("--previous"), region: region, session: session,
      model: model)
    CompareCommand.reportInvalid(round, session: session)
    let comparison = round.comparison(model: model)
    var change: RoundChange?
    var previousDay: Day?
    if let previous = earlier {
      change = RoundChange(
        previous: previous.comparison(model: model), current: comparison, model: model)
      previousDay = previous.referenceDate
    }
    let html = (arguments.value("--format") ?? "html") == "html"
    let audience = Audience(rawValue: arguments.value("--audience") ?? "") ?? .politician
    var documents = BriefDocuments(
      model: model, templates: templates, comparison: comparison, change: change,
      previousDay: previousDay, audience: audience, isFictional: round.isFictional)
    documents.add(round, register: session.register)
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
      guard !round.inventory.duplicatedCodes.contains(municipality.code) else {
        throw .data([
          Diagnostic(
            .error, file: folder, at: nil,
            "\(municipality.code) \(municipality.name) har flera svar i omgången och räknas inte",
            help:
              "behåll det svar som gäller i \(RoundWorkspace.responsesFolder)/ och flytta de andra")
        ])
      }
      try session.emit(documents.brief(municipality, html: html))
    } else if let out = arguments.value("--out") {
      var written: [String] = []
      do throws(CommandError) {
        try documents.writeAll(
          to: session.resolve(out), html: html, force: arguments.isSet("--force"),
          written: &written)
      } catch {
        // Say what is done and what is left, so a second run can be planned.
        let left = documents.fileNames(html: html).filter { !written.contains($0) }
        session.console.note(
          "Skrev \(written.count) av \(written.count + left.count) underlag i \(out) innan "
            + "felet; kvar att skriva: \(left.joined(separator: ", "))")
        throw error
      }
      session.console.write("Skrev \(written.count) underlag i \(out).\n")
    }
    return .success
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

/// Renders briefs and overviews with a template set.
struct BriefDocuments: Sendable {
  let model: DutyModel
  let templates: TemplateSet
  let comparison: RegionComparison
  let change: RoundChange?
  let previousDay: Day?
  let audience: Audience
  let isFictional: Bool
  var agreements: [Agreement] = []
  var flags: [AgreementFlag] = []
  var coverage: ShelterCoverage?

  /// Takes the civil-society registers of `round`.
  mutating func add(_ round: RoundFolder, register: Register) {
    agreements = round.agreements?.agreements ?? []
    flags = round.agreementFlags
    if let county = round.county, let shelters = round.shelters {
      coverage = ShelterCoverage(county: county, shelters: shelters.shelters, register: register)
    }
  }

  func brief(_ municipality: Municipality, html: Bool) -> String {
    var brief = Brief(
      model: model, comparison: comparison, change: change, previousReferenceDate: previousDay,
      municipality: municipality, audience: audience, isFictional: isFictional)
    brief.agreements = agreements
    brief.flags = flags
    brief.coverage = coverage
    let template = html ? templates.briefHTML : templates.briefMarkdown
    return template.render(brief.values(html: html))
  }

  func overview(html: Bool) -> String {
    var overview = Overview(comparison: comparison, change: change, isFictional: isFictional)
    overview.flags = flags
    overview.coverage = coverage
    let template = html ? templates.overviewHTML : templates.overviewMarkdown
    return template.render(overview.values(html: html))
  }

  /// The file name of each municipality's brief, in the order they are written.
  func fileNames(html: Bool) -> [String] {
    comparison.rows.map { row in
      "underlag-\(SafeFileName.municipality(row.municipality))-\(audience.rawValue)."
        + (html ? "html" : "md")
    }
  }

  /// Writes one brief per municipality into `folder`, adding each file name to `written` as
  /// it is saved. Temporaries an interrupted run left for any of them are removed first.
  func writeAll(to folder: String, html: Bool, force: Bool, written: inout [String])
    throws(CommandError)
  {
    try FileSystem.createDirectory(folder)
    let names = fileNames(html: html)
    for name in names { FileSystem.removeStaleTemporaries(for: "\(folder)/\(name)") }
    // The briefs are written on all cores and saved one by one, in the order of the register.
    let documents = self
    let texts = Parallel.map(comparison.rows.map(\.municipality)) { municipality in
      documents.brief(municipality, html: html)
    }
    for (name, text) in zip(names, texts) {
      try FileSystem.writeAtomically(Data(text.utf8), to: "\(folder)/\(name)", overwrite: force)
      written.append(name)
    }
  }
}
