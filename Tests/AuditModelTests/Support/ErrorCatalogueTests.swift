import Foundation
import Testing

@testable import AuditModel

/// docs/felkatalog.md lists every error and warning with its cause and fix. Every
/// message that the fixture corpora produce must be in the catalogue, and every
/// catalogue row not marked † must be produced by some fixture.
struct ErrorCatalogueTests {
  struct Entry {
    var pattern: String
    var isExercised: Bool
    var regex: NSRegularExpression
  }

  static func entries() throws -> [Entry] {
    let text = try String(contentsOf: TestPaths.repo("docs/felkatalog.md"), encoding: .utf8)
    var entries: [Entry] = []
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
      guard cells.count > 2 else { continue }
      let first = String(cells[1]).trimmingCharacters(in: .whitespaces)
      guard let open = first.firstIndex(of: "`"), let close = first.lastIndex(of: "`"), open < close
      else { continue }
      let pattern = String(first[first.index(after: open)..<close])
      let escaped = NSRegularExpression.escapedPattern(for: pattern)
        .replacingOccurrences(of: "…", with: ".*")
      let regex = try NSRegularExpression(pattern: "^" + escaped)
      entries.append(Entry(pattern: pattern, isExercised: !first.contains("†"), regex: regex))
    }
    return entries
  }

  /// Every diagnostic message the fixture corpora produce, without place, column
  /// label and help.
  static func producedMessages() -> [String] {
    var lines: [String] = []
    let responses = TestPaths.fixture("responses")
    for name in BrokenResponseTests.brokenFiles {
      lines += runAudit(
        ["validate", "broken/\(name)", "--model", "../models/valid"], in: responses
      )
      .stderr.split(separator: "\n").map(String.init)
    }
    let models = TestPaths.fixture("models")
    for name in ModelLintTests.brokenModels {
      lines += runAudit(["lint-model", "broken/\(name)"], in: models).stderr
        .split(separator: "\n").map(String.init)
    }
    let registers = TestPaths.fixture("registers")
    lines += runAudit(["validate", "broken"], in: registers).stderr.split(separator: "\n").map(
      String.init)
    // A round with duplicates, strays and files that are not responses.
    if let round = try? MixedRoundTests.round() {
      lines += runAudit(["validate", "omgang", "--model", MixedRoundTests.model], in: round)
        .stderr.split(separator: "\n").map(String.init)
      try? FileManager.default.removeItem(at: round)
    }
    var messages: [String] = []
    let shape = try? NSRegularExpression(pattern: #"^(fel|varning): \S+?(:\d+:\d+)?: (.*)$"#)
    for line in lines {
      let range = NSRange(line.startIndex..., in: line)
      guard let match = shape?.firstMatch(in: line, range: range),
        let body = Range(match.range(at: 3), in: line)
      else { continue }
      var message = String(line[body])
      if let dash = message.range(of: " — ") { message = String(message[..<dash.lowerBound]) }
      if message.hasPrefix("kolumn "), let colon = message.range(of: "): ") {
        message = String(message[colon.upperBound...])
      }
      messages.append(message)
    }
    return messages
  }

  @Test func everyProducedMessageIsInTheCatalogue() throws {
    let entries = try Self.entries()
    #expect(entries.count > 80)
    let messages = Self.producedMessages()
    #expect(messages.count > 40)
    for message in Set(messages).sorted() {
      let range = NSRange(message.startIndex..., in: message)
      let found = entries.contains { $0.regex.firstMatch(in: message, range: range) != nil }
      #expect(found, "not in docs/felkatalog.md: \(message)")
    }
  }

  @Test func everyCatalogueRowWithoutDaggerIsProducedByAFixture() throws {
    let messages = Set(Self.producedMessages())
    for entry in try Self.entries() where entry.isExercised {
      let found = messages.contains { message in
        entry.regex.firstMatch(in: message, range: NSRange(message.startIndex..., in: message))
          != nil
      }
      #expect(found, "no fixture produces: \(entry.pattern) (mark it † or add a fixture)")
    }
  }
}
