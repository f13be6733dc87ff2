extension LoadState {
  /// Whether `footing` on every question and `consequence` and `decision` on every duty
  /// must be given (they were added to the model in issues 16, 17 and 19).
  static let completionKeysAreRequired = false

  mutating func readDuties(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "pliktfilen")
    let area = reader.string("area")
    if let area, let member = root["area"] {
      areaReferences.append((area, SourceLocation(file: file, position: member.node.position)))
    }
    for node in reader.objects("duties") ?? [] {
      if let duty = readDuty(node, area: area ?? "", file: file) { duties.append(duty) }
    }
    diagnostics += reader.finish()
  }

  private mutating func readDuty(_ node: JSONNode, area: String, file: String) -> Duty? {
    var item = ObjectReader(node, file: file, what: "en plikt")
    let id = item.string("id")
    let title = item.string("title")
    let requirement = item.string("requirement")
    let action = item.string("action")
    let dialogue = item.string("dialogue")
    let themes = item.strings("themes", required: false) ?? []
    if let member = node["themes"] {
      for theme in member.node.elements ?? [] {
        if let text = theme.string {
          themeReferences.append((text, SourceLocation(file: file, position: theme.position)))
        }
      }
    }
    let basisNodes = item.objects("basis")
    let questionNodes = item.objects("questions")
    let consequence = item.choice(
      "consequence", allowed: Consequence.allCases.map { ($0.rawValue, $0) },
      required: Self.completionKeysAreRequired)
    let decision = item.string("decision", required: Self.completionKeysAreRequired)
    diagnostics += item.finish()
    let dutyID = id ?? ""
    let basis = (basisNodes ?? []).compactMap { readBasis($0, file: file) }
    let questions = (questionNodes ?? []).compactMap {
      readQuestion($0, dutyID: dutyID, file: file)
    }
    if let basisNodes, basisNodes.isEmpty, let member = node["basis"] {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position, "plikten \(dutyID) saknar lagrum",
          help:
            "ange minst en bestämmelse i \"basis\"; en plikt utan stöd i författning hör inte hit"))
    }
    if let questionNodes, questionNodes.isEmpty, let member = node["questions"] {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position, "plikten \(dutyID) saknar frågor",
          help: "lägg till minst en fråga i \"questions\""))
    }
    if !Self.completionKeysAreRequired, let member = node["decision"],
      let text = member.node.string, TextFolding.trimmed(text).isEmpty
    {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position, "\"decision\" är tom",
          help: "fyll i decision eller ta bort nyckeln"))
    }
    guard let id, let title, let requirement, let action, let dialogue else { return nil }
    return Duty(
      id: id, area: area, title: title, requirement: requirement, action: action,
      dialogue: dialogue, themes: themes, basis: basis, questions: questions,
      consequence: consequence, decision: decision,
      location: SourceLocation(file: file, position: node.position))
  }

  private mutating func readBasis(_ node: JSONNode, file: String) -> Basis? {
    var item = ObjectReader(node, file: file, what: "ett lagrum")
    let provision = item.string("provision")
    let obligation = item.choice("strength", allowed: Obligation.allCases.map { ($0.rawValue, $0) })
    diagnostics += item.finish()
    guard let provision, let obligation else { return nil }
    let position = node["provision"]?.node.position ?? node.position
    return Basis(
      provision: provision, obligation: obligation,
      location: SourceLocation(file: file, position: position))
  }

  private mutating func readQuestion(_ node: JSONNode, dutyID: String, file: String) -> Question? {
    var item = ObjectReader(node, file: file, what: "en fråga")
    let id = item.string("id")
    let text = item.string("text")
    let kind = item.choice("answerKind", allowed: AnswerKind.allCases.map { ($0.rawValue, $0) })
    let choices = item.strings("choices", required: false)
    let evidence = item.string("evidence")
    let footing = item.choice(
      "footing", allowed: Footing.allCases.map { ($0.rawValue, $0) },
      required: Self.completionKeysAreRequired)
    let basisNodes = item.objects("basis", required: false)
    let source = item.string("source", required: false)
    let notApplicable = item.string("notApplicable", required: false)
    diagnostics += item.finish()
    let basis = (basisNodes ?? []).compactMap { readBasis($0, file: file) }
    if let basisNodes, basisNodes.isEmpty, let member = node["basis"] {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position, "frågans \"basis\" är tom",
          help: "ange minst en bestämmelse, eller ta bort \"basis\" så gäller pliktens lagrum"))
    }
    for key in ["source", "notApplicable"] {
      if let member = node[key], let text = member.node.string, TextFolding.trimmed(text).isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: member.node.position, "\"\(key)\" är tom",
            help: "fyll i \(key) eller ta bort nyckeln"))
      }
    }
    if kind == .choice, (choices ?? []).count < 2 {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: node["answerKind"]?.node.position ?? node.position,
          "en valfråga behöver minst två alternativ",
          help: "lägg till \"choices\": [\"…\", \"…\"]"))
    }
    if let kind, kind != .choice, let member = node["choices"] {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.keyPosition,
          "\"choices\" används bara när answerKind är \"choice\"",
          help: "ta bort \"choices\" eller ändra answerKind till \"choice\""))
    }
    guard let id, let text, let kind, let evidence else { return nil }
    var question = Question(
      id: id, dutyID: dutyID, text: text, answerKind: kind, choices: choices ?? [],
      evidence: evidence, declaredFooting: footing, basis: basis, source: source,
      notApplicable: notApplicable, location: SourceLocation(file: file, position: node.position))
    question.footingPosition = node["footing"]?.node.position
    return question
  }
}
