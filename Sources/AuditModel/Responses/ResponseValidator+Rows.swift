extension ResponseValidator {
  /// Checks every question row against the questions in force on `day`; with no usable
  /// reference date (`day` is `nil`, an error already said so), against every question of the
  /// model, so that the other errors of the file are shown at the same time.
  func checkRows(_ check: inout ValidationState, day: Day?, questions: [String: Question])
    -> [Answer]
  {
    var seen: [String: SourcePosition] = [:]
    var answers: [Answer] = []
    let allQuestions = calendar.allQuestions
    // Worked out once per file, not once per row.
    let inForceToday = day.map { $0 < today } == true ? calendar.stretch(on: today).dutyIDs : []
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
        reportInapplicable(
          &check, row: row, id: id, day: day, known: day == nil ? nil : allQuestions[id])
        continue
      }
      if let day, day < today, !inForceToday.contains(question.dutyID) {
        check.warn(
          row.questionID.position,
          "frågan \(id) gällde den \(day) men gäller inte i dag (\(today))",
          help: "svaret bedöms mot plikterna som gällde referensdatumet")
      }
      let value = parse(&check, row: row, question: question)
      if value == .notApplicable {
        checkNotApplicable(&check, row: row, question: question)
      }
      if let mark = row.carried.flatMap({ CarryMark($0.text) }),
        case .carried(let round, _) = mark, mark.isUnconfirmed(answer: row.answer.text)
      {
        check.unconfirmed.append((id, round))
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
      let scope = AnswerMessages.appliesEverywhere(dutyID: duty?.id, title: duty?.title)
      check.error(
        row.answer, AnswerMessages.notApplicableNotAllowed,
        ["fråga": question.id, "omfattning": scope])
      return
    }
    if row.comment.trimmed.isEmpty {
      check.error(
        row.comment, AnswerMessages.missingReason, ["fråga": question.id, "när": when])
    }
  }

  private func reportInapplicable(
    _ check: inout ValidationState, row: RawResponse.Row, id: String, day: Day?, known: Question?
  ) {
    guard let day, let known, let duty = model.duty(known.dutyID) else {
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
    let values = ["svar": raw, "fråga": question.id]
    switch question.answerKind {
    case .yesPartialNo:
      switch word {
      case "ja": return .yes
      case "delvis": return .partial
      case "nej": return .no
      default:
        let nearest = Suggestions.nearest(to: word, among: AnswerValue.scoredWords).first
        var template = AnswerMessages.notAllowed
        if let nearest {
          template.help = AnswerMessages.Template.fill(
            AnswerMessages.suggestion, ["förslag": nearest])
        }
        check.error(cell, template, values)
        return nil
      }
    case .number:
      if let number = AnswerValue.number(raw) { return .number(number) }
      check.error(cell, AnswerMessages.notNumber, values)
      return nil
    case .date:
      if let day = Day(raw) { return .date(day) }
      check.error(cell, AnswerMessages.notDate, values)
      return nil
    case .choice:
      if let match = question.choices.first(where: { AnswerValue.normalized($0) == word }) {
        return .choice(match)
      }
      check.error(
        cell, AnswerMessages.notChoice,
        values.merging(["alternativ": AnswerMessages.choiceList(question.choices)]) { $1 })
      return nil
    case .text:
      return .text(raw)
    }
  }
}

extension ValidationState {
  /// An error about one cell from a message template, filled in with `values`.
  mutating func error(
    _ cell: RawResponse.Cell, _ template: AnswerMessages.Template, _ values: [String: String]
  ) {
    error(
      cell, AnswerMessages.Template.fill(template.message, values),
      help: AnswerMessages.Template.fill(template.help, values))
  }
}
