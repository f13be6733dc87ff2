import Foundation

/// Paths in the repository, found from this file's location.
enum TestPaths {
  /// The repository root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // AuditModelTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// A path below the repository root.
  static func repo(_ relative: String) -> URL {
    root.appendingPathComponent(relative)
  }

  /// A path below Tests/AuditModelTests/Fixtures.
  static func fixture(_ relative: String) -> URL {
    repo("Tests/AuditModelTests/Fixtures").appendingPathComponent(relative)
  }

  /// Whether golden files should be re-recorded instead of compared.
  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["AUDIT_RECORD"] == "1"
  }

  /// Every file below `folder` whose name ends in one of `suffixes`, relative path → text.
  static func tree(_ folder: URL, suffixes: [String]) -> [String: String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
    var files: [String: String] = [:]
    while let relative = enumerator.nextObject() as? String {
      guard suffixes.contains(where: { relative.hasSuffix($0) }) else { continue }
      let url = folder.appendingPathComponent(relative)
      if let data = FileManager.default.contents(atPath: url.path) {
        files[relative] = String(decoding: data, as: UTF8.self)
      }
    }
    return files
  }
}

/// Compares `actual` with the golden file at `url`, or records it when
/// `AUDIT_RECORD=1`. Returns a line diff when they differ, `nil` when equal.
func goldenMismatch(_ actual: String, golden url: URL) -> String? {
  if TestPaths.isRecording {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url)
    return nil
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    return "golden file \(url.path) is missing; record it with AUDIT_RECORD=1 and review it"
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return nil }
  let expectedLines = expected.components(separatedBy: "\n")
  let actualLines = actual.components(separatedBy: "\n")
  var diff = "golden file \(url.lastPathComponent) differs:\n"
  for index in 0..<max(expectedLines.count, actualLines.count) {
    let left = index < expectedLines.count ? expectedLines[index] : "<none>"
    let right = index < actualLines.count ? actualLines[index] : "<none>"
    if left != right { diff += "  line \(index + 1):\n  - \(left)\n  + \(right)\n" }
  }
  return diff
}
