extension ModelChange {
  /// The change in one plain Swedish sentence for a politician, built from the duty's title
  /// and the summary of the provision the change rests on, e.g. `Från 1 juli 2025 gäller
  /// att nämnden ska verka för att brottsoffer … får stöd och hjälp (13 kap. 1 § SoL
  /// 2025:400).`
  public func sentence(in model: DutyModel) -> String {
    let date = SwedishDate.words(day)
    let title = "\"\(duty.title)\""
    let content = summary(in: model).map { ": \($0)" } ?? "."
    switch kind {
    case .came:
      guard let summary = summary(in: model) else {
        return "Från \(date) gäller plikten \(title) (\(citationAfter))."
      }
      let clause = Self.withoutFinalStop(summary)
      if let inverted = Self.inverted(clause) {
        return "Från \(date) \(inverted) (\(citationAfter))."
      }
      return "Från \(date) gäller plikten \(title) (\(citationAfter)): \(clause)."
    case .went:
      return "Från \(date) gäller inte längre plikten \(title); den byggde senast på "
        + "\(citationBefore)."
    case .strengthChanged:
      let before = strengthBefore?.description ?? "–"
      let after = strengthAfter?.description ?? "–"
      return "Från \(date) ändras styrkan för plikten \(title) från \(before) till \(after) "
        + "(\(citationAfter))\(content)"
    case .moved:
      return "Från \(date) står plikten \(title) i \(citationAfter) i stället för "
        + "\(citationBefore)\(content)"
    case .newWording:
      return "Från \(date) har \(citationAfter) en ny lydelse för plikten \(title)\(content)"
    case .firstModelled:
      return "Plikten \(title) fanns redan före \(date) i en äldre lydelse som modellen inte "
        + "beskriver; från \(date) bygger den på \(citationAfter)\(content)"
    }
  }

  /// The first sentence of the summary of the strongest provision that starts on the day
  /// (or, when none starts, the strongest in force), ending with a full stop.
  private func summary(in model: DutyModel) -> String? {
    let side = kind == .went ? day.adding(days: -1) : day
    guard let applied = model.applied(duty, on: side) else { return nil }
    let starting = applied.basis.first { $0.provision.validFrom == day }
    guard let provision = (starting ?? applied.basis.first)?.provision else { return nil }
    let text = Self.firstSentence(provision.summary)
    return text.isEmpty ? nil : Self.withoutFinalStop(text) + "."
  }

  /// The text up to the first full stop that ends a sentence (a stop followed by a space
  /// and a capital letter, not after an abbreviation such as `kap.` or `t.ex.`).
  static func firstSentence(_ text: String) -> String {
    let characters = Array(text)
    let abbreviations = ["kap", "t.ex", "bl.a", "m.m", "jfr", "s.k", "resp", "st", "p"]
    var index = 0
    while index < characters.count {
      if characters[index] == ".", index + 2 < characters.count, characters[index + 1] == " ",
        characters[index + 2].isUppercase
      {
        let word = String(characters[..<index]).split(separator: " ").last.map(String.init) ?? ""
        if !abbreviations.contains(word.lowercased()) {
          return String(characters[...index])
        }
      }
      index += 1
    }
    return text
  }

  /// A clause `Nämnden ska …` with verb and subject swapped so that it can follow a time
  /// (`ska nämnden …`, Swedish word order), or `nil` when it does not start that way.
  static func inverted(_ clause: String) -> String? {
    let subjects = ["Nämnden", "Socialnämnden", "Kommunen", "Socialtjänsten"]
    let verbs = ["ska", "bör", "får"]
    let words = clause.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
    guard words.count == 3, subjects.contains(String(words[0])),
      verbs.contains(String(words[1]))
    else { return nil }
    return "\(words[1]) \(words[0].lowercased()) \(words[2])"
  }

  /// `text` without a trailing full stop.
  static func withoutFinalStop(_ text: String) -> String {
    var result = TextFolding.trimmed(text)
    while result.hasSuffix(".") { result.removeLast() }
    return result
  }
}
