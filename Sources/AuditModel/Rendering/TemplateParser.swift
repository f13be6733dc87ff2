import Foundation

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
