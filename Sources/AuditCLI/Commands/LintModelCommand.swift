import AuditModel

enum LintModelCommand {
  static let spec = CommandSpec(
    name: "lint-model",
    summary: "Kontrollera pliktmodellen och visa alla fel på en gång.",
    discussion: """
      Kontrollerar unika id:n, att varje lagrum finns, att datum står i ordning,
      att varje plikt har lagrum och frågor, att varje fråga har svarstyp, att
      samma bestämmelse inte gäller i två versioner samtidigt och att områden och
      teman finns. Utan MAPP kontrolleras den inbyggda modellen.
      """,
    arguments: [
      ArgumentSpec(
        "MAPP", help: "Modellmappen som ska kontrolleras (t.ex. checklists/model).",
        isOptional: true)
    ],
    options: [.help])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let files = try session.modelFiles(in: session.arguments.positionals.first)
    let result = ModelLoader().load(files)
    session.console.report(result.diagnostics)
    let errors = result.diagnostics.filter(\.isError).count
    let warnings = result.diagnostics.count - errors
    guard let model = result.model else {
      session.console.note("\(files.displayRoot): \(errors) fel, \(warnings) varningar")
      return .dataError
    }
    let today = session.context.today
    let inForce = model.duties(inForceOn: today)
    let questions = inForce.reduce(0) { $0 + $1.duty.questions.count }
    let civil =
      model.questionnaire.map { "\n  Civilsamhällets frågeformulär: \($0.items.count) frågor." }
      ?? ""
    session.console.write(
      """
      \(files.displayRoot): modellen \(model.version) är korrekt (\(warnings) varningar).
        \(model.areas.count) områden, \(model.themes.count) ÖJ-teman, \
      \(model.provisions.count) bestämmelser, \(model.duties.count) plikter, \
      \(model.questions.count) frågor.
        I dag (\(today)) gäller \(inForce.count) plikter med \(questions) frågor.\(civil)

      """)
    return .success
  }
}
