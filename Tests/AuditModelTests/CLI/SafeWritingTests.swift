import Foundation
import Testing

@testable import AuditModel

/// Writes never lose a filled-in response, never leave half a file, and say clearly
/// when a folder cannot be written.
struct SafeWritingTests {
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-write-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func checklistNeverOverwritesAFileWithoutForce() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let filled = folder.appendingPathComponent("svar.csv")
    try Data("ifyllt svar".utf8).write(to: filled)
    let refused = runAudit(["checklist", "--municipality", "1490", "-o", "svar.csv"], in: folder)
    #expect(refused.status == 73)
    #expect(refused.stderr.contains("kan vara ett ifyllt svar"))
    #expect(try Data(contentsOf: filled) == Data("ifyllt svar".utf8))
    let forced = runAudit(
      ["checklist", "--municipality", "1490", "-o", "svar.csv", "--force"], in: folder)
    #expect(forced.status == 0)
    #expect(try String(contentsOf: filled, encoding: .utf8).contains("kommunkod;1490"))
  }

  @Test func readOnlyFolderGivesExit73AndLeavesNothing() throws {
    guard getuid() != 0 else {
      // root writes through permissions; check the atomic-write error path instead.
      let run = runAudit(["checklist", "--municipality", "1490", "-o", "/proc/audit-test/x.csv"])
      #expect(run.status == 73)
      #expect(run.stderr.contains("kan inte skriva"))
      return
    }
    let folder = try Self.temporaryFolder()
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
      try? FileManager.default.removeItem(at: folder)
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    let run = runAudit(["checklist", "--municipality", "1490", "-o", "x.csv"], in: folder)
    #expect(run.status == 73)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func missingOutputFolderGivesExit73() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = runAudit(["duties", "-o", "finns/inte/fil.txt"], in: folder)
    #expect(run.status == 73)
    #expect(run.stderr.contains("kan inte skriva i mappen"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test(arguments: [
    ("Borås", "Borås"), ("Upplands Väsby", "Upplands-Väsby"),
    ("a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"),
    ("CON", "_CON"), ("  .dolt. ", "dolt"), ("", "namnlos"),
    ("Kvinnojouren \u{0000}Nul", "Kvinnojouren-Nul"),
  ])
  func fileNamesAreSafeOnEveryFileSystem(_ name: String, _ expected: String) {
    #expect(SafeFileName.stem(name) == expected)
  }

  @Test func decomposedSwedishLettersBecomeComposed() {
    let decomposed = "A\u{030A}ma\u{030A}l"
    #expect(SafeFileName.stem(decomposed) == "Åmål")
  }
}
