import Foundation

extension Brief {
  /// The municipality's place among the county's answered municipalities, in words,
  /// counted from the nearer end: `lägst av 9 kommuner i länet som svarat`, `näst högst …`,
  /// `tredje lägst …`, or `i mitten …`.
  /// Only responses complete enough for one figure are ranked (issue 17).
  static func rank(_ value: Double, among comparison: RegionComparison) -> String? {
    let values = comparison.complete.compactMap { $0.score?.total.fulfilment }
    guard values.count > 1 else { return nil }
    let fromTop = values.filter { $0 > value }.count + 1
    let fromBottom = values.filter { $0 < value }.count + 1
    let place: String
    if fromBottom < fromTop {
      place = "\(ordinal(fromBottom))lägst"
    } else if fromTop < fromBottom {
      place = "\(ordinal(fromTop))högst"
    } else {
      place = "i mitten"
    }
    return "\(place) av \(values.count) kommuner i länet som svarat fullständigt nog"
  }

  /// `""`, `näst `, `tredje ` … for the first, second, third place from an end.
  static func ordinal(_ place: Int) -> String {
    let words = ["", "näst ", "tredje ", "fjärde ", "femte ", "sjätte ", "sjunde ", "åttonde "]
    return place <= words.count ? words[place - 1] : "\(place):e "
  }

  /// The change of the municipality's total since the previous round, in words, e.g.
  /// `har sjunkit 3,7 procentenheter sedan våren 2025`.
  var changeWords: String? {
    guard let change,
      let item = change.municipalities.first(where: {
        $0.municipality.code == municipality.code
      }), let delta = item.totalDelta
    else { return nil }
    let since = "sedan \(RoundLabel.words(change.previousRound))"
    let amount = SwedishNumber.oneDecimal(abs(delta))
    if abs(delta) < 0.05 { return "är oförändrad \(since)" }
    return delta < 0
      ? "har sjunkit \(amount) procentenheter \(since)"
      : "har stigit \(amount) procentenheter \(since)"
  }

  /// The result in one or two sentences with its meaning.
  func headline(_ score: ResponseScore) -> String {
    let total = score.total
    let fulfilment = SwedishNumber.oneDecimal(total.fulfilment)
    var text =
      "\(municipality.name) uppfyller enligt sina egna svar \(fulfilment) % av det "
      + "som granskas"
    if score.isIncomplete {
      // No single figure, no place in the county: only the range the open questions allow.
      text =
        "\(municipality.name) har lämnat ett ofullständigt svar (\(score.incompleteReason ?? "")). "
        + "Beroende på de obesvarade frågorna ligger uppfyllelsen mellan "
        + "\(SwedishNumber.oneDecimal(total.lowest)) och \(SwedishNumber.oneDecimal(total.highest)) "
        + "%, så kommunen jämförs inte med länet"
        + (isSelfAssessment
          ? "." : " (medianen är \(SwedishNumber.oneDecimal(comparison.totalSummary.median)) %).")
    } else if isSelfAssessment {
      text += "."
    } else {
      var meaning: [String] = []
      if let value = total.fulfilment, let rank = Self.rank(value, among: comparison) {
        let median = SwedishNumber.oneDecimal(comparison.totalSummary.median)
        meaning.append("det är \(rank) (medianen är \(median) %)")
      }
      if let changeWords { meaning.append("resultatet \(changeWords)") }
      text += meaning.isEmpty ? "." : ": " + meaning.joined(separator: ", och ") + "."
    }
    text += " Svaren visar \(Swedish.count(total.deficiencies, "brist", "brister")) mot det "
    text += "som lag eller föreskrift kräver, "
    text += "\(Swedish.count(total.partlyMet, "krav", "krav")) som bara uppfylls delvis och "
    text += "\(Swedish.count(total.improvementAreas, "förbättringsområde", "förbättringsområden")) "
    text += "där Socialstyrelsen rekommenderar mer eller där vanlig god praxis är att göra mer."
    if total.notApplicable > 0 {
      text += " Kommunen har angett ej aktuellt på "
      text +=
        "\(Swedish.count(total.notApplicable, "fråga", "frågor")) (se hur siffrorna tagits fram)."
    }
    if !score.isIncomplete, let completeness = total.completeness,
      completeness < model.scoring.completenessThreshold
    {
      text =
        "Svaret är ofullständigt: bara \(SwedishNumber.oneDecimal(completeness)) % av "
        + "frågorna har fått ett svar, så siffrorna är osäkra. " + text
    }
    return text
  }

  /// What the brief says first when the municipality has not answered: that it has not,
  /// its result in the previous round, and that nothing is claimed about deficiencies now.
  var notAnsweredLead: String {
    var text = "\(municipality.name) har inte lämnat något svar i omgången \(roundWords). "
    text += "Underlaget säger därför ingenting om vilka brister kommunen har i dag."
    if let last = lastAnswer {
      text += " \(RoundLabel.capitalised(last.round)) uppfyllde kommunen enligt sina egna "
      text += "svar \(SwedishNumber.oneDecimal(last.fulfilment)) %"
      text += last.rank.map { ", \($0)." } ?? "."
    } else if !history.isEmpty {
      text += " Kommunen svarade inte heller i de tidigare omgångarna som finns."
    }
    return text + " Mötet kan börja med frågan varför, och med frågorna nedan."
  }

