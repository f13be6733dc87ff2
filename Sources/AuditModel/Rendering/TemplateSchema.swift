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
