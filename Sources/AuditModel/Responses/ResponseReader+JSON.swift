extension ResponseReader {
  /// Reads the JSON form: the metadata keys of ``ChecklistFormat`` and a
  /// `questions` array of objects with `id`, `answer`, `comment` and `evidence` (and
  /// `previousRound`, the mark of `audit init --previous`).
  func readJSON(_ text: String, file: String, encoding: TextEncodingGuess) -> Result {
    let root: JSONNode
    do {
      root = try JSONParser(allowsComments: false).parse(text)
    } catch {
      return failure(file, error.position, error.message, help: "")
    }
    var reader = ObjectReader(root, file: file, what: "svarsfilen")
    var metadata: [String: RawResponse.Cell] = [:]
    for key in ChecklistFormat.metadataKeys {
      guard let member = reader.member(key.json, required: false) else { continue }
      let text: String
      switch member.node.value {
      case .string(let string): text = string
      case .number(let number): text = number
      case .null: text = ""
      default:
        reader.report(member.node, "\"\(key.json)\" ska vara en text")
        continue
      }
      metadata[key.label] = RawResponse.Cell(text, at: member.node.position)
    }
    var rows: [RawResponse.Row] = []
    for node in reader.objects("questions") ?? [] {
      var item = ObjectReader(node, file: file, what: "en fråga")
      item.allow([
        "area", "dutyId", "duty", "question", "allowedAnswers", "citation",
        "strength", "evidenceAsked",
      ])
      func cell(_ key: String, required: Bool) -> RawResponse.Cell {
        guard let member = item.member(key, required: required) else {
          return RawResponse.Cell("", at: node.position)
        }
        switch member.node.value {
        case .string(let string): return RawResponse.Cell(string, at: member.node.position)
        case .number(let number): return RawResponse.Cell(number, at: member.node.position)
        case .bool(let value):
          return RawResponse.Cell(value ? "ja" : "nej", at: member.node.position)
        case .null: return RawResponse.Cell("", at: member.node.position)
        default:
          item.report(member.node, "\"\(key)\" ska vara en text")
          return RawResponse.Cell("", at: member.node.position)
        }
      }
      let id = cell("id", required: true)
      let answer = cell("answer", required: false)
      let comment = cell("comment", required: false)
      let evidence = cell("evidence", required: false)
      let carried = node["previousRound"] == nil ? nil : cell("previousRound", required: false)
      let problems = item.finish()
      reader.absorb(problems)
      if !id.trimmed.isEmpty {
        rows.append(
          RawResponse.Row(
            questionID: id, answer: answer, comment: comment, evidence: evidence,
            carried: carried))
      }
    }
    var exceptions: [RawResponse.ExceptionRow] = []
    reader.allow(["exceptionsInstructions"])
    for node in reader.objects("exceptions", required: false) ?? [] {
      var item = ObjectReader(node, file: file, what: "ett undantag")
      func cell(_ key: String) -> RawResponse.Cell {
        guard let member = item.member(key, required: true) else {
          return RawResponse.Cell("", at: node.position)
        }
        guard let text = member.node.string else {
          item.report(member.node, "\"\(key)\" ska vara en text")
          return RawResponse.Cell("", at: member.node.position)
        }
        return RawResponse.Cell(text, at: member.node.position)
      }
      let row = RawResponse.ExceptionRow(
        dutyID: cell("duty"), justification: cell("justification"), validUntil: cell("validUntil"))
      reader.absorb(item.finish())
      exceptions.append(row)
    }
    let diagnostics = reader.finish()
    var raw = RawResponse(
      file: file, metadata: metadata, start: root.position, rows: rows, encoding: encoding)
    raw.exceptions = exceptions
    return Result(raw: raw, diagnostics: diagnostics)
  }
}
