import Foundation

@testable import AuditModel

/// Writes a loaded, checked ``DutyModel`` as Swift source (see
/// `Sources/AuditModel/Generated/CompiledModel.swift`): every value as the initializer call that
/// makes it, one function per duty so that each stays small for the compiler.
enum CompiledModelGenerator {
  static func source(_ model: DutyModel, fingerprint: UInt64) -> String {
    var out = """
      // Generated from checklists/model by
      //   AUDIT_RECORD=1 swift test --filter "EmbeddedFilesTests|CompiledModelTests"
      // Do not edit: change the model files, run `audit lint-model`, then regenerate this file
      // and EmbeddedFiles.swift. A test fails while this file and checklists/model differ.
      // swift-format-ignore-file

      /// The embedded pliktmodell as the loader read and checked it when this file was generated,
      /// so that a command does not parse and check the JSON again each time it starts.
      /// `CompiledModelTests` keeps it equal to what `ModelLoader` makes of checklists/model.
      enum CompiledModel {
        /// ``ModelFiles/fingerprint`` of the model files it was made from.
        static let fingerprint: UInt64 = \(fingerprint)

        /// The model.
        static let model = DutyModel(
          version: \(literal(model.version)), title: \(literal(model.title)),
          description: \(literal(model.description)),
          retiredIDs: \(strings(model.retiredIDs)),
          areas: areas(), themes: themes(), provisions: provisions(), duties: duties(),
          scoring: scoring(), questionnaire: questionnaire(), ojShares: ojShares())

      """
    out += function("areas", "[Area]", model.areas.map(area))
    out += function("themes", "[Theme]", model.themes.map(theme))
    out += function("provisions", "[Provision]", model.provisions.map(provision))
    out += function(
      "duties", "[Duty]", model.duties.indices.map { "duty\($0)()" })
    for (index, duty) in model.duties.enumerated() {
      out += "\n  static func duty\(index)() -> Duty {\n    \(self.duty(duty))\n  }\n"
    }
    out += "\n  static func scoring() -> ScoringRules {\n\(scoring(model.scoring))\n  }\n"
    out += "\n  static func questionnaire() -> Questionnaire? {\n    "
    if let questionnaire = model.questionnaire {
      out += "Questionnaire(\n      title: \(literal(questionnaire.title)),\n      sections: ["
      out += questionnaire.sections.map { "(\(literal($0.id)), \(literal($0.title)))" }
        .joined(separator: ", ")
      out += "],\n      items: [\n"
      out += questionnaire.items.map { "        " + item($0) }.joined(separator: ",\n")
      out += "\n      ])\n  }\n"
    } else {
      out += "nil\n  }\n"
    }
    out += "\n  static func ojShares() -> OJShares? {\n    "
    if let shares = model.ojShares {
      out += "OJShares(indicators: [\n"
      out += shares.indicators.map { indicator in
        "      OJShares.Indicator(question: \(literal(indicator.question)), indicator: "
          + "\(literal(indicator.indicator)), shares: ["
          + indicator.shares.map { "OJShares.Share(year: \($0.year), share: \($0.share))" }
          .joined(separator: ", ") + "])"
      }.joined(separator: ",\n")
      out += "\n    ])\n  }\n"
    } else {
      out += "nil\n  }\n"
    }
    out += "\n  /// A question with where its footing is written.\n"
    out += "  static func question(_ question: Question, footingAt position: SourcePosition?)"
    out += " -> Question {\n    var question = question\n"
    out += "    question.footingPosition = position\n    return question\n  }\n}\n"
    return out
  }

  static func function(_ name: String, _ type: String, _ values: [String]) -> String {
    "\n  static func \(name)() -> \(type) {\n    [\n"
      + values.map { "      \($0)" }.joined(separator: ",\n") + "\n    ]\n  }\n"
  }

  static func literal(_ text: String) -> String { text.debugDescription }

  static func literal(_ text: String?) -> String { text.map(literal) ?? "nil" }

  static func strings(_ texts: [String]) -> String {
    "[" + texts.map(literal).joined(separator: ", ") + "]"
  }

  static func enumCase(_ value: some Any) -> String { ".\(value)" }

  static func position(_ position: SourcePosition) -> String {
    "SourcePosition(line: \(position.line), column: \(position.column))"
  }

  static func location(_ location: SourceLocation) -> String {
    "SourceLocation(file: \(literal(location.file)), position: \(position(location.position)))"
  }

  static func day(_ day: Day) -> String { "Day(ordinal: \(day.ordinal))" }

  static func area(_ area: Area) -> String {
    "Area(id: \(literal(area.id)), title: \(literal(area.title)), description: "
      + "\(literal(area.description)), location: \(location(area.location)))"
  }

  static func theme(_ theme: Theme) -> String {
    "Theme(id: \(literal(theme.id)), title: \(literal(theme.title)), description: "
      + "\(literal(theme.description)), location: \(location(theme.location)))"
  }

  static func provision(_ provision: Provision) -> String {
    "Provision(id: \(literal(provision.id)), instrument: \(literal(provision.instrument)), "
      + "instrumentTitle: \(literal(provision.instrumentTitle)), reference: "
      + "\(literal(provision.reference)), kind: \(enumCase(provision.kind)), validFrom: "
      + "\(day(provision.validFrom)), validUntil: \(provision.validUntil.map(day) ?? "nil"), "
      + "summary: \(literal(provision.summary)), source: \(literal(provision.source)), "
      + "hasUnmodelledEarlierWording: \(provision.hasUnmodelledEarlierWording), "
      + "isChapterVerified: \(provision.isChapterVerified), location: "
      + "\(location(provision.location)))"
  }

