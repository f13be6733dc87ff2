/// Checks a ``RawResponse`` against the duty model as of its reference date and the
/// register, and turns it into a ``Response``.
///
/// Every problem is reported, not just the first: metadata, municipality code,
/// question ids (a response to last year's checklist is checked against last year's
/// duties), duplicates, answers, missing reasons for `ej aktuellt`, and
/// personnummer-like strings in free text (a warning).
public struct ResponseValidator: Sendable {
  /// The duty model.
  public let model: DutyModel
  /// The register.
  public var register: Register
  /// Today, for "no longer applies" warnings.
  public var today: Day

  /// Creates a validator.
  public init(model: DutyModel, register: Register, today: Day) {
    self.init(register: register, today: today, calendar: DutyCalendar(model))
  }

  /// Creates a validator for the model of `calendar`, so that several validators (one per
  /// folder and register) share what is in force on each day.
  public init(register: Register, today: Day, calendar: DutyCalendar) {
    self.model = calendar.model
    self.register = register
    self.today = today
    self.calendar = calendar
  }

  /// The duties in force on each day, worked out once.
  public let calendar: DutyCalendar

  /// The outcome of validating one file.
  public struct Result: Sendable {
    /// The response, or `nil` when the file has errors.
    public var response: Response?
    /// Every problem, sorted by position.
    public var diagnostics: [Diagnostic]
    /// Questions in force on the reference date.
    public var applicableQuestions: Int
    /// Of those, how many have an answer.
    public var answeredQuestions: Int
    /// Answers carried forward from the previous round that nobody confirmed or changed.
    public var unconfirmedAnswers = 0
    /// Questions answered "ej aktuellt" where the model never allows it (an error each).
    public var rejectedNotApplicable: [String] = []
  }

  /// Validates `raw`.
  public func validate(_ raw: RawResponse) -> Result {
    var check = ValidationState(raw: raw)
    let metadata = checkMetadata(&check)
    let day = metadata?.referenceDate ?? Day(raw.metadata["referensdatum"]?.trimmed ?? "")
    var answers: [Answer] = []
    var exceptions: [DutyException] = []
    var applicable = 0
    var answered = 0
    if let day {
      let stretch = calendar.stretch(on: day)
      var questions = stretch.questions
      var questionIndex = stretch.questionIndex
      // A civil-society response to civil society's own questionnaire is checked against it;
      // one to the municipality's checklist (as before the questionnaire) against that.
      if metadata?.perspective == .civilSociety, let questionnaire = model.questionnaire,
        raw.rows.contains(where: { questionnaire.item($0.questionID.trimmed) != nil })
      {
        questions = questionnaire.items.map(\.question)
        questionIndex = Dictionary(
          questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      }
      answers = checkRows(&check, day: day, questions: questionIndex)
      exceptions = checkExceptions(&check, day: day, inForce: stretch.dutyIDs)
      applicable = questions.count
      let present = Set(answers.map(\.questionID))
      answered = answers.filter { $0.value != nil && questionIndex[$0.questionID] != nil }.count
      let missing = questions.map(\.id).filter { !present.contains($0) }
      if !missing.isEmpty {
        let shown = missing.prefix(8).joined(separator: ", ") + (missing.count > 8 ? " …" : "")
        check.warn(
          nil,
          "\(Swedish.count(missing.count, "fråga", "frågor")) som gäller den \(day) "
            + "saknas i filen (\(shown))",
          help: "ta fram en ny checklista med 'audit checklist' om rader har tagits bort; "
            + "saknade frågor sänker fullständigheten, inte resultatet")
      }
    } else {
      // The rows are still checked, so that every error of the file is shown at once.
      answers = checkRows(&check, day: nil, questions: calendar.allQuestions)
      exceptions = checkExceptions(&check, day: nil, inForce: Set(model.duties.map(\.id)))
    }
    if let round = check.unconfirmed.first?.round {
      let ids = check.unconfirmed.map(\.id)
      let shown = ids.prefix(8).joined(separator: ", ") + (ids.count > 8 ? " …" : "")
      check.warn(
        nil,
        (ids.count == 1
          ? "1 svar är överfört från omgång \(round) och inte bekräftat"
          : "\(ids.count) svar är överförda från omgång \(round) och inte bekräftade")
          + " (\(shown))",
        help: "kontrollera varje svar: ändra det, eller skriv \(CarryMark.confirmedText) i "
          + "kolumnen \"\(CarryMark.column)\" (i formuläret: kryssa i att svaret stämmer)")
    }
    check.scanForPersonalNumbers()
    let diagnostics = check.diagnostics.sorted()
    let hasErrors = diagnostics.contains(where: \.isError)
    let response = metadata.map {
      Response(metadata: $0, answers: answers, exceptions: exceptions, file: raw.file)
    }
    return Result(
      response: hasErrors ? nil : response, diagnostics: diagnostics,
      applicableQuestions: applicable, answeredQuestions: answered,
      unconfirmedAnswers: check.unconfirmed.count,
      rejectedNotApplicable: check.rejectedNotApplicable)
  }
}
