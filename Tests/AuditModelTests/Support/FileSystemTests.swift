import Foundation
import Testing

@testable import AuditModel

/// The file operations written against the system calls give what Foundation gives.
struct FileSystemTests {
  /// Every file below the tests' fixtures and the example county.
  static func files() -> [String] {
    [TestPaths.fixture(""), TestPaths.repo("examples")].flatMap { folder in
      (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
        .map { folder.appendingPathComponent($0).path }
    }
  }

  @Test func modificationDateIsFoundationsOwn() throws {
    let files = Self.files()
    #expect(files.count > 50)
    // A time with nanoseconds, as file systems keep them.
    let touched = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-mtime-\(UUID().uuidString)")
    try Data("x".utf8).write(to: touched)
    defer { try? FileManager.default.removeItem(at: touched) }
    for path in files + [touched.path] {
      let expected =
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
      #expect(FileSystem.modificationDate(path) == expected, "\(path)")
    }
    #expect(FileSystem.modificationDate("/finns/inte") == nil)
  }

  @Test func readGivesTheFileOrNothing() throws {
    for path in Self.files() {
      #expect(FileSystem.read(path) == FileManager.default.contents(atPath: path), "\(path)")
    }
    #expect(FileSystem.read(TestPaths.repo("examples").path) == nil, "a folder is not read")
    #expect(FileSystem.read("/finns/inte") == nil)
  }
}
