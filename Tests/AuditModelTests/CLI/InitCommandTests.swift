import Foundation
import Testing

@testable import AuditModel

struct InitCommandTests {
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func listing(_ url: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: url.path)
    while let relative = enumerator?.nextObject() as? String {
      files[relative] = FileManager.default.contents(
        atPath: url.appendingPathComponent(relative).path)
    }
    return files
  }

  @Test func initCreates49ChecklistsForVastraGotalandAndRefusesASecondRun() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let first = runAudit(
      ["init", "omgang", "--region", "14", "--date", "2026-10-01"], in: parent)
    #expect(first.status == 0, "\(first.stderr)")
    let workspace = parent.appendingPathComponent("omgang")
    let checklists = try FileManager.default.contentsOfDirectory(
      atPath: workspace.appendingPathComponent("checklistor").path)
    #expect(checklists.count == 98)
    #expect(checklists.filter { $0.hasSuffix(".html") }.count == 49)
    #expect(checklists.contains("1490-Borås.csv"))
    #expect(checklists.contains("1490-Borås.html"))
    #expect(checklists.contains("1462-Lilla-Edet.csv"))
    #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("svar").path))
    let readme = try String(
      contentsOf: workspace.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("Västra Götalands län"))
    #expect(readme.contains("2026-host"))
    let before = Self.listing(workspace)
    let second = runAudit(["init", "omgang", "--region", "14"], in: parent)
    #expect(second.status == 73)
    #expect(second.stderr.contains("mappen är inte tom"))
    #expect(Self.listing(workspace) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path)
    #expect(leftovers == ["omgang"])
  }

  @Test func everyChecklistOfAnInitValidatesUnanswered() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    #expect(runAudit(["init", "r", "--region", "Blekinge"], in: parent).status == 0)
    let run = runAudit(["validate", "r/checklistor"], in: parent)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Kontrollerade 5 filer: giltiga 5"))
    // The forms beside the checklists are not responses; each is named, with what to do.
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(
      lines.allSatisfy { $0.contains(".html: filen läses inte: ett formulär (HTML) är inget svar") }
    )
  }

  @Test func unknownRegionIsAUsageError() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let run = runAudit(["init", "x", "--region", "99"], in: parent)
    #expect(run.status == 64)
    #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("x").path))
  }
}
