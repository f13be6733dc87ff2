import Foundation
import Testing

@testable import AuditModel

/// The binary carries checklists/ as generated Swift; these tests keep the two equal.
struct EmbeddedFilesTests {
  static let generatedPath = "Sources/AuditModel/Generated/EmbeddedFiles.swift"

  @Test func generatedSwiftMatchesTheDataFiles() throws {
    let model = TestPaths.tree(TestPaths.repo("checklists/model"), suffixes: [".json"])
    let register = TestPaths.tree(TestPaths.repo("checklists/register"), suffixes: [".csv"])
    let templates = TestPaths.tree(
      TestPaths.repo("templates"), suffixes: [".md", ".html", ".css", ".js"]
    )
    .filter { $0.key != "README.md" }
    let examples = TestPaths.tree(TestPaths.repo("examples"), suffixes: [".csv", ".json", ".md"])
    let expected = EmbeddedFilesGenerator.source(
      model: model, register: register, templates: templates, examples: examples)
    let url = TestPaths.repo(Self.generatedPath)
    let mismatch = goldenMismatch(expected, golden: url)
    #expect(
      mismatch == nil,
      "\(Self.generatedPath) is out of date: run AUDIT_RECORD=1 swift test --filter EmbeddedFilesTests"
    )
  }

  @Test func embeddedModelEqualsTheModelFolder() throws {
    let folder = try ModelFiles.read(directory: TestPaths.repo("checklists/model").path)
    #expect(!folder.files.isEmpty)
    let embedded = Dictionary(
      uniqueKeysWithValues: ModelFiles.embedded.files.map { ($0.path, $0.text) })
    let onDisk = Dictionary(uniqueKeysWithValues: folder.files.map { ($0.path, $0.text) })
    let differing = Set(embedded.keys).union(onDisk.keys).filter { embedded[$0] != onDisk[$0] }
    #expect(differing.isEmpty, "embedded model differs in: \(differing.sorted())")
    #expect(ModelFiles.embedded.files.map(\.path) == folder.files.map(\.path))
  }

  @Test func embeddedRegisterEqualsTheRegisterFolder() throws {
    let folder = TestPaths.repo("checklists/register")
    let municipalities = try String(
      contentsOf: folder.appendingPathComponent("kommuner.csv"), encoding: .utf8)
    let counties = try String(contentsOf: folder.appendingPathComponent("lan.csv"), encoding: .utf8)
    let parsed = Register.parse(municipalities: municipalities, counties: counties)
    #expect(Register.embedded == parsed, "the embedded register differs from checklists/register")
    #expect(Register.embedded.municipalities.count == 290)
    #expect(Register.embedded.counties.count == 21)
  }
}

/// Writes the Swift source that embeds the data files.
enum EmbeddedFilesGenerator {
  static func source(
    model: [String: String], register: [String: String], templates: [String: String],
    examples: [String: String]
  ) -> String {
    var out = """
      // swift-format-ignore-file
      // Generated from checklists/ by
      //   AUDIT_RECORD=1 swift test --filter EmbeddedFilesTests
      // Do not edit: edit the files in checklists/ and regenerate. A test fails
      // while this file and checklists/ differ.

      /// The data files shipped inside the binary, so an installed `audit` needs no
      /// source tree.
      public enum EmbeddedFiles {
        /// checklists/model: `(path relative to the folder, text)`.
        public static let model: [(path: String, text: String)] = \(literal(model))

        /// checklists/register: `(file name, text)`.
        public static let register: [(path: String, text: String)] = \(literal(register))

        /// templates: `(file name, text)`.
        public static let templates: [(path: String, text: String)] = \(literal(templates))

        /// examples: the fictional county that `audit demo` runs on.
        public static let examples: [(path: String, text: String)] = \(literal(examples))
      }

      """
    out = out.replacingOccurrences(of: "\r\n", with: "\n")
    return out
  }

  private static func literal(_ files: [String: String]) -> String {
    if files.isEmpty { return "[]" }
    var out = "[\n"
    for path in files.keys.sorted() {
      let text = files[path] ?? ""
      if text.unicodeScalars.contains("\r") {
        out += "    (\"\(path)\", \(escaped(text))),\n"
        continue
      }
      var hashes = "#"
      while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
      out += "    (\n      \"\(path)\",\n      \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)\n    ),\n"
    }
    return out + "  ]"
  }

  /// A one-line string literal, for texts whose line endings must survive (CRLF).
  private static func escaped(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{FEFF}": out += "\\u{FEFF}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
