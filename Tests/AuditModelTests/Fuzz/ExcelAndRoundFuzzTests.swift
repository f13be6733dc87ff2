import Foundation
import Testing

@testable import AuditModel

/// Fuzzing of what issue 18 added: Excel's UTF-16 "Unicode-text" and workbook signatures,
/// personnummer with every separator, and round folders with duplicate and stray responses.
/// Seeds, replay and scaling work as in ``FuzzTests``.
struct ExcelAndRoundFuzzTests {
  /// The valid CSV response damaged as usual, then saved as Excel would: UTF-16 with a byte
  /// order mark (little- or big-endian), tab-separated or not, sometimes cut at an odd byte;
  /// or behind a zip or OLE2 signature, which must always be an error.
  @Test func utf16AndWorkbookBytesEndInAResponseOrAnError() {
    let csv = FuzzFixtures.validCSV
    FuzzCampaign(name: "excel-files", share: 1_000).run { mutator, report in
      var (bytes, applied) =
        mutator.random.chance(0.5)
        ? mutator.mutate(csv, format: .csv(separator: UInt8(ascii: ";"))) : (csv, ["as is"])
      if mutator.random.chance(0.15) {
        let signature: [UInt8] = mutator.random.pick([
          [0x50, 0x4B, 0x03, 0x04], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        ])
        report.applied = applied + ["signature \(signature.prefix(2))"]
        let read = ResponseReader().read(Data(signature + bytes), file: "svar.xlsx")
        report.check(read.raw == nil, "a workbook signature was read as a response")
        report.check(
          read.diagnostics.first?.message.contains("inte en CSV-fil") == true,
          "a workbook signature did not get the workbook message")
        report.errors += 1
        return
      }
      var text = decodeText(Data(bytes)).text
      if mutator.random.chance(0.5) {
        text = text.replacingOccurrences(of: ";", with: "\t")
        applied.append("tabs")
      }
      let bigEndian = mutator.random.chance(0.3)
      var encoded: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      for unit in text.utf16 {
        let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
        encoded += bigEndian ? [high, low] : [low, high]
      }
      if mutator.random.chance(0.1) {
        encoded.removeLast(mutator.random.below(3) + 1)
        applied.append("cut")
      }
      report.applied = applied + [bigEndian ? "utf-16be" : "utf-16le"]
      FuzzOracle.everyReader(encoded, report: &report)
    }
  }

  /// A Luhn-valid personnummer (10 or 12 digits, or a samordningsnummer) with a random
  /// separator in a random comment is always warned about, and redacting the comment removes
  /// its digits; with a wrong check digit it is left alone (counted as the "error" outcome).
  @Test func everyPersonnummerSeparatorIsWarnedAboutAndRedacted() {
    let csv = String(decoding: FuzzFixtures.validCSV, as: UTF8.self)
    FuzzCampaign(name: "personnummer", share: 600).run { mutator, report in
      let valid = mutator.random.chance(0.7)
      let number = Self.personnummer(&mutator, valid: valid)
      let comment =
        mutator.random.pick(["Nr ", "", "Se ärende ", "("]) + number
        + mutator.random.pick(["", ".", " i akten", ")"])
      report.applied = ["comment \(comment.debugDescription)"]
      let text = csv.replacingOccurrences(of: "Beslutad 2025.", with: comment)
      guard let model = FuzzFixtures.model,
        let raw = ResponseReader().read(Data(text.utf8), file: "svar.csv").raw
      else {
        report.problems.append("the fixture with a comment did not read")
        return
      }
      let validated = ResponseValidator(
        model: model, register: FuzzFixtures.register, today: FuzzFixtures.today
      ).validate(raw)
      let warnings = validated.diagnostics.filter { $0.message.contains("personnummer") }
      report.check(warnings.count == (valid ? 1 : 0), "\(warnings.count) warnings for \(number)")
      let redacted = PersonalNumber.redacted(comment)
      report.check(
        valid
          ? redacted.contains(PersonalNumber.replacement)
            && !redacted.contains(String(number.suffix(4)))
          : redacted == comment,
        "redacted to \(redacted.debugDescription)")
      if valid { report.results += 1 } else { report.errors += 1 }
    }
  }

