import Foundation

/// Checks the cells of register rows, collecting diagnostics.
struct CellChecker {
  let file: String
  var diagnostics: [Diagnostic]

  mutating func error(_ cell: RawResponse.Cell, _ message: String, help: String) {
    let text = cell.column.map { "\($0): \(message)" } ?? message
    diagnostics.append(Diagnostic(.error, file: file, at: cell.position, text, help: help))
  }

  mutating func municipality(_ cell: RawResponse.Cell?, register: Register) -> String? {
    guard let cell, !cell.trimmed.isEmpty else { return nil }
    do {
      return try register.municipality(cell.trimmed).code
    } catch let lookup {
      error(
        cell, "okänd kommun \"\(cell.trimmed)\"",
        help: lookup.suggestions.isEmpty
          ? "skriv SCB:s kommunkod"
          : "menade du \(lookup.suggestions.joined(separator: " eller "))?")
      return nil
    }
  }

  mutating func choice<T>(_ cell: RawResponse.Cell?, _ allowed: [(String, T)]) -> T? {
    guard let cell else { return nil }
    let folded = Suggestions.folded(cell.trimmed)
    if let match = allowed.first(where: { Suggestions.folded($0.0) == folded }) { return match.1 }
    let names = allowed.map(\.0)
    let hint = Suggestions.nearest(to: cell.trimmed, among: names).first
    error(
      cell, cell.trimmed.isEmpty ? "värde saknas" : "\"\(cell.trimmed)\" är inget tillåtet värde",
      help: hint.map { "menade du \"\($0)\"?" } ?? "använd ett av: \(names.joined(separator: ", "))"
    )
    return nil
  }

  mutating func list(_ cell: RawResponse.Cell?, allowed: [String]) -> [String] {
    var result: [String] = []
    for item in RegisterTable.list(cell) {
      if let match = allowed.first(where: { Suggestions.folded($0) == Suggestions.folded(item) }) {
        result.append(match)
      } else if let cell {
        let hint = Suggestions.nearest(to: item, among: allowed).first
        error(
          cell, "\"\(item)\" är inget tillåtet värde",
          help: hint.map { "menade du \"\($0)\"?" } ?? "använd: \(allowed.joined(separator: ", "))")
      }
    }
    return result
  }

  mutating func integer(_ cell: RawResponse.Cell?) -> Int? {
    guard let cell, !cell.trimmed.isEmpty else { return nil }
    let digits = cell.trimmed.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
    guard let value = Int(digits), value >= 0 else {
      error(cell, "\"\(cell.trimmed)\" är inget heltal", help: "skriv bara siffror, t.ex. 450 000")
      return nil
    }
    return value
  }

  mutating func day(_ cell: RawResponse.Cell?) -> Day? {
    guard let cell, !cell.trimmed.isEmpty else { return nil }
    guard let day = Day(cell.trimmed) else {
      error(cell, "\"\(cell.trimmed)\" är inget datum", help: "skriv ÅÅÅÅ-MM-DD")
      return nil
    }
    return day
  }

  mutating func flag(_ cell: RawResponse.Cell?) -> Bool? {
    guard let cell else { return nil }
    switch AnswerValue.normalized(cell.trimmed) {
    case "ja": return true
    case "nej", "": return false
    default:
      error(cell, "\"\(cell.trimmed)\" ska vara ja eller nej", help: "skriv ja eller nej")
      return nil
    }
  }
}
