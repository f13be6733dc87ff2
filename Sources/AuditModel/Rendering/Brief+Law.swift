extension Brief {
  /// The fixed section "Vad nämnden ansvarar för – och inte kvinnojouren": who carries the
  /// duty, whatever the municipality's arrangement with civil society looks like.
  static let responsibilityText = [
    "Enligt socialtjänstlagen är det socialnämnden som ansvarar för stödet och hjälpen till "
      + "den som utsatts för våld av en närstående och till barn som har upplevt våldet: "
      + "utredning, riskbedömning, beslut om insatser, skyddat boende och uppföljning.",
    "En kvinnojour eller annan ideell organisation kan ge stöd eller driva ett skyddat boende "
      + "på uppdrag av kommunen. Ansvaret, besluten och uppföljningen ligger ändå kvar hos "
      + "nämnden. Avtal, idéburet offentligt partnerskap eller bidrag till en jour är "
      + "kommunens eget val; ingen lag kräver dem, och ingen av dem flyttar ansvaret.",
    "Det en jour berättar om kommunen är en viktig röst i dialogen, men det är nämnden som "
      + "ska se till att stödet fungerar.",
  ]

  /// The law changes between the previous round and this one, as sentences: the changes
  /// of content one by one (politicians the first five a day), and the paragraphs that only
  /// moved as one sentence per day.
  var lawChanges: [String] {
    guard let previous = previousReferenceDate,
      let current = roundDay ?? row?.score?.response.metadata.referenceDate,
      previous < current
    else { return [] }
    let listing = ChangeListing(model: model, from: previous, to: current)
    var lines: [String] = []
    for day in listing.days {
      let group = listing.changes.filter { $0.day == day }
      let content = group.filter { $0.kind != .moved && $0.kind != .firstModelled }
      let limit = isDetailed ? Int.max : 5
      lines += content.prefix(limit).map { $0.sentence(in: model) }
      if content.count > limit {
        lines.append(
          "Ytterligare \(Swedish.count(content.count - limit, "ändring", "ändringar")) samma "
            + "dag finns i underlaget för tjänstepersoner.")
      }
      let followed = group.filter { $0.kind == .firstModelled }.count
      if followed > 0 {
        lines.append(
          "Från \(SwedishDate.words(day)) följer underlaget "
            + "\(Swedish.count(followed, "plikt", "plikter")) som fanns redan tidigare, i en "
            + "äldre lydelse som modellen inte beskriver; det är inget nytt krav.")
      }
      let moved = group.filter { $0.kind == .moved }.count
      if moved > 0 {
        let instruments = Set(group.flatMap(\.instruments)).sorted().joined(separator: " och ")
        lines.append(
          "Från \(SwedishDate.words(day)) har \(Swedish.count(moved, "plikt", "plikter")) fått "
            + "nya paragrafer (\(instruments)), utan att modellen räknar det som ett nytt krav."
            + (isDetailed ? " Lagrummen i handlingsplanen är de som gäller nu." : ""))
      }
    }
    return lines
  }
}