  static func basis(_ basis: Basis) -> String {
    "Basis(provision: \(literal(basis.provision)), obligation: \(enumCase(basis.obligation)), "
      + "location: \(location(basis.location)))"
  }

  static func question(_ question: Question) -> String {
    let made =
      "Question(id: \(literal(question.id)), dutyID: \(literal(question.dutyID)), text: "
      + "\(literal(question.text)), answerKind: \(enumCase(question.answerKind)), choices: "
      + "\(strings(question.choices)), evidence: \(literal(question.evidence)), "
      + "declaredFooting: \(question.declaredFooting.map(enumCase) ?? "nil"), basis: ["
      + question.basis.map(basis).joined(separator: ", ") + "], source: "
      + "\(literal(question.source)), notApplicable: \(literal(question.notApplicable)), "
      + "location: \(location(question.location)))"
    return "question(\(made), footingAt: \(question.footingPosition.map(position) ?? "nil"))"
  }

  static func duty(_ duty: Duty) -> String {
    "Duty(\n      id: \(literal(duty.id)), area: \(literal(duty.area)), title: "
      + "\(literal(duty.title)),\n      requirement: \(literal(duty.requirement)),\n      "
      + "action: \(literal(duty.action)),\n      dialogue: \(literal(duty.dialogue)),\n      "
      + "themes: \(strings(duty.themes)),\n      basis: ["
      + duty.basis.map(basis).joined(separator: ", ") + "],\n      questions: [\n        "
      + duty.questions.map(question).joined(separator: ",\n        ")
      + "\n      ],\n      consequence: \(duty.consequence.map(enumCase) ?? "nil"), decision: "
      + "\(literal(duty.decision)),\n      location: \(location(duty.location)))"
  }

  static func item(_ item: Questionnaire.Item) -> String {
    "Questionnaire.Item(question: \(question(item.question)), section: "
      + "\(literal(item.section)), duties: \(strings(item.duties)), municipalityQuestions: "
      + "\(strings(item.municipalityQuestions)), agreementField: "
      + "\(item.agreementField.map(enumCase) ?? "nil"), concerns: \(strings(item.concerns)), "
      + "dialogue: \(literal(item.dialogue)))"
  }

  static func table<Key>(_ table: [Key: Double], _ order: [Key]) -> String {
    let entries = order.compactMap { key in table[key].map { "\(enumCase(key)): \($0)" } }
    return entries.isEmpty ? "[:]" : "[" + entries.joined(separator: ", ") + "]"
  }

  static func scoring(_ rules: ScoringRules) -> String {
    let visits = rules.visits
    let weights: [(String, Double)] = [
      ("noResponse", visits.noResponse), ("invalidResponse", visits.invalidResponse),
      ("incomplete", visits.incomplete), ("perDeficiency", visits.perDeficiency),
      ("perPartlyMet", visits.perPartlyMet), ("findingsCap", visits.findingsCap),
      ("perProtectionDeficiency", visits.perProtectionDeficiency),
      ("protectionCap", visits.protectionCap), ("lowLastRound", visits.lowLastRound),
      ("falling", visits.falling), ("fallThreshold", visits.fallThreshold),
      ("endedShelterAgreement", visits.endedShelterAgreement),
      ("agreementFlag", visits.agreementFlag),
      ("protectionDisagreement", visits.protectionDisagreement),
      ("perDisagreement", visits.perDisagreement), ("disagreementCap", visits.disagreementCap),
      ("perRegisterDiscrepancy", visits.perRegisterDiscrepancy),
    ]
    let seriousness = rules.seriousness
    return """
          var rules = ScoringRules(
            yes: \(rules.yes), partial: \(rules.partial), no: \(rules.no),
            actWeight: \(rules.actWeight), ordinanceWeight: \(rules.ordinanceWeight),
            regulationWeight: \(rules.regulationWeight), adviceWeight: \(rules.adviceWeight),
            urgencyRules: [
      \(rules.urgencyRules.map { "        UrgencyRule(footing: \(enumCase($0.footing)), gaps: [\($0.gaps.map(enumCase).joined(separator: ", "))], urgency: \(enumCase($0.urgency)))" }.joined(separator: ",\n"))
            ])
          rules.notMetGaps = [\(rules.notMetGaps.map(enumCase).joined(separator: ", "))]
          rules.partlyMetGaps = [\(rules.partlyMetGaps.map(enumCase).joined(separator: ", "))]
          rules.completenessThreshold = \(rules.completenessThreshold)
          rules.notApplicableLimit = \(rules.notApplicableLimit)
          rules.seriousness = SeriousnessRule(
            consequence: \(table(seriousness.consequence, Consequence.allCases)),
            footing: \(table(seriousness.footing, Footing.allCases)),
            level: \(table(seriousness.level, DutyLevel.allCases)),
            disagreement: \(seriousness.disagreement))
          rules.visits = VisitWeights([
      \(weights.map { "        \(literal($0.0)): \($0.1)" }.joined(separator: ",\n"))
          ])
          rules.registerChecks = [
      \(rules.registerChecks.map { "        RegisterCheck(flag: \(literal($0.flag)), scope: \(literal($0.scope)), questions: \(strings($0.questions)))" }.joined(separator: ",\n"))
          ]
          return rules
      """
  }
}
