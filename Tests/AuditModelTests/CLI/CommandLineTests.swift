import Foundation
import Testing

@testable import AuditCLI
@testable import AuditModel

struct CommandLineTests {
  @Test func versionIsOneLine() {
    let run = runAudit(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == AuditCLI.version + "\n")
  }

  @Test func mainHelpListsEveryVisibleCommand() {
    let run = runAudit(["--help"])
    #expect(run.status == 0)
    for heading in ["ÖVERSIKT:", "ANVÄNDNING:", "FLAGGOR:", "KOMMANDON:"] {
      #expect(run.stdout.contains(heading))
    }
    for command in AuditCLI.commands where !command.spec.isHidden {
      #expect(run.stdout.contains("  \(command.spec.name) "))
    }
  }

  @Test(arguments: AuditCLI.commands.map(\.spec.name))
  func commandHelpIsTheSameBothWays(_ name: String) {
    let viaHelp = runAudit(["help", name])
    let viaFlag = runAudit([name, "--help"])
    #expect(viaHelp.status == 0)
    #expect(viaFlag.status == 0)
    #expect(viaHelp.stdout == viaFlag.stdout)
    #expect(viaHelp.stdout.contains("ANVÄNDNING: audit \(name)"))
    #expect(viaHelp.stderr.isEmpty)
  }

  @Test func unknownCommandNamesTheNearestAndExits64() {
    let run = runAudit(["dutie"])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("fel: okänt kommando 'dutie' — menade du 'duties'?"))
  }

  @Test func unknownFlagNamesTheNearestAndExits64() {
    let run = runAudit(["duties", "--dat", "2025-01-01"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("fel: okänd flagga --dat för 'audit duties' — menade du --date?"))
    #expect(run.stderr.contains("ANVÄNDNING: audit duties"))
    #expect(run.stderr.contains("Se 'audit duties --help'."))
  }

  @Test(arguments: ["2025-13-01", "1/7 2025", "igår"])
  func badDateExits64WithTheFormat(_ text: String) {
    let run = runAudit(["duties", "--date", text])
    #expect(run.status == 64)
    #expect(run.stderr.contains("skriv ÅÅÅÅ-MM-DD"))
  }

  @Test func badFormatChoiceExits64() {
    let run = runAudit(["duties", "--format", "xml"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("välj ett av table, md, json, csv"))
  }

  @Test func changesNeedsFrom() {
    let run = runAudit(["changes"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--from måste anges"))
  }

  @Test func municipalitiesListsAllOrOneCounty() {
    let all = runAudit(["municipalities", "--format", "csv"])
    #expect(all.status == 0)
    let allLines = all.stdout.split(separator: "\r\n")
    #expect(allLines.count == 291)
    let west = runAudit(["municipalities", "--region", "14", "--format", "json"])
    let list = try? JSONDecoder().decode([Municipality].self, from: Data(west.stdout.utf8))
    #expect(list?.count == 49)
    #expect(list?.allSatisfy { $0.countyCode == "14" } == true)
    let byName = runAudit(["municipalities", "--region", "Västra Götaland"])
    #expect(byName.stdout.contains("49 kommuner."))
  }

  @Test func unknownCountyIsAUsageError() {
    let run = runAudit(["municipalities", "--region", "Västra Götalnd"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("menade du 14 Västra Götalands län?"))
  }

  @Test func modelFlagReadsAnotherModel() {
    let run = runAudit(
      [
        "duties", "--date", "2021-08-01", "--model", "Tests/AuditModelTests/Fixtures/models/valid",
        "--format", "csv",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "D002;valdsutovare;Insatser till våldsutövare;lag;5 kap. 11 a § SoL 2001:453"))
  }

  @Test func brokenModelStopsCommandsWithExit65() {
    let run = runAudit(
      ["duties", "--model", "Tests/AuditModelTests/Fixtures/models/broken/unresolved-basis"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("kör 'audit lint-model'"))
    #expect(run.stdout.isEmpty)
  }
}
