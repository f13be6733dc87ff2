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
