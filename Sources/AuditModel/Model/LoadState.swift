/// The work of one load: what has been read so far and what went wrong.
struct LoadState {
  let files: ModelFiles
  var diagnostics: [Diagnostic] = []
  var version = ""
  var title = ""
  var description = ""
  var retiredIDs: [String] = []
  var retiredLocation: SourceLocation?
  var areas: [Area] = []
  var themes: [Theme] = []
  var provisions: [Provision] = []
  var duties: [Duty] = []
  var areaReferences: [(area: String, location: SourceLocation)] = []
  /// Ids declared in files, even where the rest of the entry had errors, so that
  /// one mistake does not cascade into "does not exist" errors elsewhere.
  var declaredProvisionIDs: Set<String> = []
  var scoring: ScoringRules?
  var areasAreComplete = true
  var themesAreComplete = true
  var themeReferences: [(theme: String, location: SourceLocation)] = []
  /// Civil society's questionnaire, when the model has one.
  var questionnaire: Questionnaire?
  /// The ÖJ national shares, when the model has them.
  var ojShares: OJShares?
  /// Each ÖJ indicator's question, for the cross-check.
  var ojReferences: [(question: String, location: SourceLocation)] = []
  /// Each questionnaire question's id, duties and municipal questions, for the cross-checks.
  var questionnaireReferences:
    [(id: String, duties: [String], questions: [String], location: SourceLocation)] = []

  init(files: ModelFiles) {
    self.files = files
  }

  mutating func run() {
    let known = ["model.json", "areas.json", "themes.json", "scoring.json"]
    for path in known where files.text(path) == nil {
      diagnostics.append(
        Diagnostic(
          .error, file: files.displayPath(path), at: nil, "filen saknas i modellen",
          help: "lägg till \(path); se checklists/README.md"))
    }
    for (path, _) in files.files {
      let isKnown =
        known.contains(path) || path == Questionnaire.file || path == OJShares.file
        || path.hasPrefix("provisions/")
        || path.hasPrefix("duties/")
      if !isKnown {
        diagnostics.append(
          Diagnostic(
            .warning, file: files.displayPath(path), at: nil,
            "filen läses inte: den ligger varken i provisions/ eller duties/",
            help: "flytta den dit den hör hemma eller ta bort den"))
      }
    }
    if let root = parse("model.json") { readManifest(root, file: files.displayPath("model.json")) }
    if let root = parse("areas.json") {
      readAreas(root, file: files.displayPath("areas.json"))
    } else {
      areasAreComplete = false
    }
    if let root = parse("themes.json") {
      readThemes(root, file: files.displayPath("themes.json"))
    } else {
      themesAreComplete = false
    }
    if let root = parse("scoring.json") {
      readScoring(root, file: files.displayPath("scoring.json"))
    }
    for (path, _) in files.files where path.hasPrefix("provisions/") {
      if let root = parse(path) { readProvisions(root, file: files.displayPath(path)) }
    }
    for (path, _) in files.files where path.hasPrefix("duties/") {
      if let root = parse(path) { readDuties(root, file: files.displayPath(path)) }
    }
    if let root = parse(Questionnaire.file) {
      readQuestionnaire(root, file: files.displayPath(Questionnaire.file))
    }
    if let root = parse(OJShares.file) {
      readOJShares(root, file: files.displayPath(OJShares.file))
    }
    crossCheck()
    checkQuestionnaire()
    checkOJShares()
  }

  mutating func parse(_ path: String) -> JSONNode? {
    guard let text = files.text(path) else { return nil }
    do {
      return try JSONParser().parse(text)
    } catch {
      diagnostics.append(
        Diagnostic(.error, file: files.displayPath(path), at: error.position, error.message))
      return nil
    }
  }

  mutating func readManifest(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "modellbeskrivningen")
    version = reader.string("version") ?? ""
    title = reader.string("title") ?? ""
    description = reader.string("description") ?? ""
    retiredIDs = reader.strings("retiredIds", required: false) ?? []
    if let member = root["retiredIds"] {
      retiredLocation = SourceLocation(file: file, position: member.node.position)
    }
    diagnostics += reader.finish()
  }

  mutating func readAreas(_ root: JSONNode, file: String) {
    areas = readTitled(root, file: file, key: "areas", what: "områdesfilen", item: "ett område")
      .map { Area(id: $0.id, title: $0.title, description: $0.description, location: $0.location) }
  }

  mutating func readThemes(_ root: JSONNode, file: String) {
    themes = readTitled(root, file: file, key: "themes", what: "temafilen", item: "ett tema")
      .map { Theme(id: $0.id, title: $0.title, description: $0.description, location: $0.location) }
  }

  /// Reads a list of `{id, title, description}` objects (areas and themes share the shape).
  private mutating func readTitled(
    _ root: JSONNode, file: String, key: String, what: String, item: String
  ) -> [(id: String, title: String, description: String, location: SourceLocation)] {
    var reader = ObjectReader(root, file: file, what: what)
    var result: [(id: String, title: String, description: String, location: SourceLocation)] = []
    for node in reader.objects(key) ?? [] {
      var entry = ObjectReader(node, file: file, what: item)
      let id = entry.string("id")
      let title = entry.string("title")
      let description = entry.string("description")
      diagnostics += entry.finish()
      if let id, let title, let description {
        result.append((id, title, description, SourceLocation(file: file, position: node.position)))
      }
    }
    diagnostics += reader.finish()
    return result
  }

  mutating func readProvisions(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "författningsfilen")
    let instrument = reader.string("instrument") ?? ""
    let instrumentTitle = reader.string("title") ?? ""
    let kinds = ProvisionKind.allCases.map { ($0.rawValue, $0) }
    for node in reader.objects("provisions") ?? [] {
      var item = ObjectReader(node, file: file, what: "en bestämmelse")
      let id = item.string("id")
      if let id { declaredProvisionIDs.insert(id) }
      let reference = item.string("reference", required: false) ?? ""
      let kind = item.choice("kind", allowed: kinds)
      let validFrom = item.day("validFrom")
      let validUntil = item.day("validUntil", required: false)
      let summary = item.string("summary")
      let source = item.string("source")
      let earlier = item.flag("earlierWordingNotModelled")
      let chapterVerified = item.flag("chapterVerified", default: true)
      diagnostics += item.finish()
      if let from = validFrom?.0, let until = validUntil?.0, let position = validUntil?.1,
        until < from
      {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: position,
            "validUntil \(until) ligger före validFrom \(from)",
            help: "rätta datumen så att bestämmelsen gäller minst en dag"))
      }
      if let id, let kind, let from = validFrom?.0, let summary, let source {
        provisions.append(
          Provision(
            id: id, instrument: instrument, instrumentTitle: instrumentTitle,
            reference: reference, kind: kind, validFrom: from, validUntil: validUntil?.0,
            summary: summary, source: source, hasUnmodelledEarlierWording: earlier,
            isChapterVerified: chapterVerified,
            location: SourceLocation(file: file, position: node.position)))
      }
    }
    diagnostics += reader.finish()
  }
}
