/// The brief and overview templates, checked against their fields when loaded.
public struct TemplateSet: Sendable {
  /// The brief in Markdown.
  public var briefMarkdown: Template
  /// The brief in HTML.
  public var briefHTML: Template
  /// The overview in Markdown.
  public var overviewMarkdown: Template
  /// The overview in HTML.
  public var overviewHTML: Template

  /// The template files, relative to the templates folder.
  public static let fileNames = ["brief.md", "brief.html", "overview.md", "overview.html"]

  /// Loads the four templates from `files` (name → text); every problem is returned.
  /// - Parameter root: how the folder is shown in messages.
  public static func load(_ files: [String: String], root: String) -> Result<
    TemplateSet, TemplateLoadError
  > {
    var errors: [Diagnostic] = []
    func load(_ name: String, _ language: Template.Language, _ schema: [String: TemplateSchema])
      -> Template?
    {
      let shown = root.isEmpty ? name : "\(root)/\(name)"
      guard let text = files[name] else {
        errors.append(
          Diagnostic(.error, file: shown, at: nil, "mallen saknas", help: "lägg tillbaka \(name)"))
        return nil
      }
      do {
        return try Template(text, file: shown, language: language, schema: schema)
      } catch {
        errors.append(error.diagnostic)
        return nil
      }
    }
    let briefMarkdown = load("brief.md", .markdown, Brief.schema)
    let briefHTML = load("brief.html", .html, Brief.schema)
    let overviewMarkdown = load("overview.md", .markdown, Overview.schema)
    let overviewHTML = load("overview.html", .html, Overview.schema)
    guard let briefMarkdown, let briefHTML, let overviewMarkdown, let overviewHTML else {
      return .failure(TemplateLoadError(diagnostics: errors))
    }
    return .success(
      TemplateSet(
        briefMarkdown: briefMarkdown, briefHTML: briefHTML, overviewMarkdown: overviewMarkdown,
        overviewHTML: overviewHTML))
  }

  /// The templates shipped inside the binary.
  public static var embedded: Result<TemplateSet, TemplateLoadError> {
    load(
      Dictionary(uniqueKeysWithValues: EmbeddedFiles.templates.map { ($0.path, $0.text) }),
      root: "templates")
  }
}

/// Every problem found in a set of templates.
public struct TemplateLoadError: Error, Sendable {
  /// The problems.
  public var diagnostics: [Diagnostic]
}
