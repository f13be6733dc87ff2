import Foundation

/// Why a municipality or county could not be found from what the user wrote.
public struct LookupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What the user wrote.
  public var query: String
  /// What kind of thing was looked for, in Swedish (`kommun`, `län`).
  public var what: String
  /// The nearest matches, formatted `kod namn`.
  public var suggestions: [String]
  /// Whether the query matched several equally well.
  public var isAmbiguous: Bool

  /// Swedish description with the suggestions.
  public var description: String {
    let head =
      isAmbiguous
      ? "\"\(query)\" kan avse flera: \(suggestions.joined(separator: ", "))"
      : "hittar \(what == "län" ? "inget" : "ingen") \(what) \"\(query)\""
    if isAmbiguous { return "\(head) — ange koden" }
    if suggestions.isEmpty {
      return "\(head) — ange en kod eller ett namn; 'audit municipalities' listar alla"
    }
    return "\(head) — menade du \(suggestions.joined(separator: " eller "))?"
  }
}

extension Register {
  /// Finds a municipality by SCB code (`1490`) or name (`Borås`, any case).
  ///
  /// An exact name wins; otherwise a name that matches without diacritics
  /// (`Boras`) is accepted when it is the only one. Misspellings and unknown codes
  /// give a ``LookupError`` with the nearest codes and names.
  public func municipality(_ query: String) throws(LookupError) -> Municipality {
    let text = TextFolding.trimmed(query, .whitespaces)
    if let match = municipalities.first(where: { $0.code == text }) { return match }
    if let match = municipalities.first(where: {
      $0.name.compare(text, options: .caseInsensitive) == .orderedSame
    }) {
      return match
    }
    let folded = Suggestions.folded(text)
    let loose = municipalities.filter { Suggestions.folded($0.name) == folded }
    if loose.count == 1, let match = loose.first { return match }
    if loose.count > 1 {
      throw LookupError(
        query: query, what: "kommun", suggestions: loose.map { "\($0.code) \($0.name)" },
        isAmbiguous: true)
    }
    var suggestions: [Municipality] = []
    if text.allSatisfy(\.isNumber) {
      let codes = Suggestions.nearest(to: text, among: municipalities.map(\.code))
      suggestions = codes.compactMap { code in municipalities.first { $0.code == code } }
    } else {
      let names = Suggestions.nearest(to: text, among: municipalities.map(\.name))
      suggestions = names.compactMap { name in municipalities.first { $0.name == name } }
    }
    throw LookupError(
      query: query, what: "kommun", suggestions: suggestions.map { "\($0.code) \($0.name)" },
      isAmbiguous: false)
  }

  /// Finds a county by code (`14`, `1` is read as `01`) or name (`Västra Götaland`).
  public func county(_ query: String) throws(LookupError) -> County {
    let text = TextFolding.trimmed(query, .whitespaces)
    let code = text.count == 1 && text.allSatisfy(\.isNumber) ? "0" + text : text
    if let match = counties.first(where: { $0.code == code }) { return match }
    let folded = Suggestions.folded(text)
    if let match = counties.first(where: {
      let name = Suggestions.folded($0.name)
      return name == folded || name == folded + " lan" || name == folded + "s lan"
    }) {
      return match
    }
    // Compare with the short form people type: "Västra Götaland" for "Västra Götalands län".
    let short = counties.map { county -> (String, County) in
      var name = county.name
      if name.hasSuffix(" län") { name = String(name.dropLast(4)) }
      if name.hasSuffix("s"), !name.hasSuffix("ss") { name = String(name.dropLast()) }
      return (name, county)
    }
    let names = Suggestions.nearest(to: text, among: short.map(\.0))
    let suggestions = names.compactMap { name in short.first { $0.0 == name }?.1 }
    throw LookupError(
      query: query, what: "län", suggestions: suggestions.map { "\($0.code) \($0.name)" },
      isAmbiguous: false)
  }
}
