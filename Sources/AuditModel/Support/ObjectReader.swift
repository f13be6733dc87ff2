import Foundation

/// Reads the members of one JSON object field by field, collecting every problem
/// as a ``Diagnostic`` instead of stopping at the first.
struct ObjectReader {
  let node: JSONNode
  let file: String
  let what: String
  private(set) var used: Set<String> = []
  private(set) var diagnostics: [Diagnostic] = []

  /// Starts reading `node`, which should be an object describing `what` (Swedish, e.g. "en plikt").
  init(_ node: JSONNode, file: String, what: String) {
    self.node = node
    self.file = file
    self.what = what
    if node.members == nil {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: node.position,
          "väntade ett objekt {…} för \(what) men fann \(node.kindName)",
          help: "skriv \(what) som ett objekt med nycklar inom { }"))
    }
  }

  var isObject: Bool { node.members != nil }

  mutating func member(_ key: String, required: Bool) -> JSONMember? {
    used.insert(key)
    guard let members = node.members else { return nil }
    let matches = members.filter { $0.key == key }
    if matches.count > 1, let second = matches.dropFirst().first {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: second.keyPosition, "nyckeln \"\(key)\" står två gånger",
          help: "ta bort den ena"))
    }
    guard let member = matches.first else {
      if required {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: node.position, "\(what) saknar \"\(key)\"",
            help: "lägg till \"\(key)\""))
      }
      return nil
    }
    return member
  }

  /// A required or optional text; an empty required text is an error.
  mutating func string(_ key: String, required: Bool = true) -> String? {
    guard let member = member(key, required: required) else { return nil }
    guard let text = member.node.string else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara en text men är \(member.node.kindName)",
          help: "skriv värdet inom citattecken"))
      return nil
    }
    if required, TextFolding.trimmed(text).isEmpty {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position, "\"\(key)\" är tom",
          help: "fyll i \(key)"))
      return nil
    }
    return text
  }

  /// An optional boolean, `defaultValue` (normally `false`) when absent.
  mutating func flag(_ key: String, default defaultValue: Bool = false) -> Bool {
    guard let member = member(key, required: false) else { return defaultValue }
    guard case .bool(let value) = member.node.value else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara true eller false men är \(member.node.kindName)",
          help: "skriv true eller false utan citattecken"))
      return defaultValue
    }
    return value
  }

  /// A required number.
  mutating func number(_ key: String) -> (Double, SourcePosition)? {
    guard let member = member(key, required: true) else { return nil }
    guard case .number(let text) = member.node.value, let value = Double(text) else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara ett tal men är \(member.node.kindName)",
          help: "skriv ett tal utan citattecken, t.ex. 0.5"))
      return nil
    }
    return (value, member.node.position)
  }

  /// A required object, read by a nested reader.
  mutating func object(_ key: String, what: String) -> ObjectReader? {
    guard let member = member(key, required: true) else { return nil }
    return ObjectReader(member.node, file: file, what: what)
  }

  /// A required or optional day `YYYY-MM-DD`.
  mutating func day(_ key: String, required: Bool = true) -> (Day, SourcePosition)? {
    guard let member = member(key, required: required) else { return nil }
    guard let text = member.node.string, let day = Day(text) else {
      let shown = member.node.string.map { "\"\($0)\"" } ?? member.node.kindName
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara ett datum men är \(shown)",
          help: "skriv datumet som ÅÅÅÅ-MM-DD, t.ex. \"2025-07-01\""))
      return nil
    }
    return (day, member.node.position)
  }

  /// A required or optional list of texts.
  mutating func strings(_ key: String, required: Bool = true) -> [String]? {
    guard let member = member(key, required: required) else { return nil }
    guard let elements = member.node.elements else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara en lista [ ] men är \(member.node.kindName)",
          help: "skriv värdena inom [ ]"))
      return nil
    }
    var result: [String] = []
    for element in elements {
      if let text = element.string {
        result.append(text)
      } else {
        diagnostics.append(
          Diagnostic(
            .error, file: file, at: element.position,
            "\"\(key)\" ska bara innehålla texter men har \(element.kindName)",
            help: "skriv varje värde inom citattecken"))
      }
    }
    return result
  }

  /// A required or optional list of objects.
  mutating func objects(_ key: String, required: Bool = true) -> [JSONNode]? {
    guard let member = member(key, required: required) else { return nil }
    guard let elements = member.node.elements else {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\"\(key)\" ska vara en lista [ ] men är \(member.node.kindName)",
          help: "skriv posterna inom [ ]"))
      return nil
    }
    return elements
  }

  /// A value that must be one of `allowed`.
  mutating func choice<T>(
    _ key: String, allowed: [(String, T)], required: Bool = true
  ) -> T? {
    guard let member = member(key, required: required) else { return nil }
    let names = allowed.map { "\"\($0.0)\"" }.joined(separator: ", ")
    guard let text = member.node.string, let match = allowed.first(where: { $0.0 == text })
    else {
      let shown = member.node.string.map { "\"\($0)\"" } ?? member.node.kindName
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.node.position,
          "\(shown) är inget tillåtet värde för \"\(key)\"", help: "använd ett av \(names)"))
      return nil
    }
    return match.1
  }

  /// Marks keys as known without reading them (information-only fields).
  mutating func allow(_ keys: [String]) {
    used.formUnion(keys)
  }

  /// Adds a problem about `node`.
  mutating func report(_ node: JSONNode, _ message: String, help: String = "") {
    diagnostics.append(Diagnostic(.error, file: file, at: node.position, message, help: help))
  }

  /// Adds problems found by a nested reader.
  mutating func absorb(_ problems: [Diagnostic]) {
    diagnostics += problems
  }

  /// Reports keys that were never asked for: usually a typo.
  mutating func finish() -> [Diagnostic] {
    let unknown = (node.members ?? []).filter { !used.contains($0.key) }
    if unknown.count > 20, let first = unknown.first {
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: first.keyPosition,
          "\(unknown.count) okända nycklar i \(what)",
          help: "tillåtna nycklar: \(used.sorted().joined(separator: ", "))"))
      return diagnostics
    }
    for member in unknown {
      let suggestion = Suggestions.nearest(to: member.key, among: used.sorted()).first
      let help =
        suggestion.map { "menade du \"\($0)\"?" }
        ?? "tillåtna nycklar: \(used.sorted().joined(separator: ", "))"
      diagnostics.append(
        Diagnostic(
          .error, file: file, at: member.keyPosition,
          "okänd nyckel \"\(member.key)\" i \(what)", help: help))
    }
    return diagnostics
  }
}
