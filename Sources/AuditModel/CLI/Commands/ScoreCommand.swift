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
    let responses = try ResponseFiles.load(
      session.arguments.positionals, session: session, model: model)
    let scores = responses.map { Scorer.score($0, model: model) }
    if let dutyID = session.arguments.value("--explain") {
      guard model.duty(dutyID) != nil else {
        let hint = Suggestions.nearest(to: dutyID, among: model.duties.map(\.id)).first
        throw .usage("okänd plikt \(dutyID)\(hint.map { " — menade du \($0)?" } ?? "")")
      }
      let texts = scores.map { score in
        ScoreExplanation.explain(dutyID, in: score, rules: model.scoring)
          ?? "\(score.response.file): plikten \(dutyID) gällde inte referensdatumet "
          + "\(score.response.metadata.referenceDate).\n"
      }
      try session.emit(texts.joined(separator: "\n"))
    } else {
      let report = ScoreReport(scores: scores)
      switch session.arguments.value("--format") ?? "table" {
      case "md": try session.emit(report.markdown())
      case "json": try session.emit(report.json())
      case "csv": try session.emitCSV(report.csv())
      default: try session.emit(report.table())
      }
    }
    switch session.arguments.value("--fail-on") {
    case "brist":
      return scores.contains { $0.total.deficiencies > 0 } ? .findings : .success
    case "förbättringsområde":
      let any = scores.contains { $0.total.deficiencies + $0.total.improvementAreas > 0 }
      return any ? .findings : .success
    default:
      return .success
    }
  }
}

extension ResponseFiles {
  /// Reads and validates every response named by `arguments` (files, folders or `-`).
  /// Warnings go to standard error; any error or missing file stops the command.
  static func load(_ arguments: [String], session: Session, model: DutyModel)
    throws(CommandError) -> [Response]
  {
    guard !arguments.isEmpty else { throw .usage("ange minst en fil eller mapp") }
    for argument in arguments where argument != "-" {
      let path = session.resolve(argument)
      session.extendRegister(
        near: FileSystem.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent)
    }
    let validator = ResponseValidator(
      model: model, register: session.register, today: session.context.today)
    var responses: [Response] = []
    var errors: [Diagnostic] = []
    for argument in arguments {
      var entries: [(shown: String, data: Data?)] = []
      if argument == "-" {
        entries.append(("-", FileHandle.standardInput.readDataToEndOfFile()))
      } else {
        let path = session.resolve(argument)
        if FileSystem.isDirectory(path) {
          let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
          entries += list(in: path).map { ("\(base)/\($0)", FileSystem.read("\(path)/\($0)")) }
        } else if FileSystem.exists(path) {
          entries.append((argument, FileSystem.read(path)))
        } else {
          throw .noInput("\(argument): filen finns inte — kontrollera sökvägen")
        }
      }
      for (shown, data) in entries {
        guard let data else { throw .noInput("\(shown): filen kan inte läsas") }
        let outcome = check(data, file: shown, validator: validator)
        if outcome.diagnostics.contains(where: \.isError) {
          errors += outcome.diagnostics
        } else {
          session.console.report(outcome.diagnostics)
        }
        if let response = outcome.response { responses.append(response) }
      }
    }
    if !errors.isEmpty {
      session.console.report(errors)
      session.console.note(
        "fel: svaren har fel och bedöms inte — rätta dem (se 'audit validate') och försök igen")
      throw .data([])
    }
    return responses
  }
}
