/// Reads and checks the ÖJ national shares (`oj-andelar.json`), which are optional.
extension LoadState {
  mutating func readOJShares(_ root: JSONNode, file: String) {
    var reader = ObjectReader(root, file: file, what: "ÖJ-andelarna")
    let nodes = reader.objects("indicators") ?? []
    diagnostics += reader.finish()
    var indicators: [OJShares.Indicator] = []
    for node in nodes {
      var item = ObjectReader(node, file: file, what: "en indikator")
      let question = item.string("question")
      let indicator = item.string("indicator")
      let sharesNode = node["shares"]?.node
      _ = item.object("shares", what: "andelarna per år")
      diagnostics += item.finish()
      guard let question, let indicator, let sharesNode else { continue }
      var shares: [OJShares.Share] = []
      for member in sharesNode.members ?? [] {
        let share: Double? =
          if case .number(let text) = member.node.value { Double(text) } else { nil }
        guard let year = Int(member.key), (2000...2100).contains(year), member.key.count == 4,
          let share, (0...1).contains(share)
        else {
          diagnostics.append(
            Diagnostic(
              .error, file: file, at: member.keyPosition,
              "\"\(member.key)\": \(member.node.kindName) är ingen andel för ett år",
              help: "skriv året som \"ÅÅÅÅ\" och andelen som ett tal mellan 0 och 1, t.ex. "
                + "\"2023\": 0.28"))
          continue
        }
        shares.append(OJShares.Share(year: year, share: share))
      }
      ojReferences.append((question, SourceLocation(file: file, position: node.position)))
      indicators.append(
        OJShares.Indicator(
          question: question, indicator: indicator, shares: shares.sorted { $0.year < $1.year }))
    }
    ojShares = OJShares(indicators: indicators)
  }

  /// Checks that every question the shares name is a question of the model.
  mutating func checkOJShares() {
    let questionIDs = Set(duties.flatMap { $0.questions.map(\.id) })
    for (question, location) in ojReferences where !questionIDs.contains(question) {
      let hint = Suggestions.nearest(to: question, among: Array(questionIDs)).first
      diagnostics.append(
        Diagnostic(
          .error, file: location.file, at: location.position,
          "okänd fråga \"\(question)\" i ÖJ-andelarna",
          help: hint.map { "menade du \($0)?" }
            ?? "använd ett fråge-id ur duties/, eller ta bort raden"))
    }
  }
}
