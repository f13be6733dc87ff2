/// The offline form: one self-contained HTML file per checklist that a municipality (or a
/// civil-society organisation) fills in in a browser, with no network and no server.
///
/// The page carries its rules as a JSON block generated from the model and from
/// ``AnswerMessages`` (the same templates `audit validate` uses), so the script never holds
/// a rule of its own. "Spara svar" writes the checklist's own CSV with the answers filled in,
/// which `audit validate` reads unchanged. Test contract: each question is a `fieldset`
/// with `data-question="<fråga-id>"`, and the save button's text starts with "Spara".
public struct ChecklistForm: Sendable {
  /// The format's name and version, written into the page and into every saved file.
  public static let formatName = "audit-formulär 1"
  /// The metadata label under which a saved file names the form that made it.
  public static let formLabel = ChecklistFormat.form.label

  /// The checklist the form is made from.
  public var checklist: Checklist
  /// The version of the tool that wrote the form, e.g. `0.1.0`.
  public var toolVersion: String
  /// The stylesheet, normally `templates/form.css`.
  public var stylesheet: String
  /// The script, normally `templates/form.js`.
  public var script: String

  /// Creates a form for `checklist` with the shipped stylesheet and script.
  public init(checklist: Checklist, toolVersion: String) {
    self.init(
      checklist: checklist, toolVersion: toolVersion,
      stylesheet: Self.embeddedTemplate("form.css"), script: Self.embeddedTemplate("form.js"))
  }

  /// Creates a form with a given stylesheet and script.
  public init(checklist: Checklist, toolVersion: String, stylesheet: String, script: String) {
    self.checklist = checklist
    self.toolVersion = toolVersion
    self.stylesheet = stylesheet
    self.script = script
  }

  /// A shipped template file's text, or an empty text when it is missing.
  static func embeddedTemplate(_ name: String) -> String {
    EmbeddedFiles.templates.first { $0.path == name }?.text ?? ""
  }

  /// The words that say which footing a question stands on, e.g. "Krav i lag — Lagen kräver
  /// detta (13 kap. 1 § SoL 2025:400)." or "God praxis — Vanlig god praxis är att göra så
  /// (källa: …)."
  public static func footing(of row: Checklist.Row) -> String {
    let label = row.footing.label
    return label.prefix(1).uppercased() + label.dropFirst() + " — " + row.footing.sentence
  }

  /// The file name "Spara svar" suggests, e.g. `1490-Borås.csv`.
  public var fileName: String {
    let metadata = checklist.metadata
    var stem = "\(metadata.municipalityCode)-\(SafeFileName.stem(metadata.municipalityName))"
    if metadata.perspective == .civilSociety {
      stem += "-\(SafeFileName.stem(metadata.organisation))"
    }
    return stem + ".csv"
  }

  /// What the page says made it, e.g. `audit-formulär 1, audit 0.1.0, modellversion 2026.11.1`.
  public var producer: String {
    "\(Self.formatName), audit \(toolVersion), modellversion \(checklist.metadata.modelVersion)"
  }

  /// The whole page.
  public func html() -> String {
    let metadata = checklist.metadata
    let who =
      metadata.perspective == .civilSociety
      ? "\(metadata.organisation) om \(metadata.municipalityName)" : metadata.municipalityName
    let title = "Checklista: \(who) (\(metadata.municipalityCode)), omgång \(metadata.round)"
    var out = """
      <!DOCTYPE html>
      <html lang="sv">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(HTML.escape(producer))">
      <title>\(HTML.escape(title))</title>
      <style>
      \(stylesheet)</style>
      </head>
      <body>
      <header>
      <h1>\(HTML.escape(title))</h1>

      """
    out += introduction
    out += "</header>\n<main>\n"
    out += respondentSection
    out += areaNavigation
    for (index, area) in areas.enumerated() {
      out += section(index: index, title: area.title, rows: area.rows)
    }
    out += exceptionsSection
    out += "</main>\n"
    out += footer
    out += "<script type=\"application/json\" id=\"form-data\">\n"
    out += Self.scriptSafe(data())
    out += "</script>\n<script>\n\(script)</script>\n</body>\n</html>\n"
    return out
  }

  /// The rows grouped by area, in checklist order.
  var areas: [(title: String, rows: [Checklist.Row])] {
    var groups: [(title: String, rows: [Checklist.Row])] = []
    for row in checklist.rows {
      if let last = groups.indices.last, groups[last].title == row.area {
        groups[last].rows.append(row)
      } else {
        groups.append((row.area, [row]))
      }
    }
    return groups
  }

  private var introduction: String {
    let metadata = checklist.metadata
    var out = "<p>Referensdatum \(metadata.referenceDate): frågorna gäller plikterna den dagen. "
    out += "Perspektiv: \(HTML.escape(metadata.perspectiveLabel)). "
    out += "Formuläret gjordes av \(HTML.escape(producer)).</p>\n"
    out += "<p class=\"notice\">Svaren sparas i den här webbläsaren medan du arbetar, så inget "
    out += "försvinner om du stänger fliken. Inget skickas någonstans. När du är klar trycker du "
    out += "på <strong>Spara svar</strong>: då laddas en CSV-fil ned som du skickar till "
    out += "länsstyrelsen. Ett tomt svar räknas som obesvarat, inte som nej. Skriv inga "
    out += "personuppgifter.</p>\n"
    return out
  }

  private var respondentSection: String {
    """
    <section aria-labelledby="om-svaret">
    <h2 id="om-svaret">Om svaret</h2>
    <p><label for="roll">Besvarad av (roll, inte namn)</label>
    <input id="roll" name="roll" type="text" autocomplete="off"></p>
    </section>

    """
  }

  private var areaNavigation: String {
    var out = "<nav aria-labelledby=\"omraden\">\n<h2 id=\"omraden\">Områden</h2>\n<ol>\n"
    for (index, area) in areas.enumerated() {
      out += "<li><a href=\"#omrade-\(index + 1)\">\(HTML.escape(area.title))</a> "
      out += "<span class=\"count\" data-count-for=\"omrade-\(index + 1)\">"
      out += "0 av \(area.rows.count)</span></li>\n"
    }
    return out + "</ol>\n</nav>\n"
  }

  private func section(index: Int, title: String, rows: [Checklist.Row]) -> String {
    let id = "omrade-\(index + 1)"
    var out = "<section class=\"area\" id=\"\(id)\" aria-labelledby=\"\(id)-rubrik\">\n"
    out += "<h2 id=\"\(id)-rubrik\">\(HTML.escape(title))</h2>\n"
    out += "<p class=\"progress\"><progress id=\"\(id)-progress\" max=\"\(rows.count)\" "
    out += "value=\"0\" aria-labelledby=\"\(id)-rubrik \(id)-count\"></progress> "
    out += "<span id=\"\(id)-count\" data-count-for=\"\(id)\">0 av \(rows.count)</span> "
    out += "besvarade</p>\n"
    for row in rows { out += fieldset(row) }
    return out + "</section>\n"
  }

  private var footer: String {
    """
    <footer class="savebar">
    <p id="total" role="status">0 av \(checklist.rows.count) frågor besvarade</p>
    <p id="problems" role="alert"></p>
    <button type="button" id="spara">Spara svar</button>
    <p id="saved" role="status"></p>
    </footer>

    """
  }

  /// `text` safe inside a `<script>` element: no `</` can end it early.
  static func scriptSafe(_ text: String) -> String {
    text.replacingOccurrences(of: "</", with: "<\\/")
      .replacingOccurrences(of: "<!--", with: "\\u003c!--")
  }
}
