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
      """,
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen eller en mapp med ifyllda checklistor.")],
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länet (kod eller namn), om mappen inte anger det."),
      OptionSpec("--previous", value: "MAPP", help: "Förra omgångens mapp, för förändringen."),
      .format(["table", "md", "csv", "json", "html"], default: "table"),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    guard let folder = session.arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let region = session.arguments.value("--region")
    let current = try RoundFolder.load(folder, region: region, session: session, model: model)
    reportInvalid(current, session: session)
    let comparison = current.comparison(model: model)
    var change: RoundChange?
    if let previousFolder = session.arguments.value("--previous") {
      let previous = try RoundFolder.load(
        previousFolder, region: region ?? current.county?.code, session: session, model: model)
      reportInvalid(previous, session: session)
      change = RoundChange(
        previous: previous.comparison(model: model), current: comparison, model: model)
    }
    let report = ComparisonReport(comparison: comparison, change: change)
    switch session.arguments.value("--format") ?? "table" {
    case "md": try session.emit(report.markdown())
    case "csv": try session.emitCSV(report.csv())
    case "json": try session.emit(report.json())
    case "html": try session.emit(report.html(fictional: current.isFictional))
    default: try session.emit(report.table())
    }
    return .success
  }

  /// Says which files were left out because they have errors.
  static func reportInvalid(_ round: RoundFolder, session: Session) {
    for file in round.files where file.errors > 0 {
      session.console.note(
        "varning: \(file.file): har \(Swedish.count(file.errors, "fel", "fel")) och räknas "
          + "inte — kör 'audit validate \(file.file)'")
    }
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
      .model, .help,
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
