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
        check.error(row.dutyID, AnswerMessages.exceptionWithoutDuty, [:])
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
      let values = ["plikt": id, "svar": row.validUntil.trimmed]
      guard seen.insert(id).inserted else {
        check.error(row.dutyID, AnswerMessages.exceptionTwice, values)
        continue
      }
      let justification = row.justification.trimmed
      if justification.isEmpty {
        check.error(row.justification, AnswerMessages.exceptionWithoutJustification, values)
      }
      guard let until = Day(row.validUntil.trimmed) else {
        check.error(
          row.validUntil,
          row.validUntil.trimmed.isEmpty
            ? AnswerMessages.exceptionWithoutEnd : AnswerMessages.exceptionEndNotDate, values)
        continue
      }
      if let day, until < day {
        let expired = AnswerMessages.exceptionExpired
        let all = values.merging(
          ["datum": until.description, "referensdatum": day.description]) { $1 }
        check.warn(
          row.validUntil.position, AnswerMessages.Template.fill(expired.message, all),
          help: AnswerMessages.Template.fill(expired.help, all))
      }
      if !justification.isEmpty {
        result.append(DutyException(dutyID: id, justification: justification, validUntil: until))
      }
    }
    return result
  }
}
