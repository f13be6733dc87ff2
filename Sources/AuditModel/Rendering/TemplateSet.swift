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
    @Sendable func load(
      _ name: String, _ language: Template.Language, _ schema: [String: TemplateSchema]
    )
      -> (template: Template?, error: Diagnostic?)
    {
      let shown = root.isEmpty ? name : "\(root)/\(name)"
      guard let text = files[name] else {
        return (
          nil,
          Diagnostic(.error, file: shown, at: nil, "mallen saknas", help: "lägg tillbaka \(name)")
        )
      }
      do throws(TemplateError) {
        return (try Template(text, file: shown, language: language, schema: schema), nil)
      } catch {
        return (nil, error.diagnostic)
      }
    }
    // The four templates are parsed on all cores; errors are listed in this order.
    let wanted: [(String, Template.Language, [String: TemplateSchema])] = [
      ("brief.md", .markdown, Brief.schema), ("brief.html", .html, Brief.schema),
      ("overview.md", .markdown, Overview.schema), ("overview.html", .html, Overview.schema),
    ]
    let loaded = Parallel.map(wanted) { load($0.0, $0.1, $0.2) }
    let errors = loaded.compactMap(\.error)
    guard let briefMarkdown = loaded[0].template, let briefHTML = loaded[1].template,
      let overviewMarkdown = loaded[2].template, let overviewHTML = loaded[3].template
    else {
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
