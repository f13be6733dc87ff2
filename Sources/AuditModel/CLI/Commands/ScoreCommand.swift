import Foundation

enum ScoreCommand {
  static let spec = CommandSpec(
    name: "score",
    summary: "Bedöm ifyllda checklistor: uppfyllelse, fullständighet och fynd.",
    discussion: """
      Varje fråga ger ja = 1, delvis = 0,5, nej = 0 (värdena står i
      checklists/model/scoring.json). En plikt får medelvärdet av sina frågor;
      områden och totalen vägs efter styrka (lag > föreskrift > allmänt råd).
      "vet ej" är en brist med okänt läge, "ej aktuellt" lämnar nämnaren och ett
      obesvarat svar sänker fullständigheten men aldrig uppfyllelsen. Fynd sorteras
      efter brådska: åtgärda omgående, bör åtgärdas, överväg. Bedömningen är ett
      underlag för dialog, inte ett tillsynsbeslut.
      """,
    arguments: [
      ArgumentSpec(
        "FIL|MAPP", help: "Ifyllda checklistor (CSV eller JSON) eller mappar med sådana.",
        isRepeating: true)
    ],
    options: [
      .format(["table", "md", "json", "csv"], default: "table"),
      OptionSpec(
        "--fail-on", value: "NIVÅ",
        help: "Avsluta med kod 1 om det finns brister (eller förbättringsområden).",
        choices: ["brist", "förbättringsområde"]),
      OptionSpec(
        "--explain", value: "PLIKT",
        help: "Visa uträkningen bakom en plikts och dess områdes siffror (t.ex. D012)."),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let (responses, validator) = try ResponseFiles.load(
      session.arguments.positionals, session: session, model: model)
    if let dutyID = session.arguments.value("--explain") {
      guard model.duty(dutyID) != nil else {
        let hint = Suggestions.nearest(to: dutyID, among: model.duties.map(\.id)).first
        throw .usage("okänd plikt \(dutyID)\(hint.map { " — menade du \($0)?" } ?? "")")
      }
      let texts = Parallel.map(responses) { response in
        let score = validator.score(response)
        return ScoreExplanation.explain(dutyID, in: score, rules: model.scoring)
          ?? "\(score.response.file): plikten \(dutyID) gällde inte referensdatumet "
          + "\(score.response.metadata.referenceDate).\n"
      }
      try session.emit(texts.joined(separator: "\n"))
      return .success
    }
    for response in responses where model.questionnaire?.isAnswered(by: response) == true {
      session.console.note(
        "\(response.file): svarar på civilsamhällets frågeformulär, som inte ger någon "
          + "procentsats — det som svaren pekar på står bland frågorna i 'audit brief'")
    }
    let format = session.arguments.value("--format") ?? "table"
    var totals: [Figures] = []
    try writeReport(responses, format: format, session: session, validator: validator) {
      totals.append($0)
    }
    switch session.arguments.value("--fail-on") {
    case "brist":
      return totals.contains { $0.deficiencies > 0 } ? .findings : .success
    case "förbättringsområde":
      let any = totals.contains { $0.deficiencies + $0.improvementAreas > 0 }
      return any ? .findings : .success
    default:
      return .success
    }
  }

  /// Scores the responses on all cores and writes the report one response at a time, so
  /// that a national run never holds every score at once. With `--output` the report is
  /// collected and written atomically at the end.
  private static func writeReport(
    _ responses: [Response], format: String, session: Session, validator: ResponseValidator,
    totals: (Figures) -> Void
  ) throws(CommandError) {
    let toFile = session.arguments.value("--output").map { $0 != "-" } ?? false
    var collected = ""
    func write(_ text: String) {
      if toFile { collected += text } else { session.console.write(text) }
    }
    let (start, separator, end): (String, String, String)
    switch format {
    case "json" where responses.isEmpty:
      (start, separator, end) = (ScoreReport(scores: []).json(), "", "")
    case "json":
      (start, separator, end) = (
        JSONOutput.arrayStart, JSONOutput.arraySeparator, JSONOutput.arrayEnd
      )
    case "csv": (start, separator, end) = (CSVWriter().render([ScoreReport.csvHeader]), "", "")
    default: (start, separator, end) = ("", "\n", "")
    }
    if format == "csv", !toFile { write("\u{FEFF}") }
    write(start)
    var first = true
    Parallel.forEach(responses) { response -> (String, Figures) in
      let score = validator.score(response)
      let text: String
      switch format {
      case "md": text = ScoreReport.markdown(score)
      case "json": text = ScoreReport.jsonElement(score)
      case "csv": text = CSVWriter().render(ScoreReport.csvRows(score))
      default: text = ScoreReport.table(score)
      }
      return (text, score.total)
    } consume: { text, total in
      if !first { write(separator) }
      first = false
      write(text)
      totals(total)
    }
    write(end)
    guard toFile else { return }
    if format == "csv" { try session.emitCSV(collected) } else { try session.emit(collected) }
  }
}

extension ResponseFiles {
  /// Reads and validates every response named by `arguments` (files, folders or `-`), and
  /// gives them with the validator that accepted them (which also scores them).
  /// Warnings go to standard error; any error or missing file stops the command.
  static func load(_ arguments: [String], session: Session, model: DutyModel)
    throws(CommandError) -> (responses: [Response], validator: ResponseValidator)
  {
    guard !arguments.isEmpty else { throw .usage("ange minst en fil eller mapp") }
    for argument in arguments where argument != "-" {
      let path = session.resolve(argument)
      session.extendRegister(
        near: FileSystem.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent)
    }
    let validator = session.validator(model: model)
    var entries: [(shown: String, path: String?)] = []
    for argument in arguments {
      if argument == "-" {
        entries.append(("-", nil))
        continue
      }
      let path = session.resolve(argument)
      if FileSystem.isDirectory(path) {
        let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
        entries += list(in: path).map { ("\(base)/\($0)", "\(path)/\($0)") }
      } else if FileSystem.exists(path) {
        entries.append((argument, path))
      } else {
        throw .noInput("\(argument): filen finns inte — kontrollera sökvägen")
      }
    }
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      entries.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let outcomes = Parallel.map(entries) { shown, path -> Outcome? in
      guard let data = path.map({ FileSystem.read($0) }) ?? standardInput else { return nil }
      return check(data, file: shown, validator: validator)
    }
    var responses: [Response] = []
    var errors: [Diagnostic] = []
    for (entry, outcome) in zip(entries, outcomes) {
      guard let outcome else { throw .noInput("\(entry.shown): filen kan inte läsas") }
      if outcome.diagnostics.contains(where: \.isError) {
        errors += outcome.diagnostics
      } else {
        session.console.report(outcome.diagnostics)
      }
      if let response = outcome.response { responses.append(response) }
    }
    if !errors.isEmpty {
      session.console.report(errors)
      session.console.note(
        "fel: svaren har fel och bedöms inte — rätta dem (se 'audit validate') och försök igen")
      throw .data([])
    }
    return (responses, validator)
  }
}
