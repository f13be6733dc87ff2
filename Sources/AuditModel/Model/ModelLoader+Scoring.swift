extension LoadState {
  /// Reads `scoring.json`: answer values, strength weights and urgency rules (one per
  /// question footing and gap kind).
  mutating func readScoring(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "bedömningsreglerna")
    var values: [String: (Double, SourcePosition)] = [:]
    if var answers = reader.object("answerValues", what: "svarsvärdena") {
      for key in ["yes", "partial", "no"] { values[key] = answers.number(key) }
      diagnostics += answers.finish()
    }
    var weights: [String: (Double, SourcePosition)] = [:]
    if var strengths = reader.object("strengthWeights", what: "vikterna") {
      for key in ["act", "ordinance", "regulation", "advice"] {
        weights[key] = strengths.number(key)
      }
      diagnostics += strengths.finish()
    }
    var rules: [UrgencyRule] = []
    let footings = Footing.allCases.map { ($0.rawValue, $0) }
    let urgencies = Urgency.allCases.map { ($0.rawValue, $0) }
    let gapNames = GapKind.allCases.map(\.rawValue)
    for node in reader.objects("urgencyRules") ?? [] {
      var item = ObjectReader(node, file: file, what: "en brådskeregel")
      let footing = item.choice("footing", allowed: footings)
      let gapTexts = item.strings("gaps") ?? []
      let urgency = item.choice("urgency", allowed: urgencies)
      diagnostics += item.finish()
      var gaps: [GapKind] = []
      for text in gapTexts {
        if let gap = GapKind(rawValue: text) {
          gaps.append(gap)
        } else {
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: node["gaps"]?.node.position ?? node.position,
              "okänd brist \"\(text)\" i en brådskeregel",
              help: "använd \(gapNames.map { "\"\($0)\"" }.joined(separator: ", "))"))
        }
      }
      if let footing, let urgency {
        rules.append(UrgencyRule(footing: footing, gaps: gaps, urgency: urgency))
      }
    }
    let priorities = readPriorities(&reader, file: file)
    diagnostics += reader.finish()
    checkScoring(values: values, weights: weights, rules: rules, file: file, root: root)
    if var rules = scoring {
      priorities.apply(to: &rules)
      scoring = rules
    }
  }

  private mutating func checkScoring(
    values: [String: (Double, SourcePosition)], weights: [String: (Double, SourcePosition)],
    rules: [UrgencyRule], file: String, root: JSONNode
  ) {
    for (key, (value, position)) in values.sorted(by: { $0.key < $1.key })
    where !(0...1).contains(value) {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: position, "svarsvärdet \(key) = \(value) ligger utanför 0–1",
          help: "ge ja, delvis och nej värden mellan 0 och 1"))
    }
    if let yes = values["yes"], let partial = values["partial"], let no = values["no"],
      !(yes.0 >= partial.0 && partial.0 >= no.0 && yes.0 > no.0)
    {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: partial.1,
          "svarsvärdena måste följa ja > nej och ja ≥ delvis ≥ nej",
          help: "annars kan ett bättre svar ge ett sämre resultat"))
    }
    for (key, (value, position)) in weights.sorted(by: { $0.key < $1.key }) where value <= 0 {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: position, "vikten \(key) = \(value) måste vara större än 0",
          help: "ge varje styrka en positiv vikt"))
    }
    if let act = weights["act"], let regulation = weights["regulation"],
      let advice = weights["advice"], !(act.0 >= regulation.0 && regulation.0 >= advice.0)
    {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: regulation.1,
          "vikterna måste följa lag ≥ föreskrift ≥ bör",
          help: "en plikt i lag väger minst lika tungt som en i föreskrift eller ett allmänt råd"))
    }
    for footing in Footing.allCases {
      let missing = GapKind.allCases.filter { gap in
        !rules.contains { $0.footing == footing && $0.gaps.contains(gap) }
      }
      if !missing.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: root["urgencyRules"]?.node.position ?? root.position,
            "ingen brådskeregel för \(footing.rawValue) och "
              + missing.map { "\"\($0.rawValue)\"" }.joined(separator: ", "),
            help: "lägg till en regel så att varje brist får en brådskegrad"))
      }
    }
    guard let yes = values["yes"], let partial = values["partial"], let no = values["no"],
      let act = weights["act"], let ordinance = weights["ordinance"],
      let regulation = weights["regulation"], let advice = weights["advice"]
    else { return }
    scoring = ScoringRules(
      yes: yes.0, partial: partial.0, no: no.0, actWeight: act.0, ordinanceWeight: ordinance.0,
      regulationWeight: regulation.0, adviceWeight: advice.0, urgencyRules: rules)
  }
}
