import AuditModel
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
      obesvarat svar sänker fullständigheten men aldrig uppfyllelsen. Varje plikt
      är uppfylld, delvis uppfylld eller ej uppfylld (eller okänd, ej aktuell): ett
      nej på ett krav är en brist, ett delvis på ett krav ett delvis uppfyllt krav.
      Under fullständighetströskeln visas spannet som de obesvarade frågorna
      tillåter och "ofullständigt svar" i stället för ett tal. Fynd ordnas efter
      allvar (scoring.json). Filer med fel listas som "ogiltigt svar" och ger
      slutkod 65; de andra bedöms ändå. Bedömningen är ett underlag för dialog,
      inte ett tillsynsbeslut.
      """,
    arguments: [
      ArgumentSpec(
        "FIL|MAPP", help: "Ifyllda checklistor (CSV eller JSON) eller mappar med sådana.",
        isRepeating: true)
    ],
    options: [
      .format(ScoreReport.formats),
      OptionSpec(
        "--fail-on", value: "NIVÅ",
        help: "Avsluta med kod 1 om det finns brister (eller några fynd utom vet ej).",
        choices: ["brist", "förbättringsområde"]),
      OptionSpec(
        "--explain", value: "PLIKT",
        help: "Visa uträkningen bakom en plikts och dess områdes siffror (t.ex. D012)."),
      .allowOtherRound, .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let (responses, validator, invalid) = try session.validResponses(
      session.arguments.positionals, model: model)
    // Every valid response is scored; files with errors are listed and make the exit 65.
    let incomplete: ExitCode = invalid > 0 ? .dataError : .success
    if let dutyID = session.arguments.value("--explain") {
      guard model.duty(dutyID) != nil else {
        let hint = Suggestions.nearest(to: dutyID, among: model.duties.map(\.id)).first
        throw .usage("okänd plikt \(dutyID)\(hint.map { " — menade du \($0)?" } ?? "")")
      }
      let texts = Parallel.map(responses) { response in
        let score = Scorer.score(response, calendar: validator.calendar)
        return ScoreExplanation.explain(dutyID, in: score, rules: model.scoring)
          ?? "\(score.response.file): plikten \(dutyID) gällde inte referensdatumet "
          + "\(score.response.metadata.referenceDate).\n"
      }
      try session.emit(texts.joined(separator: "\n"))
      return incomplete
    }
    for response in responses where model.questionnaire?.isAnswered(by: response) == true {
      session.console.note(
        "\(response.file): svarar på civilsamhällets frågeformulär, som inte ger någon "
          + "procentsats — det som svaren pekar på står bland frågorna i 'audit brief'")
    }
    let format = session.format(among: ScoreReport.formats)
    var totals: [Figures] = []
    try writeReport(responses, format: format, session: session, validator: validator) {
      totals.append($0)
    }
    if invalid > 0 { return incomplete }
    switch session.arguments.value("--fail-on") {
    case "brist":
      return totals.contains { $0.deficiencies > 0 } ? .findings : .success
    case "förbättringsområde":
      let any = totals.contains { $0.deficiencies + $0.partlyMet + $0.improvementAreas > 0 }
      return any ? .findings : .success
    default:
      return .success
    }
  }

  /// Scores the responses on all cores and writes the report one response at a time, so
  /// that a national run never holds every score at once. With `--output` the report is
  /// collected and written atomically at the end.
  private static func writeReport(
    _ responses: [Response], format: OutputFormat, session: Session,
    validator: ResponseValidator,
    totals: (Figures) -> Void
  ) throws(CommandError) {
    let toFile = session.arguments.value("--output").map { $0 != "-" } ?? false
    var collected = ""
    func write(_ text: String) {
      if toFile { collected += text } else { session.console.write(text) }
    }
    let (start, separator, end) = ScoreReport.frame(format, isEmpty: responses.isEmpty)
    if format == .csv, !toFile { write("\u{FEFF}") }
    write(start)
    var first = true
    Parallel.forEach(responses) { response -> (String, Figures) in
      let score = Scorer.score(response, calendar: validator.calendar)
      let text = ScoreReport.element(score, as: format)
      return (text, score.total)
    } consume: { text, total in
      if !first { write(separator) }
      first = false
      write(text)
      totals(total)
    }
    write(end)
    guard toFile else { return }
    try session.emit(collected, as: format)
  }
}
