/// The form's exceptions: duties the municipality covers another way, written into the
/// exceptions table at the end of the saved file, as in the CSV checklist.
extension ChecklistForm {
  /// How many exception rows the form offers.
  static let exceptionRows = 3

  /// The exceptions section, for the municipality's own checklist only.
  var exceptionsSection: String {
    guard checklist.metadata.perspective == .municipality else { return "" }
    var duties: [(id: String, title: String)] = []
    for row in checklist.rows where duties.last?.id != row.dutyID {
      duties.append((row.dutyID, row.duty))
    }
    var options = "<option value=\"\">(inget undantag)</option>"
    for duty in duties {
      options += "<option value=\"\(HTML.escape(duty.id))\">"
      options += "\(HTML.escape(duty.id)) \(HTML.escape(duty.title))</option>"
    }
    var out = "<section class=\"exceptions\" id=\"undantag\" aria-labelledby=\"undantag-rubrik\">\n"
    out += "<h2 id=\"undantag-rubrik\">Undantag</h2>\n"
    out += "<p>\(HTML.escape(ChecklistFormat.exceptionsText))</p>\n"
    for index in 1...Self.exceptionRows {
      let key = "undantag-\(index)"
      out += "<fieldset class=\"exception\" data-exception=\"\(index)\">"
      out += "<legend>Undantag \(index)</legend>\n<div class=\"extra\">"
      out += "<label for=\"\(key)-plikt\">Plikt</label>"
      out += "<select id=\"\(key)-plikt\" data-part=\"duty\">\(options)</select>"
      out += "<label for=\"\(key)-motivering\">Motivering och beslut</label>"
      out += "<textarea id=\"\(key)-motivering\" data-part=\"justification\" rows=\"2\" "
      out += "aria-describedby=\"\(key)-fel\"></textarea>"
      out += "<label for=\"\(key)-till\">Giltigt till och med</label>"
      out += "<input id=\"\(key)-till\" data-part=\"until\" type=\"date\" "
      out += "aria-describedby=\"\(key)-fel\">"
      out += "</div>\n<p class=\"message\" id=\"\(key)-fel\" aria-live=\"polite\"></p>\n"
      out += "</fieldset>\n"
    }
    return out + "</section>\n"
  }
}
