import AuditModel
import Foundation

enum DemoCommand {
  static let spec = CommandSpec(
    name: "demo",
    summary: "Kör hela kedjan på ett påhittat län: checklistor, bedömning, jämförelse, underlag.",
    discussion: """
      Använder Exempellän, ett fiktivt län med påhittade kommuner och svar som följer
      med verktyget, i två omgångar och med svar från civilsamhället. Skriver
      checklistor, bedömningar, jämförelsen, ett underlag per kommun (för politiker
      och för tjänstepersoner) och den regionala översikten i MAPP, och visar en
      kort sammanfattning. Allt som skrivs säger att uppgifterna är fiktiva.
      """,
    options: [
      OptionSpec("--out", value: "MAPP", help: "Var filerna skrivs.", defaultValue: "audit-demo"),
      OptionSpec("--force", help: "Skriv i MAPP även om den inte är tom (ersätter demons filer)."),
      .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let out = session.arguments.value("--out") ?? "audit-demo"
    let target = session.resolve(out)
    if FileSystem.exists(target), !FileSystem.contents(of: target).isEmpty,
      !session.arguments.isSet("--force")
    {
      throw .cannotCreate(
        "\(out): mappen är inte tom — välj en annan med --out MAPP eller skriv över med --force")
    }
    guard !EmbeddedFiles.examples.isEmpty else {
      throw .noInput("exempeldata saknas i programmet — bygg om från källkoden")
    }
    let model = try session.model()
    let templates = try BriefCommand.loadTemplates(session)
    let run = DemoRun(
      session: session, model: model, templates: templates, out: out, target: target)
    try run.execute()
    return .success
  }
}