  /// A random round of valid responses from the county, other counties, other rounds and
  /// dates, with duplicates: no key counts twice, everything counted belongs to the round,
  /// and every file that does not count is named in a diagnostic.
  @Test func randomRoundsCountEachMunicipalityOnceAndOnlyTheirOwn() {
    let register = RoundInventoryTests.register
    let expected = RoundInventoryTests.expected
    FuzzCampaign(name: "round-inventory", share: 600).run { mutator, report in
      let count = mutator.random.below(12)
      var candidates: [RoundInventory.Candidate] = []
      for index in 0..<count {
        let code = mutator.random.pick(["9901", "9902", "9801", "9902"])
        let civil = mutator.random.chance(0.3)
        candidates.append(
          RoundInventoryTests.candidate(
            "svar/\(mutator.random.pick(["9901", "9902", "x"]))-\(index).csv", code: code,
            round: mutator.random.chance(0.8) ? "2026-host" : "2025-var",
            date: mutator.random.chance(0.8) ? "2026-10-01" : "2026-04-01",
            version: mutator.random.pick(["2026.11.1", "2026.11.1", "2026.6.0", "test"]),
            perspective: civil ? .civilSociety : .municipality,
            organisation: civil ? mutator.random.pick(["Jouren A", "jouren a", "Jouren B"]) : ""))
      }
      let allow = mutator.random.chance(0.2)
      report.applied = ["\(count) files\(allow ? ", --allow-other-round" : "")"]
      let inventory = RoundInventory(
        candidates, expected: expected, register: register, allowOtherRound: allow)
      let keys = inventory.counted.map { RoundInventory.key($0.metadata) }
      report.check(Set(keys).count == keys.count, "a municipality counted twice: \(keys)")
      if !allow {
        for response in inventory.counted {
          report.check(
            expected.reasons(response, register: register).isEmpty,
            "\(response.file) counted but belongs elsewhere")
        }
      }
      let named = inventory.diagnostics.map(\.description).joined(separator: "\n")
      for (candidate, standing) in inventory.standings where standing != .counted {
        report.check(named.contains(candidate.file), "\(candidate.file) not counted in silence")
      }
      report.check(
        inventory.answeredCount(among: register.municipalities) <= 3, "more than 3 answered")
      if inventory.counted.isEmpty { report.errors += 1 } else { report.results += 1 }
    }
  }

  /// A fictional personnummer: 10 or 12 digits, or a samordningsnummer, with a random
  /// separator, its check digit worked out by the Luhn rule (and then made wrong unless
  /// `valid`).
  static func personnummer(_ mutator: inout Mutator, valid: Bool) -> String {
    let year = 20 + mutator.random.below(80)
    let month = 1 + mutator.random.below(12)
    let day = 1 + mutator.random.below(28) + (mutator.random.chance(0.2) ? 60 : 0)
    let serial = mutator.random.below(1000)
    let nine = String(format: "%02d%02d%02d%03d", year, month, day, serial)
    var sum = 0
    for (position, character) in nine.enumerated() {
      var value = (character.wholeNumberValue ?? 0) * (position % 2 == 0 ? 2 : 1)
      if value > 9 { value -= 9 }
      sum += value
    }
    let check = (10 - sum % 10) % 10
    let ten = nine + String(valid ? check : (check + 1 + mutator.random.below(9)) % 10)
    let separator = mutator.random.pick(PersonalNumberTests.separators)
    let century = mutator.random.chance(0.4) ? "19" : ""
    return century + ten.prefix(6) + separator + ten.suffix(4)
  }
}
