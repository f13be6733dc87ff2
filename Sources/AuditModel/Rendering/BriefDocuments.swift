import Foundation

/// Renders briefs and overviews with a template set.
public struct BriefDocuments: Sendable {
  let model: DutyModel
  let templates: TemplateSet
  var comparison: RegionComparison
  var change: RoundChange?
  let previousDay: Day?
  let audience: Audience
  let isFictional: Bool
  let agreements: [Agreement]
  var flags: [AgreementFlag]
  let coverage: ShelterCoverage?
  let roundDay: Day?
  /// The county's earlier rounds, oldest first, for the trend; by default the previous
  /// round of the analysis.
  public var history: [RegionComparison]
  /// Whether the briefs are a municipality's own self-assessment, with no county round.
  public var isSelfAssessment = false

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
    roundDay = round.referenceDate
    history = analysis.previous.map { [$0.comparison(model: model)] } ?? []
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
    brief.history = history
    brief.roundDay = roundDay
    brief.isSelfAssessment = isSelfAssessment
    let template = html ? templates.briefHTML : templates.briefMarkdown
    return template.render(brief.values(html: html))
  }

  /// The county overview, as HTML or Markdown.
  public func overview(html: Bool) -> String {
    var overview = Overview(comparison: comparison, change: change, isFictional: isFictional)
    overview.flags = flags
    overview.coverage = coverage
    overview.history = history
    let template = html ? templates.overviewHTML : templates.overviewMarkdown
    return template.render(overview.values(html: html))
  }

  /// The file name of each brief to write, in the order they are written: every
  /// municipality of the round, or those of a tour and then their overview.
  public func fileNames(_ tour: [Municipality]? = nil, html: Bool) -> [String] {
    let ext = html ? "html" : "md"
    let briefs = (tour ?? comparison.rows.map(\.municipality)).map { municipality in
      "underlag-\(municipality.fileStem)-\(audience.rawValue).\(ext)"
    }
    return tour == nil ? briefs : briefs + ["oversikt.\(ext)"]
  }

  /// Writes one brief per municipality into `folder`, adding each file name to `written` as
  /// it is saved. Temporaries an interrupted run left for any of them are removed first.
  public func writeAll(to folder: String, html: Bool, force: Bool, written: inout [String])
    throws(FileSystemError)
  {
    // The briefs are written on all cores and saved one by one, in the order of the register.
    let documents = self
    let texts = Parallel.map(comparison.rows.map(\.municipality)) { municipality in
      documents.brief(municipality, html: html)
    }
    try save(texts, as: fileNames(html: html), in: folder, force: force, written: &written)
  }

  /// Writes the briefs of `tour` and their overview into `folder`, adding each file name to
  /// `written` as it is saved.
  public func writeTour(
    _ tour: [Municipality], to folder: String, html: Bool, force: Bool, written: inout [String]
  ) throws(FileSystemError) {
    let texts = tour.map { brief($0, html: html) } + [overview(of: tour, html: html)]
    try save(texts, as: fileNames(tour, html: html), in: folder, force: force, written: &written)
  }

  /// Saves `texts` as `names` in `folder` one by one (each write removes the temporaries an
  /// interrupted run left for its file).
  private func save(
    _ texts: [String], as names: [String], in folder: String, force: Bool,
    written: inout [String]
  ) throws(FileSystemError) {
    try FileSystem.createDirectory(folder)
    for (name, text) in zip(names, texts) {
      try FileSystem.writeAtomically(Data(text.utf8), to: "\(folder)/\(name)", overwrite: force)
      written.append(name)
    }
  }
}

extension BriefDocuments {
  /// A municipality's self-assessment from its own response, without any county round:
  /// the same brief with no comparison, median, place in the county or civil society.
  public static func selfAssessment(
    _ score: ResponseScore, model: DutyModel, templates: TemplateSet, audience: Audience,
    html: Bool
  ) -> String {
    let metadata = score.response.metadata
    let municipality = Municipality(
      code: metadata.municipalityCode, name: metadata.municipalityName,
      countyCode: String(metadata.municipalityCode.prefix(2)))
    let comparison = RegionComparison(
      county: nil, round: metadata.round, municipalities: [municipality], scores: [score],
      model: model)
    var brief = Brief(
      model: model, comparison: comparison, change: nil, previousReferenceDate: nil,
      municipality: municipality, audience: audience,
      isFictional: municipality.countyCode == "99")
    brief.roundDay = metadata.referenceDate
    brief.isSelfAssessment = true
    let template = html ? templates.briefHTML : templates.briefMarkdown
    return template.render(brief.values(html: html))
  }

  /// The overview of some of the round's municipalities (a tour): the same overview with
  /// only their rows; the county median stays the county's.
  public func overview(of municipalities: [Municipality], html: Bool) -> String {
    var documents = self
    let codes = Set(municipalities.map(\.code))
    documents.comparison.rows = comparison.rows.filter { codes.contains($0.municipality.code) }
    documents.comparison.discrepancies = comparison.discrepancies.filter {
      codes.contains($0.municipality.code)
    }
    documents.change?.municipalities =
      change?.municipalities.filter {
        codes.contains($0.municipality.code)
      } ?? []
    documents.flags = flags.filter { codes.contains($0.municipalityCode) }
    return documents.overview(html: html)
  }
}
