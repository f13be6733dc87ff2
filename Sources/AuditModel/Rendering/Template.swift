import Foundation

/// A small logic-less template (a subset of Mustache): `{{name}}` writes an escaped
/// value, `{{{name}}}` writes ready markup, `{{#name}}…{{/name}}` repeats over a list
/// or shows once on presence, `{{?name}}…{{/name}}` shows once when a list or value
/// is present (for the `<ul>` around a list), `{{^name}}…{{/name}}` shows on absence,
/// `{{! … }}` is a comment. Every name is checked against a ``TemplateSchema`` when the template is
/// loaded, so a misspelt field is an error with file and line, not an empty hole.
public struct Template: Sendable {
  /// How values are escaped.
  public enum Language: String, Sendable {
    /// HTML: `<`, `>`, `&`, quotes.
    case html
    /// Markdown: characters Markdown or inline HTML would read as markup.
    case markdown
  }

  indirect enum Node: Sendable {
    case text(String)
    case value(String, escaped: Bool)
    case section(String, inverted: Bool, body: [Node])
    case presence(String, body: [Node])
  }

  /// The file, for messages.
  public var file: String
  /// The language.
  public var language: Language
  let nodes: [Node]

  /// Parses and checks a template.
  /// - Throws: ``TemplateError`` naming file, line and column.
  public init(_ text: String, file: String, language: Language, schema: [String: TemplateSchema])
    throws(TemplateError)
  {
    self.file = file
    self.language = language
    var parser = TemplateParser(text: text, file: file)
    nodes = try parser.parse(scopes: [schema])
  }

  /// Renders with `context`.
  public func render(_ context: [String: TemplateValue]) -> String {
    var out = ""
    render(nodes, scopes: [.object(context)], into: &out)
    return out
  }

  private func render(_ nodes: [Node], scopes: [TemplateValue], into out: inout String) {
    for node in nodes {
      switch node {
      case .text(let text):
        out += text
      case .value(let name, let escaped):
        switch lookup(name, scopes) {
        case .text(let text):
          out += escaped ? escape(text) : text
        case .markup(let markup):
          out += markup
        default:
          break
        }
      case .presence(let name, let body):
        if lookup(name, scopes)?.isPresent ?? false { render(body, scopes: scopes, into: &out) }
      case .section(let name, let inverted, let body):
        let value = lookup(name, scopes)
        let present = value?.isPresent ?? false
        if inverted {
          if !present { render(body, scopes: scopes, into: &out) }
        } else if present, let value {
          if case .list(let items) = value {
            for item in items { render(body, scopes: scopes + [item], into: &out) }
          } else {
            render(body, scopes: scopes + [value], into: &out)
          }
        }
      }
    }
  }

  private func lookup(_ name: String, _ scopes: [TemplateValue]) -> TemplateValue? {
    for scope in scopes.reversed() {
      if case .object(let fields) = scope, let value = fields[name] { return value }
    }
    return nil
  }

  private func escape(_ text: String) -> String {
    let safe = PersonalNumber.redacted(text)
    switch language {
    case .html: return HTML.escape(safe)
    case .markdown: return Markdown.escape(safe)
    }
  }
}

/// A mistake in a template, with its place.
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The template file.
  public var file: String
  /// Where.
  public var position: SourcePosition
  /// What is wrong and how to fix it, in Swedish.
  public var message: String

  /// The diagnostic form.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, file: file, at: position, message)
  }

  /// `fel: FILE:LINE:COLUMN: message`.
  public var description: String { diagnostic.description }
}

struct TemplateParser {
  let characters: [Character]
  let file: String
  var index = 0
  var line = 1
  var column = 1
  /// Whether the current output line has had nothing but white space and section tags.
  var lineClean = true

