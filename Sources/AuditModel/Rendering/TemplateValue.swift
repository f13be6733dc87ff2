/// A value given to a template: text, a yes/no, a list of items or an object.
public indirect enum TemplateValue: Hashable, Sendable {
  /// Text, escaped for the template's language when written.
  case text(String)
  /// Markup that is already safe for the template's language (e.g. a generated chart).
  case markup(String)
  /// A presence flag for `{{#name}}` sections.
  case flag(Bool)
  /// Items that `{{#name}}…{{/name}}` repeats over.
  case list([TemplateValue])
  /// Named fields.
  case object([String: TemplateValue])

  /// Whether a section over this value renders.
  var isPresent: Bool {
    switch self {
    case .text(let text), .markup(let text): return !text.isEmpty
    case .flag(let flag): return flag
    case .list(let items): return !items.isEmpty
    case .object: return true
    }
  }
}
