/// The issue-17 sections of `scoring.json`, read into ``ScoringRules``.
struct PriorityRules {
  var notMetGaps: [GapKind] = []
  var partlyMetGaps: [GapKind] = []
  var threshold: Double?
  var notApplicableLimit: Double?
  var seriousness: SeriousnessRule?
  var visits: VisitWeights?
  var registerChecks: [RegisterCheck] = []

  /// Sets the rules read on `rules`.
  func apply(to rules: inout ScoringRules) {
    rules.notMetGaps = notMetGaps
    rules.partlyMetGaps = partlyMetGaps
    if let threshold { rules.completenessThreshold = threshold }
    if let notApplicableLimit { rules.notApplicableLimit = notApplicableLimit }
    if let seriousness { rules.seriousness = seriousness }
    if let visits { rules.visits = visits }
    rules.registerChecks = registerChecks
  }
}

extension LoadState {
  /// Reads `levels`, `completeness`, `seriousness` and `visitOrder` from `scoring.json`.
  mutating func readPriorities(_ reader: inout ObjectReader, file: String) -> PriorityRules {
    var rules = PriorityRules()
    if var levels = reader.object("levels", what: "nivåreglerna") {
      rules.notMetGaps = gapKinds(&levels, "notMet", file: file)
      rules.partlyMetGaps = gapKinds(&levels, "partlyMet", file: file)
      diagnostics += levels.finish()
    }
    if var completeness = reader.object("completeness", what: "fullständighetsreglerna") {
      for key in ["threshold", "notApplicableLimit"] {
        guard let (value, position) = completeness.number(key) else { continue }
        if !(0...100).contains(value) {
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: position, "\(key) = \(value) ligger utanför 0–100",
              help: "ange en andel i procent"))
        } else if key == "threshold" {
          rules.threshold = value
        } else {
          rules.notApplicableLimit = value
        }
      }
      diagnostics += completeness.finish()
    }
    if var serious = reader.object("seriousness", what: "allvarsreglerna") {
      let consequence = table(&serious, "consequence", keys: Consequence.allCases, file: file)
      let footing = table(&serious, "footing", keys: Footing.allCases, file: file)
      let level = table(
        &serious, "level", keys: [DutyLevel.notMet, .partlyMet, .unknown], file: file)
      let disagreement = serious.number("civilSocietyDisagrees")
      diagnostics += serious.finish()
      if let consequence, let footing, let level, let disagreement {
        rules.seriousness = SeriousnessRule(
          consequence: consequence, footing: footing, level: level,
          disagreement: disagreement.0)
      }
    }
    if var visits = reader.object("visitOrder", what: "besöksordningen") {
      var values: [String: Double] = [:]
      for key in VisitWeights.keys {
        guard let (value, position) = visits.number(key) else { continue }
        if value < 0 {
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: position, "\(key) = \(value) är negativt",
              help: "ge varje vikt 0 eller mer"))
        }
        values[key] = value
      }
      diagnostics += visits.finish()
      rules.visits = VisitWeights(values)
    }
    for node in reader.objects("registerChecks") ?? [] {
      var item = ObjectReader(node, file: file, what: "en kontroll mot avtalsregistret")
      let flag = item.string("flag")
      let scope = item.string("scope", required: false)
      let questions = item.strings("questions") ?? []
      diagnostics += item.finish()
      if let flag {
        rules.registerChecks.append(RegisterCheck(flag: flag, scope: scope, questions: questions))
      }
    }
    return rules
  }

  private mutating func gapKinds(_ reader: inout ObjectReader, _ key: String, file: String)
    -> [GapKind]
  {
    let position = reader.node.position
    return (reader.strings(key) ?? []).compactMap { text in
      if let gap = GapKind(rawValue: text) { return gap }
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: position, "okänd brist \"\(text)\" i \(key)",
          help: "använd \(GapKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"))
      return nil
    }
  }

  private mutating func table<Key: RawRepresentable & Hashable>(
    _ reader: inout ObjectReader, _ key: String, keys: [Key], file: String
  ) -> [Key: Double]? where Key.RawValue == String {
    guard var inner = reader.object(key, what: "\"\(key)\"") else { return nil }
    var result: [Key: Double] = [:]
    for item in keys {
      if let (value, _) = inner.number(item.rawValue) { result[item] = value }
    }
    diagnostics += inner.finish()
    return result.count == keys.count ? result : nil
  }
}