  init(text: String, file: String) {
    characters = Array(text)
    self.file = file
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  mutating func advance(_ count: Int = 1) {
    for _ in 0..<count where index < characters.count {
      if characters[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
  }

  func starts(with text: String) -> Bool {
    let needle = Array(text)
    guard index + needle.count <= characters.count else { return false }
    return Array(characters[index..<(index + needle.count)]) == needle
  }

  mutating func parse(
    scopes: [[String: TemplateSchema]], closing: String? = nil, opened: SourcePosition? = nil
  )
    throws(TemplateError) -> [Template.Node]
  {
    var nodes: [Template.Node] = []
    var text = ""
    while index < characters.count {
      guard starts(with: "{{") else {
        text.append(characters[index])
        advance()
        continue
      }
      let start = position
      let triple = starts(with: "{{{")
      advance(triple ? 3 : 2)
      let close = triple ? "}}}" : "}}"
      var tag = ""
      while index < characters.count, !starts(with: close) {
        tag.append(characters[index])
        advance()
      }
      guard index < characters.count else {
        throw TemplateError(
          file: file, position: start, message: "taggen avslutas aldrig — lägg till \(close)")
      }
      advance(close.count)
      tag = TextFolding.trimmed(tag, .whitespaces)
      let isValue = triple || !(tag.first.map { "!/#^?".contains($0) } ?? false)
      if !isValue { stripStandaloneLine(&text) }
      if !text.isEmpty {
        nodes.append(.text(text))
        updateLineState(text)
        text = ""
      }
      if isValue { lineClean = false }
      if tag.hasPrefix("!") { continue }
      if tag.hasPrefix("/") {
        let name = TextFolding.trimmed(String(tag.dropFirst()), .whitespaces)
        guard let closing else {
          throw TemplateError(
            file: file, position: start,
            message: "{{/\(name)}} avslutar ingen sektion — ta bort den")
        }
        guard name == closing else {
          throw TemplateError(
            file: file, position: start,
            message: "{{/\(name)}} avslutar fel sektion — här ska det stå {{/\(closing)}}")
        }
        return nodes
      }
      if tag.hasPrefix("?") {
        let name = TextFolding.trimmed(String(tag.dropFirst()), .whitespaces)
        _ = try resolve(name, scopes: scopes, at: start)
        let body = try parse(scopes: scopes, closing: name, opened: start)
        nodes.append(.presence(name, body: body))
        continue
      }
      if tag.hasPrefix("#") || tag.hasPrefix("^") {
        let inverted = tag.hasPrefix("^")
        let name = TextFolding.trimmed(String(tag.dropFirst()), .whitespaces)
        let schema = try resolve(name, scopes: scopes, at: start)
        let inner = inverted ? scopes : scopes + [schema.fields]
        let body = try parse(scopes: inner, closing: name, opened: start)
        nodes.append(.section(name, inverted: inverted, body: body))
        continue
      }
      let schema = try resolve(tag, scopes: scopes, at: start)
      guard schema == .value else {
        throw TemplateError(
          file: file, position: start,
          message: "\"\(tag)\" är en lista eller ett villkor — använd {{#\(tag)}}…{{/\(tag)}}")
      }
      nodes.append(.value(tag, escaped: !triple))
    }
    if !text.isEmpty { nodes.append(.text(text)) }
    if let closing {
      throw TemplateError(
        file: file, position: opened ?? position,
        message: "sektionen {{#\(closing)}} avslutas aldrig — lägg till {{/\(closing)}}")
    }
    return nodes
  }

  mutating func updateLineState(_ text: String) {
    if let newline = text.lastIndex(of: "\n") {
      lineClean = text[text.index(after: newline)...].allSatisfy { $0 == " " || $0 == "\t" }
    } else {
      lineClean = lineClean && text.allSatisfy { $0 == " " || $0 == "\t" }
    }
  }

  /// A section, closing or comment tag alone on its line takes the line with it, as in
  /// Mustache, so templates can be laid out one tag a line without leaving blank lines.
  mutating func stripStandaloneLine(_ text: inout String) {
    let newline = text.lastIndex(of: "\n")
    let lineStart = newline.map { text.index(after: $0) } ?? text.startIndex
    let before = text[lineStart...]
    guard before.allSatisfy({ $0 == " " || $0 == "\t" }), newline != nil || lineClean else {
      return
    }
    var lookahead = index
    while lookahead < characters.count,
      characters[lookahead] == " " || characters[lookahead] == "\t"
    {
      lookahead += 1
    }
    guard
      lookahead == characters.count || characters[lookahead] == "\n"
        || characters[lookahead] == "\r\n"
    else { return }
    text.removeSubrange(lineStart...)
    advance(lookahead - index + (lookahead < characters.count ? 1 : 0))
    lineClean = true
  }

  func resolve(_ name: String, scopes: [[String: TemplateSchema]], at position: SourcePosition)
    throws(TemplateError) -> TemplateSchema
  {
    for scope in scopes.reversed() {
      if let schema = scope[name] { return schema }
    }
    let known = Set(scopes.flatMap(\.keys)).sorted()
    let hint = Suggestions.nearest(to: name, among: known).first.map { " — menade du \"\($0)\"?" }
    throw TemplateError(
      file: file, position: position,
      message: "okänt fält \"\(name)\"\(hint ?? " — se listan över fält i templates/README.md")")
  }
}
