/// Reads and checks civil society's questionnaire (`civilsamhalle.json`), which is optional.
extension LoadState {
  mutating func readQuestionnaire(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "civilsamhällets frågeformulär")
    let title = reader.string("title")
    var sections: [(id: String, title: String)] = []
    for node in reader.objects("sections") ?? [] {
      var item = ObjectReader(node, file: file, what: "ett avsnitt")
      let id = item.string("id")
      let title = item.string("title")
      diagnostics += item.finish()
      if let id, let title { sections.append((id, title)) }
    }
    let questionNodes = reader.objects("questions") ?? []
    diagnostics += reader.finish()
    let items = questionNodes.compactMap { readItem($0, file: file) }
    if items.count > Questionnaire.recommendedMaximum, let member = root["questions"] {
      diagnostics.append(
        Diagnostic(
          .warning, file: file, at: member.node.position,
          "formuläret har \(items.count) frågor, fler än \(Questionnaire.recommendedMaximum)",
          help: "håll det kort: en organisation ska kunna svara på en kvart"))
    }
    guard let title else { return }
    questionnaire = Questionnaire(title: title, sections: sections, items: items)
  }

  private mutating func readItem(_ node: JSONNode, file: String) -> Questionnaire.Item? {
    var item = ObjectReader(node, file: file, what: "en fråga")
    let id = item.string("id")
    let section = item.string("section")
    let text = item.string("text")
    let kind = item.choice("answerKind", allowed: AnswerKind.allCases.map { ($0.rawValue, $0) })
    let choices = item.strings("choices", required: false) ?? []
    let evidence = item.string("evidence")
    let duties = item.strings("duties") ?? []
    let municipalityQuestions = item.strings("municipalityQuestions", required: false) ?? []
    let field = item.choice(
      "agreementField",
      allowed: Questionnaire.AgreementField.allCases.map { ($0.rawValue, $0) }, required: false)
    let concerns = item.strings("concerns", required: false) ?? []
    let dialogue = item.string("dialogue", required: !concerns.isEmpty) ?? ""
    diagnostics += item.finish()
    if kind == .choice, choices.count < 2 {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: node["answerKind"]?.node.position ?? node.position,
          "en valfråga behöver minst två alternativ", help: "lägg till \"choices\": [\"…\", \"…\"]"
        ))
    }
    guard let id, let section, let text, let kind, let evidence else { return nil }
    let location = SourceLocation(file: file, position: node.position)
    questionnaireReferences.append((id, duties, municipalityQuestions, location))
    let allowed: [String]? =
      switch kind {
      case .yesPartialNo: AnswerValue.scoredWords
      case .choice: choices + ["vet ej", "ej aktuellt"]
      case .number, .date, .text: nil
      }
    for concern in concerns where concern != "*" {
      let folded = AnswerValue.normalized(concern)
      let fits =
        allowed.map { $0.map(AnswerValue.normalized).contains(folded) }
        ?? (kind != .number || AnswerValue.number(concern) != nil)
      if !fits {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: node["concerns"]?.node.position ?? node.position,
            "\"\(concern)\" i \"concerns\" är inget möjligt svar på fråga \(id)",
            help: "skriv ett av frågans svar, eller \"*\" för varje svar"))
      }
    }
    return Questionnaire.Item(
      question: Question(
        id: id, dutyID: duties.first ?? "", text: text, answerKind: kind, choices: choices,
        evidence: evidence, location: location),
      section: section, duties: duties, municipalityQuestions: municipalityQuestions,
      agreementField: field, concerns: concerns, dialogue: dialogue)
  }

  /// Checks that the questionnaire's ids are new and its references resolve.
  mutating func checkQuestionnaire() {
    guard let questionnaire else { return }
    let dutyIDs = Set(duties.map(\.id))
    let questionIDs = Set(duties.flatMap { $0.questions.map(\.id) })
    let sectionIDs = Set(questionnaire.sections.map(\.id))
    var seen: Set<String> = []
    for (id, dutyRefs, questionRefs, location) in questionnaireReferences {
      if dutyIDs.contains(id) || questionIDs.contains(id) || !seen.insert(id).inserted
        || retiredIDs.contains(id)
      {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position,
            "id \"\(id)\" används redan eller är borttaget",
            help: "ge frågan ett nytt id, t.ex. C och nästa lediga nummer"))
      }
      if let item = questionnaire.item(id), !sectionIDs.contains(item.section) {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position,
            "okänt avsnitt \"\(item.section)\" i fråga \(id)",
            help: "använd ett id ur \"sections\""))
      }
      if dutyRefs.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position, "fråga \(id) saknar plikter",
            help: "ange i \"duties\" vilka plikter frågan säger något om"))
      }
      for ref in dutyRefs where !dutyIDs.contains(ref) {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position,
            "okänd plikt \"\(ref)\" i fråga \(id)", help: "använd ett plikt-id ur duties/"))
      }
      for ref in questionRefs where !questionIDs.contains(ref) {
        diagnostics.append(
          Diagnostic(
            .error, file: location.file, at: location.position,
            "okänd fråga \"\(ref)\" i fråga \(id)", help: "använd ett fråge-id ur duties/"))
      }
    }
  }
}
