/// One question of the offline form: the control its answer kind needs, its footing and
/// the evidence asked for, comment and evidence fields, and a place for live messages.
extension ChecklistForm {
  /// The `fieldset` for one question (`data-question` is the test contract).
  func fieldset(_ row: Checklist.Row) -> String {
    let id = row.questionID
    let key = Self.elementKey(id)
    var out = "<fieldset class=\"question\" data-question=\"\(HTML.escape(id))\" "
    out += "data-kind=\"\(row.answerKind.rawValue)\" "
    if row.notApplicable != nil { out += "data-not-applicable=\"ja\" " }
    out += "aria-describedby=\"\(key)-om\">\n"
    out += "<legend><span class=\"qid\">\(HTML.escape(id))</span> "
    out += "\(HTML.escape(row.question))</legend>\n"
    out += "<p class=\"about\" id=\"\(key)-om\">"
    out += "<span class=\"footing\">\(HTML.escape(Self.footing(of: row).capitalizedFirst))</span>"
    out += ", plikt \(HTML.escape(row.dutyID)) \(HTML.escape(row.duty)) "
    out += "(\(HTML.escape(row.citation))). "
    out += "Underlag som efterfrågas: \(HTML.escape(row.evidence))"
    if let when = row.notApplicable {
      out += " Ej aktuellt kan svaras när: \(HTML.escape(when))"
    }
    out += "</p>\n"
    out += carryNote(row, key: key)
    out += control(row, key: key)
    out += "<div class=\"extra\">"
    let reason = row.notApplicable == nil ? "" : " (skäl om ej aktuellt)"
    out += "<label for=\"\(key)-kommentar\">Kommentar\(reason)</label>"
    out += "<textarea id=\"\(key)-kommentar\" data-part=\"comment\" rows=\"2\" "
    out += "aria-describedby=\"\(key)-fel\"></textarea>"
    out += "<label for=\"\(key)-underlag\">Underlag ni har (dokument, beslut, datum)</label>"
    out += "<input id=\"\(key)-underlag\" data-part=\"evidence\" type=\"text\">"
    out += "</div>\n"
    out += "<p class=\"message\" id=\"\(key)-fel\" aria-live=\"polite\"></p>\n"
    out += "</fieldset>\n"
    return out
  }

  /// What the previous round says about the question, with a box to confirm a carried answer.
  private func carryNote(_ row: Checklist.Row, key: String) -> String {
    switch row.mark {
    case .carried(let round, let answer):
      var out = "<p class=\"carried\">Svaret är överfört från omgång \(HTML.escape(round)) "
      out += "(\(HTML.escape(answer))). Ändra det, eller bekräfta att det stämmer i dag: "
      out += "<input type=\"checkbox\" id=\"\(key)-bekraftat\" data-part=\"confirm\">"
      out += "<label for=\"\(key)-bekraftat\">svaret stämmer fortfarande</label></p>\n"
      return out
    case .newQuestion:
      return "<p class=\"carried\">Ny fråga sedan förra omgången.</p>\n"
    case .changedQuestion:
      return "<p class=\"carried\">Frågan har ändrats sedan förra omgången, så det gamla "
        + "svaret är inte överfört. Svara på nytt.</p>\n"
    case .confirmed, nil:
      return ""
    }
  }

  /// The answer control for one question.
  private func control(_ row: Checklist.Row, key: String) -> String {
    switch row.answerKind {
    case .yesPartialNo:
      var out = "<div class=\"choices\">"
      // "ej aktuellt" only where the model says when it can be true.
      let words = AnswerValue.scoredWords.filter {
        row.notApplicable != nil || $0 != "ej aktuellt"
      }
      for (index, word) in words.enumerated() {
        let input = "\(key)-svar-\(index)"
        out += "<span class=\"choice\"><input type=\"radio\" id=\"\(input)\" name=\"\(key)-svar\" "
        out +=
          "value=\"\(word)\" data-part=\"answer\"><label for=\"\(input)\">\(word)</label></span>"
      }
      return out + "</div>\n"
    case .number:
      return valueWithOther(
        row, key: key, label: "Antal",
        input: "<input id=\"\(key)-varde\" data-part=\"value\" type=\"text\" "
          + "inputmode=\"decimal\" autocomplete=\"off\" aria-describedby=\"\(key)-fel\">")
    case .date:
      return valueWithOther(
        row, key: key, label: "Datum",
        input: "<input id=\"\(key)-varde\" data-part=\"value\" type=\"date\" "
          + "aria-describedby=\"\(key)-fel\">")
    case .choice:
      var out = "<div class=\"value\"><label for=\"\(key)-varde\">Välj</label>"
      out += "<select id=\"\(key)-varde\" data-part=\"answer\" aria-describedby=\"\(key)-fel\">"
      out += "<option value=\"\">(inget svar än)</option>"
      for choice in row.choices + Self.otherWords(row) {
        out += "<option>\(HTML.escape(choice))</option>"
      }
      return out + "</select></div>\n"
    case .text:
      return "<div class=\"value\"><label for=\"\(key)-varde\">Svar</label>"
        + "<textarea id=\"\(key)-varde\" data-part=\"answer\" rows=\"3\"></textarea></div>\n"
    }
  }

  /// The answers besides the question's own: "vet ej", and "ej aktuellt" where the model
  /// allows it.
  static func otherWords(_ row: Checklist.Row) -> [String] {
    row.notApplicable == nil ? ["vet ej"] : ["vet ej", "ej aktuellt"]
  }

  /// A number or date field with a list for "vet ej" (and "ej aktuellt") beside it.
  private func valueWithOther(_ row: Checklist.Row, key: String, label: String, input: String)
    -> String
  {
    var out = "<div class=\"value\"><label for=\"\(key)-varde\">\(label)</label>\(input)"
    out += "<label for=\"\(key)-annat\">eller</label>"
    out += "<select id=\"\(key)-annat\" data-part=\"other\">"
    out += "<option value=\"\">—</option>"
    out += Self.otherWords(row).map { "<option>\($0)</option>" }.joined()
    return out + "</select></div>\n"
  }

  /// A question id made safe as an element id: `D001-1` becomes `q-D001-1`.
  static func elementKey(_ id: String) -> String {
    "q-" + String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
  }
}
