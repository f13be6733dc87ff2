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

/// One run of `audit demo`.
struct DemoRun {
  let session: Session
  let model: DutyModel
  let templates: TemplateSet
  let out: String
  let target: String

  static let county = "exempellan"
  static let rounds = ["2025-var", "2026-host"]
  static let notice =
    "> **Fiktiva uppgifter.** Kommunerna, svaren och organisationerna är påhittade och visar bara hur verktyget fungerar.\n\n"

  func write(_ text: String, _ relative: String) throws(CommandError) {
    let path = "\(target)/\(relative)"
    try writing { () throws(FileSystemError) in
      try FileSystem.createDirectory((path as NSString).deletingLastPathComponent)
      try FileSystem.writeAtomically(Data(text.utf8), to: path)
    }
  }

  func execute() throws(CommandError) {
    session.console.note("Skriver exempeldata …")
    for file in EmbeddedFiles.examples {
      try write(file.text, "exempeldata/\(file.path)")
    }
    for round in Self.rounds { session.console.note("Läser och bedömer omgång \(round) …") }
    let folders = Self.rounds.map { "\(out)/exempeldata/\(Self.county)/\($0)" }
    let analysis = try session.readRound(
      folders[1], previous: folders[0], region: nil, model: model)
    guard let previous = analysis.previous else { return }
    let current = analysis.current
    for round in [previous, current] {
      CompareCommand.reportInvalid(round, session: session)
      let report = ScoreReport(scores: round.scores)
      try write(Self.notice + report.markdown(), "bedomning/\(round.round)/bedomning.md")
      try write("\u{FEFF}" + report.csv(), "bedomning/\(round.round)/bedomning.csv")
      try write(report.json(), "bedomning/\(round.round)/bedomning.json")
    }
    session.console.note("Jämför kommunerna …")
    let comparison = analysis.comparison
    guard let change = analysis.change else { return }
    let report = ComparisonReport(comparison: comparison, change: change)
    try write(report.html(fictional: true), "jamforelse/jamforelse.html")
    try write(Self.notice + report.markdown(), "jamforelse/jamforelse.md")
    try write("\u{FEFF}" + report.csv(), "jamforelse/jamforelse.csv")
    try write(report.json(), "jamforelse/jamforelse.json")
    session.console.note("Skriver underlag …")
    var briefCount = 0
    for audience in Audience.allCases {
      let documents = BriefDocuments(
        model: model, templates: templates, analysis: analysis, register: session.register,
        audience: audience)
      for row in comparison.rows {
        let stem = "underlag/\(audience.rawValue)/\(SafeFileName.municipality(row.municipality))"
        try write(documents.brief(row.municipality, html: true), "\(stem).html")
        try write(documents.brief(row.municipality, html: false), "\(stem).md")
        briefCount += 2
      }
      if audience == .politician {
        try write(documents.overview(html: true), "oversikt.html")
        try write(documents.overview(html: false), "oversikt.md")
      }
    }
    let next = nextRound(current)
    for entry in next.checklists {
      try write(
        "\u{FEFF}" + entry.checklist.csv(),
        "checklistor/\(entry.file.replacingOccurrences(of: "checklistor/", with: ""))")
    }
    try write(readme(comparison, briefCount: briefCount), "LÄS-MIG.md")
    session.console.write(summary(comparison, change: change, briefCount: briefCount))
  }

  func nextRound(_ current: RoundFolder) -> RoundWorkspace {
    let county = current.county ?? County(code: "99", name: "Exempellän (fiktivt)")
    let day = (current.referenceDate ?? session.context.today).adding(months: 12)
    return RoundWorkspace(
      model: model, register: session.register, county: county,
      round: RoundWorkspace.defaultRound(for: day), referenceDate: day)
  }

  func readme(_ comparison: RegionComparison, briefCount: Int) -> String {
    """
    # audit demo — Exempellän (fiktivt)

    \(Self.notice)Allt i den här mappen är skrivet av `audit demo` utifrån påhittade svar från
    \(comparison.rows.count) påhittade kommuner i två omgångar (\(Self.rounds.joined(separator: " och "))).

    - `oversikt.html` / `oversikt.md` — länsstyrelsens översikt med föreslagen besöksordning.
    - `underlag/politiker/` och `underlag/tjänsteperson/` — \(briefCount) underlag till dialogmöten
      (HTML för utskrift på A4, och Markdown).
    - `jamforelse/` — kommunerna sida vid sida (HTML, Markdown, CSV, JSON).
    - `bedomning/` — bedömningen av varje svar per omgång (Markdown, CSV, JSON).
    - `checklistor/` — tomma checklistor för nästa omgång.
    - `exempeldata/` — de påhittade svaren som allt bygger på.

    Skriv ut ett underlag: öppna HTML-filen i en webbläsare och välj Skriv ut (A4).

    """
  }

  func summary(_ comparison: RegionComparison, change: RoundChange, briefCount: Int) -> String {
    let overview = Overview(comparison: comparison, change: change, isFictional: true)
    var text = """

      audit demo — Exempellän (fiktivt län, påhittade kommuner och svar)

      \(comparison.answered.count) av \(comparison.rows.count) kommuner svarade i omgång \(comparison.round); \
      länets median är \(SwedishNumber.oneDecimal(comparison.totalSummary.median)) %.
      Föreslagen ordning för besöken:

      """
    for (offset, visit) in overview.visits.prefix(3).enumerated() {
      text +=
        "  \(offset + 1). \(visit.municipality.name): \(visit.reasons.joined(separator: ", "))\n"
    }
    text += """

      Skrev i \(out)/:
        oversikt.html                 översikten för länsstyrelsen
        underlag/                     \(briefCount) underlag till dialogmöten (HTML och Markdown)
        jamforelse/jamforelse.html    kommunerna sida vid sida
        bedomning/                    bedömningen av varje svar
        checklistor/                  tomma checklistor för nästa omgång
        LÄS-MIG.md                    vad som finns var

      Öppna \(out)/oversikt.html i en webbläsare. Nästa steg: 'audit help' visar alla kommandon.

      """
    return text
  }
}
