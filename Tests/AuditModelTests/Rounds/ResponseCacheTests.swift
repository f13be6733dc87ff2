import Foundation
import Testing

@testable import AuditCLI
@testable import AuditModel

/// The cache of checked responses beside a round folder (``ResponseCache``) never changes what
/// a command prints: a stored outcome reads back equal, an edited file is checked again at
/// once, and a cache with another key or damaged bytes is ignored and written anew.
struct ResponseCacheTests {
  static let today = Day("2026-11-25") ?? Day(ordinal: 0)

  /// Every response file of the example county and of the mixed round (with broken files).
  static func responseFiles() -> [URL] {
    let folders =
      ["2024-host", "2025-var", "2026-host"].map {
        TestPaths.repo("examples/exempellan/\($0)/svar")
      } + [TestPaths.fixture("rounds/mixed/svar")]
    return folders.flatMap { folder in
      FileSystem.contents(of: folder.path).map { folder.appendingPathComponent($0) }
    }
  }

  @Test func everyOutcomeReadsBackEqual() throws {
    let model = try #require(ModelLoader().load(.embedded).model)
    let validator = ResponseValidator(
      model: model,
      register: Register.embedded.addingFiles(
        near: TestPaths.repo("examples/exempellan/2026-host").path),
      today: Self.today)
    var checked = 0
    for url in Self.responseFiles() {
      guard let data = FileSystem.read(url.path) else { continue }
      let outcome = ResponseFiles.check(data, file: url.lastPathComponent, validator: validator)
      let bytes = ResponseCache.encode(outcome)
      let decoded = try bytes.withUnsafeBytes { try ResponseCache.decodeOutcome($0) }
      #expect(decoded == outcome, "\(url.lastPathComponent)")
      // A cut-off payload is an error, never a wrong outcome.
      let cut = Array(bytes.dropLast())
      #expect(throws: BinaryReadError.self) {
        try cut.withUnsafeBytes { try ResponseCache.decodeOutcome($0) }
      }
      checked += 1
    }
    #expect(checked >= 20)
  }

  /// A copy of the example county in a new temporary folder.
  static func county() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-cache-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: TestPaths.repo("examples/exempellan"), to: root)
    return root
  }

  /// Runs `audit` in `folder` with the cache on (as build `tool`) or off.
  static func run(_ arguments: [String], in folder: URL, tool: String?) -> String {
    let out = TextSink()
    let err = TextSink()
    var context = CLIContext(
      today: Self.today, currentDirectory: folder.path,
      timeZone: TimeZone(identifier: "Europe/Stockholm") ?? .current)
    context.cacheTool = tool
    let status = AuditCLI.run(
      arguments: arguments, context: context, stdout: out.append, stderr: err.append)
    return "\(status)\n\(out.text)\n\(err.text)"
  }

  /// The commands that read a round, with the output of each.
  static func outputs(in folder: URL, tool: String?) -> [String] {
    [
      ["validate", "2026-host"], ["score", "2026-host", "--format", "csv"],
      ["compare", "2026-host", "--previous", "2025-var", "--format", "json"],
      ["status", "2026-host"],
      ["brief", "2026-host", "--municipality", "9901", "--format", "md"],
    ].map { run($0, in: folder, tool: tool) }
  }

  @Test func anEditedResponseIsSeenAtOnce() throws {
    let root = try Self.county()
    defer { try? FileManager.default.removeItem(at: root) }
    let cacheFile = root.appendingPathComponent("2026-host/\(ResponseCache.fileName)")
    let uncached = Self.outputs(in: root, tool: nil)
    #expect(!FileManager.default.fileExists(atPath: cacheFile.path))
    let first = Self.outputs(in: root, tool: "test 1")
    let same = first == uncached
    #expect(same, "the cache changes nothing the commands print")
    let written = try Data(contentsOf: cacheFile)
    #expect(written.starts(with: ResponseCache.magic))
    let again = Self.outputs(in: root, tool: "test 1") == uncached
    #expect(again, "a second run reads the cache and prints the same")
    #expect(
      try Data(contentsOf: cacheFile) == written, "a run that finds everything rewrites nothing")

    // One answer changes from ja to nej: every command sees it, with or without the cache.
    let file = root.appendingPathComponent("2026-host/svar/9901-Eksvala.csv")
    var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n")
    let index = try #require(lines.firstIndex { $0.hasPrefix("D001-1;") })
    let edited = lines[index].replacingOccurrences(of: ";ja;", with: ";nej;")
    #expect(edited != lines[index])
    lines[index] = edited
    try lines.joined(separator: "\r\n").write(to: file, atomically: true, encoding: .utf8)
    let after = Self.outputs(in: root, tool: "test 1")
    let fresh = Self.outputs(in: root, tool: nil)
    for index in after.indices {
      // Compared as a Bool, so that a failure names the command instead of printing it all.
      let same = after[index] == fresh[index]
      #expect(same, "command \(index) sees the edit only without the cache")
    }
    let changed = after[1] != first[1]
    #expect(changed, "the score of Eksvala changed")
    #expect(try Data(contentsOf: cacheFile) != written)
  }

  @Test func aCacheWithAnotherKeyOrDamagedBytesIsIgnored() throws {
    let root = try Self.county()
    defer { try? FileManager.default.removeItem(at: root) }
    let round = root.appendingPathComponent("2026-host")
    let cacheFile = round.appendingPathComponent(ResponseCache.fileName)
    let uncached = Self.outputs(in: root, tool: nil)
    _ = Self.outputs(in: root, tool: "test 1")
    let register = Register.embedded.addingFiles(near: round.path)
    let today = Self.today
    let identity = ResponseCache.Identity(tool: "test 1", model: ModelFiles.embedded.fingerprint)
    func stored(_ identity: ResponseCache.Identity, _ register: Register, _ today: Day) -> Int {
      ResponseCache.open(round: round.path, identity: identity, register: register, today: today)?
        .stored.count ?? -1
    }
    #expect(stored(identity, register, today) > 0)
    var otherTool = identity
    otherTool.tool = "test 2"
    #expect(stored(otherTool, register, today) == 0)
    var otherModel = identity
    otherModel.model &+= 1
    #expect(stored(otherModel, register, today) == 0)
    #expect(stored(identity, register, today.adding(days: 1)) == 0)
    #expect(stored(identity, .embedded, today) == 0)
    // A plain folder of checklists has no cache.
    #expect(
      ResponseCache.open(
        round: round.appendingPathComponent("svar").path, identity: identity,
        register: register, today: today) == nil)

    // Damaged in any byte, cut off or replaced: ignored, and written anew.
    let good = try Data(contentsOf: cacheFile)
    for damaged in [
      Data(good.dropLast(3)), Data("skräp".utf8),
      {
        var bytes = good; bytes[bytes.count / 2] ^= 0x01; return bytes
      }(),
    ] {
      try damaged.write(to: cacheFile)
      #expect(stored(identity, register, today) == 0)
      let same = Self.outputs(in: root, tool: "test 1") == uncached
      #expect(same, "a damaged cache changes nothing the commands print")
      #expect(try Data(contentsOf: cacheFile).starts(with: ResponseCache.magic))
    }
  }
}
