import Foundation

/// Renders briefs and overviews with a template set.
public struct BriefDocuments: Sendable {
  let model: DutyModel
  let templates: TemplateSet
  let comparison: RegionComparison
  let change: RoundChange?
  let previousDay: Day?
  let audience: Audience
  let isFictional: Bool
  let agreements: [Agreement]
  let flags: [AgreementFlag]
  let coverage: ShelterCoverage?

  /// The formats of briefs and overviews: HTML for print, and Markdown.
  public static let formats: [OutputFormat] = [.html, .md]

  /// Prepares the briefs of the round in `analysis`, with its civil-society registers;
  /// `register` names the municipalities of the shelter coverage.
  public init(
    model: DutyModel, templates: TemplateSet, analysis: RoundAnalysis, register: Register,
    audience: Audience
  ) {
    let round = analysis.current
    self.model = model
    self.templates = templates
    comparison = analysis.comparison
    change = analysis.change
    previousDay = analysis.previousReferenceDate
    self.audience = audience
    isFictional = round.isFictional
    agreements = round.agreements?.agreements ?? []
    flags = round.agreementFlags
    if let county = round.county, let shelters = round.shelters {
      coverage = ShelterCoverage(county: county, shelters: shelters.shelters, register: register)
    } else {
      coverage = nil
    }
  }

  /// The brief for `municipality`, as HTML or Markdown.
  public func brief(_ municipality: Municipality, html: Bool) -> String {
    var brief = Brief(
      model: model, comparison: comparison, change: change, previousReferenceDate: previousDay,
      municipality: municipality, audience: audience, isFictional: isFictional)
    brief.agreements = agreements
    brief.flags = flags
    brief.coverage = coverage
    let template = html ? templates.briefHTML : templates.briefMarkdown
    return template.render(brief.values(html: html))
  }

  /// The county overview, as HTML or Markdown.
  public func overview(html: Bool) -> String {
    var overview = Overview(comparison: comparison, change: change, isFictional: isFictional)
    overview.flags = flags
    overview.coverage = coverage
    let template = html ? templates.overviewHTML : templates.overviewMarkdown
    return template.render(overview.values(html: html))
  }

  /// The file name of each municipality's brief, in the order they are written.
  public func fileNames(html: Bool) -> [String] {
    comparison.rows.map { row in
      "underlag-\(row.municipality.fileStem)-\(audience.rawValue)." + (html ? "html" : "md")
    }
  }

  /// Writes one brief per municipality into `folder`, adding each file name to `written` as
  /// it is saved. Temporaries an interrupted run left for any of them are removed first.
  public func writeAll(to folder: String, html: Bool, force: Bool, written: inout [String])
    throws(FileSystemError)
  {
    try FileSystem.createDirectory(folder)
    let names = fileNames(html: html)
    for name in names { FileSystem.removeStaleTemporaries(for: "\(folder)/\(name)") }
    // The briefs are written on all cores and saved one by one, in the order of the register.
    let documents = self
    let texts = Parallel.map(comparison.rows.map(\.municipality)) { municipality in
      documents.brief(municipality, html: html)
    }
    for (name, text) in zip(names, texts) {
      try FileSystem.writeAtomically(Data(text.utf8), to: "\(folder)/\(name)", overwrite: force)
      written.append(name)
    }
  }
}
