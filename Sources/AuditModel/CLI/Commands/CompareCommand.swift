enum CompareCommand {
  static let spec = CommandSpec(
    name: "compare",
    summary: "Jämför länets kommuner i en omgång, och mot förra omgången.",
    discussion: """
      Läser en omgångsmapp (från 'audit init') eller en mapp med svar och visar
      uppfyllelse per kommun och område med regionens median och kvartiler, andelen
      kommuner som uppfyller varje plikt, de tio plikter som oftast inte uppfylls
      (ska först) och var civilsamhället svarar annorlunda än kommunen. Kommuner
      utan svar visas som "saknar svar", aldrig som noll. Med --previous jämförs
      bara plikter som gällde i båda omgångarna.
      Med flera mappar (nationell uppföljning: 'audit compare 2026-host/*') skrivs en
      jämförelse per mapp efter varandra; CSV får en gemensam rubrikrad och JSON en
      lista. --previous, --region och html gäller en mapp i taget.
      """,
    arguments: [
      ArgumentSpec(
        "MAPP",
        help: "Omgångsmappen eller en mapp med ifyllda checklistor; flera mappar (t.ex. ett län "
          + "per mapp) jämförs var för sig i samma körning.",
        isRepeating: true)
    ],
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länet (kod eller namn), om mappen inte anger det."),
      OptionSpec("--previous", value: "MAPP", help: "Förra omgångens mapp, för förändringen."),
      .allowOtherRound,
      .format(["table", "md", "csv", "json", "html"], default: "table"),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let folders = session.arguments.positionals
    guard let folder = folders.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let format = session.arguments.value("--format") ?? "table"
    if folders.count > 1 {
      for option in ["--previous", "--region"] where session.arguments.value(option) != nil {
        throw .usage("\(option) går bara med en mapp — kör en mapp i taget")
      }
      if format == "html" {
        throw .usage("--format html går bara med en mapp — kör en mapp i taget")
      }
      return try compareSeveral(folders, format: format, session: session, model: model)
    }
    let region = session.arguments.value("--region")
    let (current, earlier) = try RoundFolder.load(
      folder, previous: session.arguments.value("--previous"), region: region, session: session,
      model: model)
    reportInvalid(current, session: session)
    try requireResponses(current)
    let comparison = current.comparison(model: model)
    var change: RoundChange?
    if let previous = earlier {
      reportInvalid(previous, session: session)
      change = RoundChange(
        previous: previous.comparison(model: model), current: comparison, model: model)
    }
    let report = ComparisonReport(comparison: comparison, change: change)
    switch format {
    case "md": try session.emit(report.markdown())
    case "csv": try session.emitCSV(report.csv())
    case "json": try session.emit(report.json())
    case "html": try session.emit(report.html(fictional: current.isFictional))
    default: try session.emit(report.table())
    }
    return .success
  }

  /// Compares each folder on its own and writes the reports one after the other.
  private static func compareSeveral(
    _ folders: [String], format: String, session: Session, model: DutyModel
  ) throws(CommandError) -> ExitCode {
    var reports: [ComparisonReport] = []
    let rounds = try RoundFolder.loadAll(
      folders.map { ($0, nil) }, session: session, model: model)
    // A county without responses yet does not stop a national run, unless none has any.
    if rounds.allSatisfy({ $0.scores.isEmpty }), let first = rounds.first {
      try requireResponses(first)
    }
    for round in rounds {
      reportInvalid(round, session: session)
      if round.scores.isEmpty {
        // Without responses a comparison has no area columns, so CSV leaves the folder out.
        session.console.note(
          "varning: \(round.folder): mappen har inga svar som räknas — "
            + (format == "csv"
              ? "den tas inte med i CSV-filen" : "den visas med \"saknar svar\" för varje kommun"))
        if format == "csv" { continue }
      }
      reports.append(ComparisonReport(comparison: round.comparison(model: model), change: nil))
    }
    switch format {
    case "md": try session.emit(reports.map { $0.markdown() }.joined(separator: "\n"))
    case "json": try session.emit(JSONOutput.array(reports.map { $0.json() }))
    case "csv":
      // One header row: the rows name their municipality, whose code gives the county.
      let tables = reports.map { $0.csv() }
      let header = String(tables[0].prefix { $0 != "\r\n" }) + "\r\n"
      guard tables.allSatisfy({ $0.hasPrefix(header) }) else {
        throw .usage("mapparna har olika områden (olika modellversioner?) — kör en mapp i taget")
      }
      try session.emitCSV(header + tables.map { String($0.dropFirst(header.count)) }.joined())
    default: try session.emit(reports.map { $0.table() }.joined(separator: "\n"))
    }
    return .success
  }

  /// Says which files of `round` are not counted and why (as warnings: the command goes on
  /// with the responses that count).
  static func reportInvalid(_ round: RoundFolder, session: Session) {
    for file in round.files where file.errors > 0 {
      session.console.note(
        "varning: \(file.file): har \(Swedish.count(file.errors, "fel", "fel")) och räknas "
          + "inte — kör 'audit validate \(file.file)'")
    }
    for note in (round.inventory.diagnostics + round.skipped).sorted() {
      var warning = note
      warning.severity = .warning
      session.console.report([warning])
    }
  }

  /// Stops with exit 65 when no response of `round` counts: a comparison of nothing is no
  /// result.
  static func requireResponses(_ round: RoundFolder) throws(CommandError) {
    guard round.scores.isEmpty else { return }
    throw .data([
      Diagnostic(
        .error, file: round.folder, at: nil, "mappen har inga svar som räknas",
        help: "spara de ifyllda checklistorna i \(RoundWorkspace.responsesFolder)/ och "
          + "kontrollera dem med 'audit validate \(round.folder)'")
    ])
  }
}

enum StatusCommand {
  static let spec = CommandSpec(
    name: "status",
    summary: "Visa vilka kommuner som svarat, om svaren är giltiga och vad som återstår.",
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen.")],
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länet (kod eller namn), om mappen inte anger det."),
      .allowOtherRound, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    guard let folder = session.arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let round = try RoundFolder.load(
      folder, region: session.arguments.value("--region"), session: session, model: model)
    session.console.write(StatusReport(round: round).text())
    return .success
  }
}
