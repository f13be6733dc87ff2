extension ResponseValidator {
  /// Checks every question row against the questions in force on `day`.
  func checkRows(_ check: inout ValidationState, day: Day, questions: [String: Question])
    -> [Answer]
  {
    var seen: [String: SourcePosition] = [:]
    var answers: [Answer] = []
    let allQuestions = calendar.allQuestions
    // Worked out once per file, not once per row.
    let inForceToday = day < today ? calendar.stretch(on: today).dutyIDs : []
    for row in check.raw.rows {
      let id = row.questionID.trimmed
      if let earlier = seen[id] {
        check.error(
          row.questionID, "frågan \(id) står två gånger (första gången på rad \(earlier.line))",
          help: "ta bort den ena raden")
        continue
      }
      seen[id] = row.questionID.position
      guard let question = questions[id] else {
        reportInapplicable(&check, row: row, id: id, day: day, known: allQuestions[id])
        continue
      }
      if day < today, !inForceToday.contains(question.dutyID) {
        check.warn(
          row.questionID.position,
          "frågan \(id) gällde den \(day) men gäller inte i dag (\(today))",
          help: "svaret bedöms mot plikterna som gällde referensdatumet")
      }
      let value = parse(&check, row: row, question: question)
      if value == .notApplicable {
        checkNotApplicable(&check, row: row, question: question)
      }
      answers.append(
        Answer(
          questionID: id, value: value, comment: row.comment.trimmed,
          evidence: row.evidence.trimmed, position: row.questionID.position))
    }
    return answers
  }

  /// "Ej aktuellt" is a claim (issue 17): only where the model says when a question can be
  /// not applicable, and then with a reason.
  private func checkNotApplicable(
    _ check: inout ValidationState, row: RawResponse.Row, question: Question
  ) {
    guard let when = question.notApplicable else {
      check.rejectedNotApplicable.append(question.id)
      let duty = model.duty(question.dutyID)
      let scope =
        duty.map { "plikten \($0.id) (\($0.title)) gäller i alla kommuner" }
        ?? "frågan gäller i alla kommuner"
      check.error(
        row.answer, "\"ej aktuellt\" går inte att svara på fråga \(question.id): \(scope)",
        help: "svara ja, delvis, nej eller vet ej, och skriv det som gör läget särskilt i "
          + "kommentar")
      return
    }
    if row.comment.trimmed.isEmpty {
      check.error(
        row.comment, "\"ej aktuellt\" på fråga \(question.id) saknar skäl",
        help: "skriv i kommentar varför frågan inte gäller er (ej aktuellt gäller när: \(when))")
    }
  }

  private func reportInapplicable(
    _ check: inout ValidationState, row: RawResponse.Row, id: String, day: Day, known: Question?
  ) {
    guard let known, let duty = model.duty(known.dutyID) else {
      let nearest = Suggestions.nearest(to: id, among: model.questions.map(\.id)).first
      check.error(
        row.questionID, "okänd fråga \"\(id)\"",
        help: nearest.map { "menade du \($0)?" }
          ?? "fråga-id ska vara oförändrat från checklistan")
      return
    }
    let days = duty.basis.compactMap { model.provision($0.provision) }
    let first = days.map(\.validFrom).min()
    let last = days.compactMap(\.validUntil).max()
    let span: String
    if let first, let first2 = Optional(first), first2 > day {
      span = "plikten \(duty.id) gäller först från \(first)"
    } else if let last, last < day {
      span = "plikten \(duty.id) upphörde efter \(last)"
    } else {
      span = "plikten \(duty.id) gällde inte då"
    }
    check.error(
      row.questionID, "frågan \(id) gäller inte referensdatumet \(day): \(span)",
      help: "ta bort raden, eller kontrollera referensdatumet")
  }

  private func parse(_ check: inout ValidationState, row: RawResponse.Row, question: Question)
    -> AnswerValue?
  {
    let raw = row.answer.trimmed
    guard !raw.isEmpty else { return nil }
    let word = AnswerValue.normalized(raw)
    if let common = AnswerValue.commonWord(word) { return common }
    let cell = row.answer
    switch question.answerKind {
    case .yesPartialNo:
      switch word {
      case "ja": return .yes
      case "delvis": return .partial
      case "nej": return .no
      default:
        let nearest = Suggestions.nearest(to: word, among: AnswerValue.scoredWords).first
        check.error(
          cell, "\"\(raw)\" är inget tillåtet svar på fråga \(question.id)",
          help: nearest.map { "menade du \"\($0)\"?" }
            ?? "svara ja, delvis, nej, vet ej eller ej aktuellt")
        return nil
      }
    case .number:
      if let number = AnswerValue.number(raw) { return .number(number) }
      check.error(
        cell, "\"\(raw)\" är inget tal (fråga \(question.id))",
        help: "skriv bara siffror, t.ex. 12 eller 1,5; eller vet ej")
      return nil
    case .date:
      if let day = Day(raw) { return .date(day) }
      check.error(
        cell, "\"\(raw)\" är inget datum (fråga \(question.id))",
        help: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01; eller vet ej")
      return nil
    case .choice:
      if let match = question.choices.first(where: { AnswerValue.normalized($0) == word }) {
        return .choice(match)
      }
      check.error(
        cell, "\"\(raw)\" är inget av alternativen för fråga \(question.id)",
        help:
          "välj ett av: \((question.choices + ["vet ej", "ej aktuellt"]).joined(separator: " / "))")
      return nil
    case .text:
      return .text(raw)
    }
  }
}