  /// The municipality's latest earlier answer: round, total and place in the county then.
  var lastAnswer: (round: String, fulfilment: Double, rank: String?)? {
    for earlier in history.reversed() {
      if let value = earlier.rows.first(where: { $0.municipality.code == municipality.code })?
        .score?.total.fulfilment
      {
        return (earlier.round, value, Self.rank(value, among: earlier))
      }
    }
    return nil
  }

  /// The requirement of a finding's duty in words: its first sentence, led by what the
  /// strongest gap rests on (`Lagen kräver:`, `Socialstyrelsens föreskrifter kräver:`).
  static func requirement(_ finding: Finding) -> String {
    let first = datesInWords(ModelChange.firstSentence(finding.duty.requirement))
    let levels = Set(finding.gaps.filter { $0.kind != .unknown }.map(\.footing.level))
    let lead: String
    if levels.contains(.actRequirement) {
      lead = "Lagen kräver"
    } else if levels.contains(.regulationRequirement) {
      lead = "Socialstyrelsens föreskrifter kräver"
    } else {
      lead = "Plikten i lagen"
    }
    return "\(lead): \(first)"
  }

  /// `text` with every ISO date (`2024-04-01`) written in words (`1 april 2024`).
  ///
  /// Dates are found as ten characters `dddd-dd-dd` (ASCII digits), leftmost first, as the
  /// regular expression `\d{4}-\d{2}-\d{2}` finds them, but without building one per call.
  static func datesInWords(_ text: String) -> String {
    let utf8 = Array(text.utf8)
    func isDate(at start: Int) -> Bool {
      guard start + 10 <= utf8.count else { return false }
      for offset in 0..<10 {
        let byte = utf8[start + offset]
        let wanted = offset == 4 || offset == 7
        if wanted
          ? byte != UInt8(ascii: "-") : !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
          return false
        }
      }
      return true
    }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    var index = 0
    while index < utf8.count {
      guard isDate(at: index) else {
        out.append(utf8[index])
        index += 1
        continue
      }
      let iso = String(decoding: utf8[index..<index + 10], as: UTF8.self)
      out += Array((Day(iso).map(SwedishDate.words) ?? iso).utf8)
      index += 10
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// What is missing, one line per definite gap, in words; with question ids for officials.
  func missingLines(_ finding: Finding, limit: Int, comments: Bool = true) -> [String] {
    var lines: [String] = []
    let definite = finding.gaps.filter { $0.kind != .unknown }
    for gap in definite.prefix(limit) {
      let id = isDetailed ? "\(gap.question.id) " : ""
      var line = "\(id)Svar \(gap.kind.rawValue): \(gap.question.text)"
      switch gap.footing.level {
      case .actRequirement, .regulationRequirement, .condition: break
      case .generalAdvice: line += " (Socialstyrelsen rekommenderar detta.)"
      case .goodPractice: line += " (Vanlig god praxis, inget lagkrav.)"
      }
      if isDetailed, comments, !gap.comment.isEmpty {
        line += " Kommentar: \(PersonalNumber.redacted(gap.comment))"
      }
      lines.append(line)
    }
    if definite.count > limit {
      let count = Swedish.count(definite.count - limit, "fråga", "frågor")
      lines.append(limit == 0 ? "\(count) visar brist." : "Ytterligare \(count) visar brist.")
    }
    let unknown = finding.gaps.count - definite.count
    if unknown > 0 {
      lines.append(
        "Kommunen vet inte hur det är på \(Swedish.count(unknown, "fråga", "frågor")).")
    }
    if let expired = finding.expiredException {
      lines.append("Undantaget gick ut \(SwedishDate.words(expired.validUntil)).")
    }
    return lines
  }

  /// One finding as template values.
  func findingValue(_ finding: Finding, missingLimit: Int, comments: Bool = true)
    -> TemplateValue
  {
    .object([
      "id": .text(isDetailed ? finding.duty.id : ""), "title": .text(finding.duty.title),
      "kind": .text(finding.kind.rawValue), "level": .text(finding.level.rawValue),
      "requirement": .text(Self.requirement(finding)), "citation": .text(finding.citation),
      "urgency": .text(finding.urgency.rawValue),
      "missing": .list(
        missingLines(finding, limit: missingLimit, comments: comments).map {
          .object(["text": .text($0)])
        }),
      "action": .text(finding.action),
    ])
  }

  /// The findings with a definite gap, most serious first.
  var definiteFindings: [Finding] { findingsBySeriousness().filter(\.hasDefiniteGap) }

  /// At most three decisions the nämnd can take, from the duties' `decision` texts of the
  /// most serious of `definite` (the definite findings; one per duty, no repeats).
  func decisions(_ definite: [Finding]) -> [String] {
    guard row?.score != nil else {
      return [
        "Ge förvaltningen i uppdrag att besvara länsstyrelsens checklista för \(roundWords) "
          + "och redovisa svaren för nämnden vid nästa sammanträde."
      ]
    }
    var texts: [String] = []
    for finding in definite {
      let text =
        finding.duty.decision
        ?? "Ge förvaltningen i uppdrag att åtgärda det som saknas i \"\(finding.duty.title)\" "
        + "och återrapportera till nämnden inom sex månader."
      if !texts.contains(text) { texts.append(text) }
      if texts.count == 3 { break }
    }
    return texts
  }
}
