extension ResponseValidator {
  /// Checks the exceptions table: known duty in force on `day`, a justification, a
  /// valid last day, no duty twice. Without a usable reference date (`day` is `nil`) every
  /// duty of the model counts as in force and expiry is not checked.
  func checkExceptions(_ check: inout ValidationState, day: Day?, inForce: Set<String>)
    -> [DutyException]
  {
    var seen: Set<String> = []
    var result: [DutyException] = []
    for row in check.raw.exceptions {
      let id = row.dutyID.trimmed
      guard !id.isEmpty else {
        check.error(
          row.dutyID, "undantaget saknar plikt-id",
          help: "skriv id för plikten som undantaget gäller, t.ex. D012")
        continue
      }
      guard inForce.contains(id) else {
        let known = model.duty(id) != nil
        let nearest = Suggestions.nearest(to: id, among: Array(inForce).sorted()).first
        check.error(
          row.dutyID,
          known
            ? "plikten \(id) gäller inte referensdatumet \(day.map(\.description) ?? ""), "
              + "så den kan inte ha undantag"
            : "okänd plikt \"\(id)\" i undantagen",
          help: nearest.map { "menade du \($0)?" } ?? "använd ett plikt-id ur checklistan")
        continue
      }
      guard seen.insert(id).inserted else {
        check.error(row.dutyID, "plikten \(id) har två undantag", help: "slå ihop dem till ett")
        continue
      }
      let justification = row.justification.trimmed
      if justification.isEmpty {
        check.error(
          row.justification, "undantaget för \(id) saknar motivering",
          help: "beskriv hur plikten uppfylls på annat sätt och vilket beslut som gäller")
      }
      guard let until = Day(row.validUntil.trimmed) else {
        check.error(
          row.validUntil,
          row.validUntil.trimmed.isEmpty
            ? "undantaget för \(id) saknar sista giltighetsdag"
            : "\"\(row.validUntil.trimmed)\" är inget datum",
          help:
            "skriv sista dag som undantaget gäller som ÅÅÅÅ-MM-DD; undantag gäller aldrig tills vidare"
        )
        continue
      }
      if let day, until < day {
        check.warn(
          row.validUntil.position,
          "undantaget för \(id) gick ut \(until), före referensdatumet \(day)",
          help: "det räknas inte; plikten bedöms som vanligt och redovisas som utgånget undantag")
      }
      if !justification.isEmpty {
        result.append(DutyException(dutyID: id, justification: justification, validUntil: until))
      }
    }
    return result
  }
}
