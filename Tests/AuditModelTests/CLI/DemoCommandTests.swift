import Foundation
import Testing

@testable import AuditModel

/// `audit demo` runs the whole chain on the fictional county; every page says so,
/// and the output is the same byte for byte on every run.
struct DemoCommandTests {
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-demo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func files(_ root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
      let path = root.appendingPathComponent(relative).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[relative] = FileManager.default.contents(atPath: path)
      }
    }
    return result
  }

  @Test func demoWritesEveryDocumentAndEachSaysItIsFictional() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let run = runAudit(["demo", "--out", "ut"], in: parent)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("fiktivt"))
    #expect(run.stdout.contains("oversikt.html"))
    let files = Self.files(parent.appendingPathComponent("ut"))
    let pages = files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".md") }
      .filter { !$0.key.hasPrefix("exempeldata/") }
    #expect(pages.count >= 2 * 2 * 8 + 4)
    for (name, data) in pages {
      let text = String(decoding: data, as: UTF8.self)
      #expect(text.contains("Fiktiva uppgifter"), "\(name) does not say the data is fictional")
    }
    for required in [
      "oversikt.html", "oversikt.md", "jamforelse/jamforelse.html", "jamforelse/jamforelse.csv",
      "jamforelse/jamforelse.json", "LÄS-MIG.md",
    ] {
      #expect(files[required] != nil, "\(required) missing")
    }
    #expect(files.keys.contains { $0.hasPrefix("checklistor/") && $0.hasSuffix(".csv") })
    #expect(files.keys.contains { $0.hasPrefix("bedomning/2026-host/") })
    #expect(
      files.keys.filter { $0.hasPrefix("underlag/politiker/") && $0.hasSuffix(".html") }.count >= 8)
  }

  @Test func demoRefusesANonEmptyFolderUnlessForced() throws {
    let parent = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("ut")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("mitt".utf8).write(to: folder.appendingPathComponent("egen.txt"))
    let refused = runAudit(["demo", "--out", "ut"], in: parent)
    #expect(refused.status == 73)
    #expect(refused.stderr.contains("mappen är inte tom"))
    #expect(Self.files(folder).count == 1)
    let forced = runAudit(["demo", "--out", "ut", "--force"], in: parent)
    #expect(forced.status == 0)
    #expect(Self.files(folder)["egen.txt"] == Data("mitt".utf8))
  }

  @Test func demoIsByteIdenticalOnEveryRun() throws {
    let one = try Self.temporaryFolder()
    let two = try Self.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(at: one)
      try? FileManager.default.removeItem(at: two)
    }
    #expect(runAudit(["demo", "--out", "ut"], in: one).status == 0)
    #expect(runAudit(["demo", "--out", "ut"], today: "2027-03-01", in: two).status == 0)
    let first = Self.files(one.appendingPathComponent("ut"))
    let second = Self.files(two.appendingPathComponent("ut"))
    #expect(first.keys.sorted() == second.keys.sorted())
    let differing = first.keys.filter { first[$0] != second[$0] }.sorted()
    #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
  }
}
