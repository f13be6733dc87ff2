import Foundation
import Testing

@testable import AuditModel

/// The rules of ``RoundInventory`` on a small fictional register: county 99 with 9901 and
/// 9902, county 98 with 9801.
struct RoundInventoryTests {
  static let register = Register(
    municipalities: [
      Municipality(code: "9901", name: "Eksvala", countyCode: "99"),
      Municipality(code: "9902", name: "Norrfjällsta", countyCode: "99"),
      Municipality(code: "9801", name: "Annanstad", countyCode: "98"),
    ],
    counties: [County(code: "99", name: "Exempellän"), County(code: "98", name: "Annat län")])

  static let expected = RoundExpectation(
    county: County(code: "99", name: "Exempellän"), round: "2026-host",
    referenceDate: Day("2026-10-01"), modelVersion: "2026.11.1")

  static func candidate(
    _ file: String, code: String = "9901", round: String = "2026-host",
    date: String = "2026-10-01", version: String = "2026.11.1",
    perspective: Perspective = .municipality, organisation: String = ""
  ) -> RoundInventory.Candidate {
    let name = register.municipalities.first { $0.code == code }?.name ?? "?"
    let metadata = ResponseMetadata(
      municipalityCode: code, municipalityName: name, round: round,
      referenceDate: Day(date) ?? Day(ordinal: 0), perspective: perspective,
      organisation: organisation, modelVersion: version)
    return RoundInventory.Candidate(
      file: file, response: Response(metadata: metadata, answers: [], file: file))
  }

  static func inventory(_ candidates: [RoundInventory.Candidate], allow: Bool = false)
    -> RoundInventory
  {
    RoundInventory(candidates, expected: expected, register: register, allowOtherRound: allow)
  }

  @Test func twoFilesForOneMunicipalityAreNeitherCountedWhateverTheirNames() {
    let inventory = Self.inventory([
      Self.candidate("b/9901-b.csv"), Self.candidate("a/9901-a.csv"),
      Self.candidate("9902.csv", code: "9902"),
    ])
    #expect(inventory.standings.map(\.standing) == [.duplicate, .duplicate, .counted])
    #expect(inventory.counted.map(\.metadata.municipalityCode) == ["9902"])
    #expect(inventory.duplicatedCodes == ["9901"])
    #expect(
      inventory.diagnostics.map(\.message) == [
        "9901 Eksvala (kommun) har 2 svar i omgången: b/9901-b.csv och a/9901-a.csv; "
          + "inget av dem räknas"
      ])
  }

  @Test func twoOrganisationsMayAnswerForOneMunicipalityButOneOrganisationOnce() {
    let inventory = Self.inventory([
      Self.candidate("a.csv", perspective: .civilSociety, organisation: "Jouren A"),
      Self.candidate("b.csv", perspective: .civilSociety, organisation: "Jouren B"),
      Self.candidate("c.csv", perspective: .civilSociety, organisation: "jouren b"),
      Self.candidate("d.csv"),
    ])
    #expect(inventory.standings.map(\.standing) == [.counted, .duplicate, .duplicate, .counted])
    #expect(inventory.answeredCount(among: Self.register.municipalities) == 1)
  }

  @Test func everyReasonForAnotherRoundIsGiven() {
    let inventory = Self.inventory([
      Self.candidate("county.csv", code: "9801"),
      Self.candidate("round.csv", round: "2025-var"),
      Self.candidate("date.csv", code: "9902", date: "2026-09-30"),
      Self.candidate("version.csv", code: "9902", version: "2026.6.3"),
    ])
    #expect(inventory.standings.allSatisfy { $0.standing == .otherRound })
    #expect(inventory.counted.isEmpty)
    #expect(
      inventory.diagnostics.map(\.message).sorted() == [
        "svaret gjordes med modellversion 2026.6.3, äldre än omgångens 2026.11.1; "
          + "det räknas inte",
        "svaret gäller 9801 Annanstad, som inte hör till Exempellän; det räknas inte",
        "svaret har referensdatum 2026-09-30, inte omgångens 2026-10-01; det räknas inte",
        "svaret hör till omgång 2025-var, inte till 2026-host; det räknas inte",
      ])
    #expect(inventory.diagnostics.allSatisfy { $0.isError })
  }

  @Test func allowOtherRoundCountsThemWithAWarning() {
    let inventory = Self.inventory([Self.candidate("round.csv", round: "2025-var")], allow: true)
    #expect(inventory.standings.map(\.standing) == [.counted])
    #expect(
      inventory.diagnostics.map(\.description) == [
        "varning: round.csv: svaret hör till omgång 2025-var, inte till 2026-host; "
          + "det räknas ändå (--allow-other-round)"
      ])
  }

  @Test func aNewerOrNonNumericModelVersionIsNotOlder() {
    #expect(RoundExpectation.isOlder("2026.6.3", than: "2026.11.1"))
    #expect(RoundExpectation.isOlder("2026.11", than: "2026.11.1"))
    #expect(!RoundExpectation.isOlder("2026.11.1", than: "2026.11.1"))
    #expect(!RoundExpectation.isOlder("2027.1.0", than: "2026.11.1"))
    #expect(!RoundExpectation.isOlder("test.1", than: "2026.11.1"))
  }

  @Test func aFileNamedForAnotherMunicipalityIsAWarningAndCountsForItsContent() {
    let inventory = Self.inventory([Self.candidate("svar/9902-Norrfjällsta.csv")])
    #expect(inventory.standings.map(\.standing) == [.counted])
    #expect(
      inventory.diagnostics.map(\.description) == [
        "varning: svar/9902-Norrfjällsta.csv: filnamnet anger kommunkod 9902 (Norrfjällsta) men "
          + "svaret gäller 9901 Eksvala — kontrollera att rätt fil sparats under rätt namn; "
          + "svaret räknas för Eksvala"
      ])
  }

  @Test func extensionsAreMatchedWithoutRegardToCase() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-folder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a.CSV", "b.Json", "c.TXT", "d.XLSX", "e.docx", "~$f.xlsx", ".g.csv"] {
      try Data("x".utf8).write(to: folder.appendingPathComponent(name))
    }
    let entries = ResponseFolder.entries(in: folder.path, shown: "m")
    #expect(entries.filter(\.isResponse).map(\.name) == ["a.CSV", "b.Json", "c.TXT", "d.XLSX"])
    #expect(
      entries.compactMap(\.skipped).map(\.description) == [
        "varning: m/.g.csv: dold fil, läses inte — flytta den ut ur mappen om den inte hör dit",
        "varning: m/e.docx: filen läses inte: .docx är ingen checklista — spara svaret som CSV "
          + "UTF-8 (.csv), eller flytta filen ut ur mappen",
        "varning: m/~$f.xlsx: låsfil från Excel eller LibreOffice, läses inte — den finns medan "
          + "filen är öppen; stäng programmet, så försvinner den",
      ])
  }
}
