import Foundation
import Testing

/// The built `audit` binary, copied alone to another folder, works without the
/// repository or the build folder: the model and register are inside it.
struct InstalledBinaryTests {
  /// The `audit` executable beside the test bundle in the build folder.
  static func builtBinary() -> URL? {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("audit")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  static func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func binaryCopiedAloneStillHasItsModel() throws {
    let built = try #require(Self.builtBinary(), "the audit binary is not beside the tests")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-installed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("audit")
    try FileManager.default.copyItem(at: built, to: copy)
    let (lintStatus, lint) = try Self.run(copy, ["lint-model"], in: folder)
    #expect(lintStatus == 0)
    #expect(lint.contains("är korrekt"))
    let (dutiesStatus, duties) = try Self.run(
      copy, ["duties", "--date", "2025-07-01", "--format", "json"], in: folder)
    #expect(dutiesStatus == 0)
    #expect(duties.contains("SoL 2025:400"))
    let (listStatus, list) = try Self.run(copy, ["municipalities", "--region", "14"], in: folder)
    #expect(listStatus == 0)
    #expect(list.contains("49 kommuner."))
  }
}
