import AuditModel
import Foundation

/// One run of `audit demo`.
struct DemoRun {
  let session: Session
  let model: DutyModel
  let templates: TemplateSet
  let out: String
  let target: String

  static let county = "exempellan"
  static let rounds = ["2024-host", "2025-var", "2026-host"]
  static let notice = DemoTexts.notice

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
      folders[2], previous: folders[1], region: nil, model: model)
    guard let previous = analysis.previous else { return }
    let current = analysis.current
    let first = try session.readRounds([folders[0]], model: model)
    let history = RoundHistory.earlier(than: current, among: first + [previous])
    for round in first + [previous, current] {
      session.reportNotCounted(round)
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
      var documents = BriefDocuments(
        model: model, templates: templates, analysis: analysis, register: session.register,
        audience: audience)
      documents.history = history.map { $0.comparison(model: model) }
      for row in comparison.rows {
        let stem = "underlag/\(audience.rawValue)/\(row.municipality.fileStem)"
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
    try write(
      DemoTexts.readme(comparison, rounds: Self.rounds, briefCount: briefCount), "LÄS-MIG.md")
    session.console.write(
      DemoTexts.summary(
        comparison, change: change, briefCount: briefCount, out: out,
        flags: current.agreementFlags))
  }

  func nextRound(_ current: RoundFolder) -> RoundWorkspace {
    let county = current.county ?? County(code: "99", name: "Exempellän (fiktivt)")
    let day = (current.referenceDate ?? session.context.today).adding(months: 12)
    return RoundWorkspace(
      model: model, register: session.register, county: county,
      round: RoundWorkspace.defaultRound(for: day), referenceDate: day)
  }
}
