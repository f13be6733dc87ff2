import Foundation
import Testing

@testable import AuditModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Failed and interrupted writes leave nothing behind, say why they failed, and `brief --all`
/// says what it wrote before it stopped.
struct InterruptedWriteTests {
  static let round = "examples/exempellan/2026-host"

  static func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aFullDiskHasItsOwnMessageAndLeavesNoTemporaryFile() throws {
    let folder = try SafeWritingTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("rapport.md").path
    #expect(
      throws: FileSystemError.cannotWrite(
        "\(path): disken är full — frigör utrymme på disken (eller välj en annan mapp) och kör "
          + "kommandot igen")
    ) {
      try FileSystem.writeAtomically(Data("text".utf8), to: path, overwrite: true) { _, _ in
        ENOSPC
      }
    }
    #expect(try Self.names(folder) == [])
  }

  @Test func aMissingPermissionAndAMissingFolderHaveTheirOwnMessages() {
    #expect(
      FileSystem.writeFailure(EACCES, path: "/ut/a.md")
        == .cannotWrite(
          "/ut/a.md: behörighet saknas att skriva i mappen /ut — ändra behörigheten eller välj "
            + "en annan mapp"))
    #expect(
      FileSystem.writeFailure(EROFS, path: "/ut/a.md")
        == FileSystem.writeFailure(EACCES, path: "/ut/a.md"))
    #expect(
      FileSystem.writeFailure(ENOENT, path: "/ut/a.md")
        == .cannotWrite("/ut/a.md: kan inte skriva i mappen /ut — mappen finns inte"))
  }

  @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
    let folder = try SafeWritingTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("underlag")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let stale = [
      ".underlag-9901-Eksvala-politiker.md.4711.tmp",
      ".underlag-9910-Orrsundsta-politiker.md.12.tmp",
    ]
    for name in stale { try Data("halv".utf8).write(to: out.appendingPathComponent(name)) }
    try Data("egen".utf8).write(to: out.appendingPathComponent(".anteckningar.tmp"))
    let run = runAudit(
      ["brief", TestPaths.repo(Self.round).path, "--all", "--out", out.path, "--format", "md"])
    #expect(run.status == 0)
    let left = try Self.names(out)
    #expect(left.count == 11)
    #expect(left.filter { $0.hasPrefix(".") } == [".anteckningar.tmp"])
    // And again with --force, after another killed run.
    try Data("halv".utf8).write(to: out.appendingPathComponent(stale[0]))
    let forced = runAudit(
      [
        "brief", TestPaths.repo(Self.round).path, "--all", "--out", out.path, "--format", "md",
        "--force",
      ])
    #expect(forced.status == 0)
    #expect(try Self.names(out) == left)
  }

  @Test func briefAllThatStopsSaysWhatItWroteAndWhatIsLeft() throws {
    let folder = try SafeWritingTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("underlag")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let existing = out.appendingPathComponent("underlag-9903-Rönnvreta-politiker.md")
    try Data("från förra året".utf8).write(to: existing)
    let run = runAudit(
      ["brief", Self.round, "--all", "--out", out.path, "--format", "md"], in: TestPaths.root)
    #expect(run.status == 73)
    let left = [
      "9903-Rönnvreta", "9904-Gransundby", "9905-Ljungvika", "9906-Tallbrinke",
      "9907-Kvarnholmsta", "9908-Videfjärd", "9909-Ugglemyra", "9910-Orrsundsta",
    ].map { "underlag-\($0)-politiker.md" }
    #expect(
      run.stderr.hasSuffix(
        "Skrev 2 av 10 underlag i \(out.path) innan felet; kvar att skriva: "
          + left.joined(separator: ", ") + "\n"
          + "fel: \(existing.path): filen finns redan — ta bort den, välj ett annat namn eller "
          + "använd --force\n"))
    #expect(try Data(contentsOf: existing) == Data("från förra året".utf8))
    #expect(try Self.names(out).filter { $0.hasPrefix(".") } == [])
  }
}
