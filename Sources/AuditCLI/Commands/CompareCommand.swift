import AuditModel

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
      .format(ComparisonReport.formats),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let folders = session.arguments.positionals
    guard let folder = folders.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let format = session.format(among: ComparisonReport.formats)
    if folders.count > 1 {
      for option in ["--previous", "--region"] where session.arguments.value(option) != nil {
        throw .usage("\(option) går bara med en mapp — kör en mapp i taget")
      }
      if format == .html {
        throw .usage("--format html går bara med en mapp — kör en mapp i taget")
      }
      return try compareSeveral(folders, format: format, session: session, model: model)
    }
    let analysis = try session.readRound(
      folder, previous: session.arguments.value("--previous"),
      region: session.arguments.value("--region"), model: model)
    let exit = session.reportNotCounted(analysis.current)
    try requireResponses(analysis.current)
    if let previous = analysis.previous { session.reportNotCounted(previous) }
    var report = ComparisonReport(comparison: analysis.comparison, change: analysis.change)
    report.isFictional = analysis.current.isFictional
    session.keepUntilExit(report)
    try session.emit(report)
    return exit
  }

  /// Compares each folder on its own and writes the reports one after the other.
  private static func compareSeveral(
    _ folders: [String], format: OutputFormat, session: Session, model: DutyModel
  ) throws(CommandError) -> ExitCode {
    var exit = ExitCode.success
    let rounds = try session.readRounds(folders, model: model)
    // A county without responses yet does not stop a national run, unless none has any.
    if rounds.allSatisfy({ $0.scores.isEmpty }), let first = rounds.first {
      try requireResponses(first)
    }
    var compared: [RoundFolder] = []
    for round in rounds {
      if session.reportNotCounted(round) != .success { exit = .dataError }
      if round.scores.isEmpty {
        // Without responses a comparison has no area columns, so CSV leaves the folder out.
        session.console.note(
          "varning: \(round.folder): mappen har inga svar som räknas — "
            + (format == .csv
              ? "den tas inte med i CSV-filen" : "den visas med \"saknar svar\" för varje kommun"))
        if format == .csv { continue }
      }
      compared.append(round)
    }
    // The folders are compared and written out on all cores, and joined in order.
    let reports = Parallel.map(compared) { round in
      ComparisonReport(comparison: round.comparison(model: model), change: nil)
    }
    session.keepUntilExit(reports)
    switch format {
    case .md: try session.emit(Parallel.map(reports) { $0.markdown() }.joined(separator: "\n"))
    case .json: try session.emit(JSONOutput.array(Parallel.map(reports) { $0.json() }))
    case .csv:
      // One header row: the rows name their municipality, whose code gives the county.
      let tables = Parallel.map(reports) { $0.csv() }
      let header = String(tables[0].prefix { $0 != "\r\n" }) + "\r\n"
      guard tables.allSatisfy({ $0.hasPrefix(header) }) else {
        throw .usage("mapparna har olika områden (olika modellversioner?) — kör en mapp i taget")
      }
      try session.emit(
        header + tables.map { String($0.dropFirst(header.count)) }.joined(), as: .csv)
    case .table, .html:
      try session.emit(Parallel.map(reports) { $0.table() }.joined(separator: "\n"))
    }
    return exit
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
