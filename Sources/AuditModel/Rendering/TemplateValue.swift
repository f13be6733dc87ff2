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

/// The fields a template may name, and what each one is: the contract between the
/// Swift code that fills a template and the person who rewords it.
public indirect enum TemplateSchema: Hashable, Sendable {
  /// A text or markup value.
  case value
  /// A presence flag.
  case flag
  /// A list whose items have these fields.
  case list([String: TemplateSchema])
  /// An object with these fields.
  case object([String: TemplateSchema])

  /// The fields available inside a section over this field.
  var fields: [String: TemplateSchema] {
    switch self {
    case .list(let fields), .object(let fields): return fields
    case .value, .flag: return [:]
    }
  }
}
