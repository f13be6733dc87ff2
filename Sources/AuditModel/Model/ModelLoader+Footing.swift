extension LoadState {
  /// A question's declared footing must not be stronger than its own basis (or its duty's,
  /// when it has none) gives on any day: a krav needs a *ska* in a lag, förordning or
  /// föreskrift whose chapter was checked, an allmänt råd needs a *ska* or a *bör*, and god
  /// praxis needs a source.
  mutating func checkFootings() {
    let byID = Dictionary(provisions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for duty in duties {
      for question in duty.questions {
        guard let footing = question.declaredFooting else { continue }
        let entries = question.basis.isEmpty ? duty.basis : question.basis
        let resolved = entries.compactMap { entry in
          byID[entry.provision].map { AppliedBasis(provision: $0, obligation: entry.obligation) }
        }
        // A basis that names an unknown provision is reported elsewhere; do not guess here.
        guard resolved.count == entries.count else { continue }
        let position = question.footingPosition ?? question.location.position
        let file = question.location.file
        let own = question.basis.isEmpty ? "pliktens lagrum" : "frågans lagrum"
        switch footing {
        case .requirement where !resolved.contains(where: \.givesRequirement):
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: position,
              "frågan \(question.id) är \"krav\" men inget av \(own) är ett ska i lag, "
                + "förordning eller föreskrift med kontrollerat kapitel",
              help:
                "ange \"allmänt råd\" eller \"god praxis\", eller ange i frågans \"basis\" "
                + "den bestämmelse som kräver just detta"))
        case .generalAdvice where !resolved.contains(where: { $0.obligation != .condition }):
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: position,
              "frågan \(question.id) är \"allmänt råd\" men inget av \(own) säger ska eller bör",
              help: "ange \"god praxis\" med \"source\", eller ange det allmänna rådet i \"basis\"")
          )
        case .goodPractice where question.source == nil:
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: position,
              "frågan \(question.id) är \"god praxis\" men saknar \"source\"",
              help:
                "ange varifrån praxisen kommer, t.ex. \"source\": "
                + "\"God praxis (NCK kunskapsbanken)\""))
        default:
          break
        }
      }
    }
  }
}
