import Foundation
import Testing

@testable import AuditModel

struct ShelterTests {
  static let folder = TestPaths.repo("examples/exempellan")

  @Test(arguments: [
    ([] as [String], 5), (["barnverksamhet"], 3), (["barnverksamhet", "hedersrelaterat våld"], 2),
    (["barnverksamhet", "hedersrelaterat våld", "förstärkt skalskydd"], 1), (["arabiska"], 2),
    (["ARABISKA", "digital sakerhet"], 1), (["barn"], 4), (["husdjur"], 0),
    (["missbruk", "barn"], 1),
  ])
  func competenceFilterKeepsSheltersWithAllCompetences(_ wanted: [String], _ count: Int) {
    var arguments = ["shelters", ".", "--format", "json"]
    for competence in wanted { arguments += ["--competence", competence] }
    let run = runAudit(arguments, in: Self.folder)
    #expect(run.status == 0, "\(run.stderr)")
    let list = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [Any]
    #expect(list?.count == count, "\(wanted)")
  }

  @Test func unknownCompetenceSuggestsTheNearest() {
    let run = runAudit(["shelters", ".", "--competence", "hbtq"], in: Self.folder)
    #expect(run.status == 64)
    #expect(run.stderr.contains("menade du \"hbtqi\"?"))
  }

  @Test func coverageNamesWhatNoShelterInTheCountyOffers() {
    let run = runAudit(["shelters", ".", "--region", "99"], in: Self.folder)
    #expect(run.status == 0)
    #expect(run.stdout.contains("Inget boende i länet erbjuder: husdjur, män, hbtqi."))
    #expect(run.stdout.contains("sammanlagt 28 platser, varav 23 i boenden som tar emot barn"))
  }

  @Test func brokenRegistersGiveDiagnosticsWithPlaces() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-registers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let shelters =
      "namn;typ;kommunkod;platser;tar emot barn;kompetenser\r\n"
      + "A;idéburen;1490;tre;ja;barnverksamhet\r\n"
      + "B;ideell;1490;4;kanske;husdjurr\r\n"
    try Data(shelters.utf8).write(to: folder.appendingPathComponent("skyddade-boenden.csv"))
    let run = runAudit(["shelters", "."], in: folder)
    #expect(run.status == 65)
    #expect(
      run.stderr.contains(
        "fel: skyddade-boenden.csv:2:17: kolumn D (platser): \"tre\" är inget heltal"))
    #expect(
      run.stderr.contains(
        "skyddade-boenden.csv:3:3: kolumn B (typ): \"ideell\" är inget tillåtet värde — använd ett av: idéburen, kommunal, privat"
      ))
    #expect(run.stderr.contains("kolumn E (tar emot barn): \"kanske\" ska vara ja eller nej"))
    #expect(run.stderr.contains("\"husdjurr\" är inget tillåtet värde — menade du \"husdjur\"?"))
  }

  @Test func agreementsOfTheExampleRoundCarryEverySeedCase() {
    let run = runAudit(["agreements", "2026-host", "--format", "json"], in: Self.folder)
    #expect(run.status == 0, "\(run.stderr)")
    // Every municipality of the example county is in its avtal.csv, so none is "uppgift
    // saknas" (that case has a test of its own in AgreementFlagTests).
    for kind in AgreementFlag.Kind.allCases where kind != .notInRegister {
      #expect(run.stdout.contains(kind.rawValue), "no example of \(kind.rawValue)")
    }
  }
}

struct RegisterJSONTests {
  @Test func agreementsAndSheltersReadFromJSONToo() {
    let agreements = """
      {"agreements": [
        {"municipalityCode": "1490", "organisation": "Jouren (fiktiv)", "form": "IOP",
         "scope": ["skyddat boende", "barn"], "amountPerYear": 250000, "start": "2025-01-01",
         "end": "2027-06-30", "followUpsPerYear": 2, "latestFollowUp": "2026-05-01",
         "status": "gällande"},
        {"municipalityCode": "1490", "organisation": "X", "form": "IOB", "status": "gällande"}
      ]}
      """
    let read = AgreementRegister(Data(agreements.utf8), file: "avtal.json", register: .embedded)
    #expect(read.agreements.count == 1)
    #expect(read.agreements.first?.scope == ["skyddat boende", "barn"])
    #expect(read.agreements.first?.amountPerYear == 250_000)
    #expect(read.diagnostics.count == 1)
    let message = read.diagnostics.first?.description ?? ""
    #expect(message.hasPrefix("fel: avtal.json:6:"))
    #expect(message.contains("\"form\": \"IOB\" är inget tillåtet värde — menade du \"IOP\"?"))
    let shelters = """
      {"shelters": [{"name": "Boendet (fiktivt)", "kind": "idéburen", "municipalityCode": "Borås",
        "places": 6, "takesChildren": true, "languages": ["arabiska"], "competences": ["husdjur"]}]}
      """
    let register = ShelterRegister(Data(shelters.utf8), file: "boenden.json", register: .embedded)
    #expect(register.diagnostics == [])
    #expect(register.shelters.first?.municipalityCode == "1490")
    #expect(register.shelters.first?.offers("Arabiska") == true)
    #expect(register.shelters.first?.offers("barn") == true)
  }
}
