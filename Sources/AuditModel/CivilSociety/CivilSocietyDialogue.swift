/// Turns an organisation's answers to civil society's questionnaire into questions for the
/// dialogue meeting: where an answer points at a problem, where it says the opposite of the
/// municipality's own answer, and where it disagrees with the agreements register.
public struct CivilSocietyDialogue: Sendable {
  /// The questionnaire.
  public var questionnaire: Questionnaire
  /// The municipality's name.
  public var municipalityName: String
  /// The municipality's own response, if it answered.
  public var municipalityResponse: Response?
  /// The round's agreements with this municipality.
  public var agreements: [Agreement]

  /// Creates the builder.
  public init(
    questionnaire: Questionnaire, municipalityName: String, municipalityResponse: Response?,
    agreements: [Agreement]
  ) {
    self.questionnaire = questionnaire
    self.municipalityName = municipalityName
    self.municipalityResponse = municipalityResponse
    self.agreements = agreements
  }

  /// One point for the meeting.
  public struct Point: Hashable, Sendable {
    /// The questionnaire question it comes from.
    public var questionID: String
    /// The organisation.
    public var organisation: String
    /// The question to ask, with what the answers and the register say before it.
    public var text: String
    /// Whether the organisation's answer itself points at a problem (not only a disagreement).
    public var isConcern: Bool
  }

  /// The points raised by `response`, an answer to the questionnaire: problems it reports
  /// first, then disagreements only, each in questionnaire order.
  public func points(_ response: Response) -> [Point] {
    let organisation = response.metadata.organisation
    let agreement = agreements.first {
      Suggestions.folded($0.organisation) == Suggestions.folded(organisation)
    }
    var points: [Point] = []
    for item in questionnaire.items {
      guard let answer = response.answer(item.question.id), let value = answer.value,
        value != .unknown, value != .notApplicable
      else { continue }
      var facts: [String] = []
      if item.isConcern(value) {
        for id in item.municipalityQuestions {
          guard let own = municipalityResponse?.answer(id)?.value, own == .yes else { continue }
          facts.append(
            "Kommunen svarar \"ja\" på \(id), men \(organisation) svarar \"\(value.text)\" på "
              + "\(item.question.id).")
        }
      }
      if let field = item.agreementField,
        let fact = registerDisagreement(field, value, agreement, organisation)
      {
        facts.append(fact)
      }
      guard item.isConcern(value) || !facts.isEmpty else { continue }
      let question =
        item.isConcern(value) && !item.dialogue.isEmpty
        ? AnswerMessages.Template.fill(
          item.dialogue,
          ["organisation": organisation, "kommun": municipalityName, "svar": value.text])
        : "Hur ser nämnden på skillnaden?"
      points.append(
        Point(
          questionID: item.question.id, organisation: organisation,
          text: (facts + [question]).joined(separator: " "), isConcern: item.isConcern(value)))
    }
    // What the organisation reports as a problem first, then what only disagrees.
    return points.filter(\.isConcern) + points.filter { !$0.isConcern }
  }

  /// What the agreements register says that the answer contradicts, if anything.
  private func registerDisagreement(
    _ field: Questionnaire.AgreementField, _ value: AnswerValue, _ agreement: Agreement?,
    _ organisation: String
  ) -> String? {
    let register = "Avtalsregistret (avtal.csv)"
    guard let agreement else {
      guard field == .form, case .choice(let form) = value, form != Agreement.Form.none.rawValue
      else { return nil }
      return "\(organisation) anger en överenskommelse (\(form)), men \(register) har ingen."
    }
    switch (field, value) {
    case (.form, .choice(let form)) where form != agreement.form.rawValue:
      return "\(register) anger formen \"\(agreement.form.rawValue)\", men \(organisation) "
        + "svarar \"\(form)\"."
    case (.status, .choice(let answer)):
      let saysEnded = answer.hasPrefix("ja")
      if saysEnded, agreement.status == .current {
        return "\(register) anger att överenskommelsen med \(organisation) gäller, men "
          + "organisationen svarar att den har upphört (\(answer))."
      }
      if !saysEnded, agreement.status == .terminated {
        return "\(register) anger att överenskommelsen med \(organisation) är uppsagd, men "
          + "organisationen svarar att den inte har upphört."
      }
      return nil
    case (.end, .date(let day)) where agreement.end != day:
      return "\(organisation) anger att överenskommelsen upphörde \(day), men \(register) "
        + "anger \(agreement.end.map(\.description) ?? "inget slutdatum")."
    case (.plannedProcurementDate, .choice(let answer)):
      if answer.contains("utan datum"), let planned = agreement.plannedProcurementDate {
        return "\(register) anger att upphandlingen planeras till \(planned), men "
          + "\(organisation) har inte fått något datum."
      }
      return nil
    case (.plannedProcurementDate, .date(let day)) where agreement.plannedProcurementDate != day:
      return "\(organisation) har fått datumet \(day) för upphandlingen, men \(register) anger "
        + "\(agreement.plannedProcurementDate.map(\.description) ?? "inget datum")."
    case (.latestFollowUp, .no):
      guard let latest = agreement.latestFollowUp else { return nil }
      return "\(register) anger en uppföljning \(latest), men \(organisation) svarar att "
        + "överenskommelsen inte har följts upp det senaste året."
    default:
      return nil
    }
  }
}
