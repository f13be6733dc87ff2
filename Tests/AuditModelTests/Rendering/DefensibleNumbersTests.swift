import Foundation
import Testing

@testable import AuditModel

/// The acceptance of issue 17 on the shipped model: partial is not breach, "ej aktuellt"
/// and half-filled checklists cannot score 100 %, the most serious gaps come first and a
/// silent municipality that was lowest last round is visited early.
struct DefensibleNumbersTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model
  static let first = Day("2025-04-01") ?? Day(ordinal: 0)
  static let day = Day("2026-10-01") ?? Day(ordinal: 0)
  static let municipalities = Array(Register.embedded.municipalities(inCounty: "14").prefix(10))

  /// A response of `municipality` on `day`: ja/delvis/nej questions answered by `answer`
  /// (nil leaves them unanswered), the other kinds with a plain value unless `answerOthers`
  /// is false.
  static func response(
    _ municipality: Municipality, model: DutyModel, on day: Day = day,
    answerOthers: Bool = true, _ answer: (Question, Int) -> AnswerValue?
  ) -> Response {
    var answers: [Answer] = []
    var index = 0
    for duty in model.duties(inForceOn: day) {
      for question in duty.duty.questions {
        let value: AnswerValue?
        switch question.answerKind {
        case .yesPartialNo:
          value = answer(question, index)
          index += 1
        case .number: value = answerOthers ? .number(3) : nil
        case .date: value = answerOthers ? .date(day.adding(days: -30)) : nil
        case .choice: value = answerOthers ? question.choices.first.map { .choice($0) } : nil
        case .text: value = answerOthers ? .text("Beskrivning (fiktiv)") : nil
        }
        guard let value else { continue }
        answers.append(
          Answer(
            questionID: question.id, value: value,
            comment: value == .notApplicable ? "Inga sådana ärenden (fiktivt skäl)" : "",
            evidence: value == .yes ? "Rutin (fiktiv)" : ""))
      }
    }
    let metadata = ResponseMetadata(
      municipalityCode: municipality.code, municipalityName: municipality.name,
      round: day == first ? "2025-var" : "2026-host", referenceDate: day,
      perspective: .municipality, modelVersion: model.version)
    return Response(
      metadata: metadata, answers: answers, exceptions: [], file: "\(municipality.code).csv")
  }

  /// A varied county: municipality i answers ja with a share that falls with i.
  static func county(_ model: DutyModel, on day: Day, skipping: Set<Int> = [])
    -> [ResponseScore]
  {
    municipalities.enumerated().compactMap { i, municipality in
      guard !skipping.contains(i) else { return nil }
      return Scorer.score(
        response(municipality, model: model, on: day) { _, q in
          let step = (q * 7 + i * 3) % 10
          return step < 8 - i / 2 ? .yes : (step % 2 == 0 ? .partial : .no)
        }, model: model)
    }
  }

  static func comparison(_ scores: [ResponseScore], model: DutyModel, round: String = "2026-host")
    -> RegionComparison
  {
    RegionComparison(
      county: Register.embedded.county(code: "14"), round: round, municipalities: municipalities,
      scores: scores, model: model)
  }

  static func brief(
    _ municipality: Municipality, _ comparison: RegionComparison, model: DutyModel,
    audience: Audience = .politician
  ) -> [String: TemplateValue] {
    Brief(
      model: model, comparison: comparison, change: nil, previousReferenceDate: nil,
      municipality: municipality, audience: audience, isFictional: true
    ).values(html: false)
  }

  static func text(_ value: TemplateValue?) -> String {
    switch value {
    case .text(let text): return text
    case .list(let items): return items.map { text($0) }.joined(separator: "\n")
    case .object(let fields): return fields.keys.sorted().map { text(fields[$0]) }.joined()
    default: return ""
    }
  }

  // MARK: 3 ja and every other question "ej aktuellt"

  @Test func threeJaAndTheRestNotApplicableFailsValidation() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-17-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let checklist = runAudit(
      [
        "checklist", "--municipality", "1490", "--date", "2026-10-01", "--round", "t", "--format",
        "json",
      ])
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(checklist.stdout.utf8)) as? [String: Any])
    var questions = try #require(object["questions"] as? [[String: Any]])
    for index in questions.indices {
      questions[index]["answer"] = index < 3 ? "ja" : "ej aktuellt"
      questions[index]["comment"] = index < 3 ? "" : "Inte aktuellt hos oss (fiktivt)."
    }
    object["questions"] = questions
    let file = folder.appendingPathComponent("1490-Borås.json")
    try JSONSerialization.data(withJSONObject: object).write(to: file)
    let run = runAudit(["validate", file.path])
    #expect(run.status == 65)
    // Questions the model never allows "ej aktuellt" on are errors, naming why.
    #expect(run.stderr.contains("\"ej aktuellt\" går inte att svara på fråga D012-1"))
    #expect(run.stderr.contains("gäller i alla kommuner"))
  }

  @Test func threeJaAndTheRestNotApplicableScoresNoFigureAndTheBriefNamesThem() throws {
    let model = try #require(Self.model)
    let borås = try #require(Self.municipalities.first)
    // As if the model allowed every "ej aktuellt": the score still gives no single figure.
    let score = Scorer.score(
      Self.response(borås, model: model, answerOthers: false) { _, q in
        q < 3 ? .yes : .notApplicable
      }, model: model)
    #expect(score.isIncomplete)
    #expect(score.total.fulfilment == 100)  // the old, misleading figure is not shown
    let table = ScoreReport.table(score)
    #expect(table.contains("Ofullständigt svar"))
    #expect(!table.contains("Totalt    100,0"))
    #expect(table.contains("Kommunen har angett ej aktuellt på"))
    let values = Self.brief(borås, Self.comparison([score], model: model), model: model)
    #expect(Self.text(values["fulfilment"]).hasPrefix("ofullständigt svar"))
    #expect(Self.text(values["summaryLead"]).contains("ej aktuellt på"))
    let quality = Self.text(values["dataQuality"])
    #expect(quality.contains("Kommunen har angett ej aktuellt på"))
    // A politician's brief names the questions in words, without their codes.
    let d0121 = try #require(model.questions.first { $0.id == "D012-1" })
    #expect(quality.contains(d0121.text))
    #expect(!quality.contains("D012-1"))
  }

  // MARK: half-answered, all "ja"

  @Test func halfAnsweredAllJaIsARangeAndNeverTheTopNorInTheMedian() throws {
    let model = try #require(Self.model)
    var scores = Self.county(model, on: Self.day, skipping: [9])
    let half = try #require(Self.municipalities.last)
    let score = Scorer.score(
      Self.response(half, model: model) { _, q in q % 2 == 0 ? .yes : nil }, model: model)
    scores.append(score)
    #expect(score.isIncomplete)
    let low = try #require(score.total.lowest)
    let high = try #require(score.total.highest)
    #expect(low < 100 && high == 100)
    #expect(ScoreReport.table(score).contains(FulfilmentText.range(score.total)))
    let comparison = Self.comparison(scores, model: model)
    // Not in the median: the summary counts the nine complete responses only.
    #expect(comparison.totalSummary.count == 9)
    #expect(comparison.incomplete.map(\.municipality.code) == [half.code])
    let heatMap = ComparisonReport(comparison: comparison, change: nil).heatMap()
    #expect(heatMap.contains(FulfilmentText.range(score.total)))
    #expect(heatMap.contains("ofullständigt svar"))
    let csv = ComparisonReport(comparison: comparison, change: nil).csv()
    #expect(csv.contains("fullständighet;ofullständigt svar;lägsta möjliga;högsta möjliga"))
    let values = Self.brief(half, comparison, model: model)
    #expect(Self.text(values["fulfilment"]).hasPrefix("ofullständigt svar"))
    let chart = Self.text(values["chartText"])
    #expect(chart.contains("ofullständigt svar"))
    #expect(!chart.contains("lägre uppfyllelse"))
    #expect(Self.text(values["strengths"]).hasPrefix("Inga styrkor visas"))
  }

  // MARK: all "delvis" against all "nej"

  @Test func allDelvisHasNoBristAndALevelOfItsOwn() throws {
    let model = try #require(Self.model)
    let borås = try #require(Self.municipalities.first)
    let partly = Scorer.score(Self.response(borås, model: model) { _, _ in .partial }, model: model)
    let none = Scorer.score(Self.response(borås, model: model) { _, _ in .no }, model: model)
    #expect(partly.total.deficiencies == 0)
    #expect(partly.total.partlyMet > 0)
    #expect(none.total.deficiencies > 0)
    #expect(none.total.partlyMet == 0)
    for (a, b) in zip(partly.duties, none.duties)
    where a.duty.questions.contains(where: { $0.answerKind == .yesPartialNo }) {
      #expect(a.status == .partlyMet, "\(a.duty.id)")
      #expect(b.status == .notMet, "\(b.duty.id)")
    }
    #expect(ScoreReport.table(partly).contains("delvis uppfyllt krav (delvis uppfylld)"))
  }

  // MARK: seriousness

  @Test func allNejPutsProtectionRiskOrChildrenInTheFirstThree() throws {
    let model = try #require(Self.model)
    let borås = try #require(Self.municipalities.first)
    let score = Scorer.score(Self.response(borås, model: model) { _, _ in .no }, model: model)
    let values = Self.brief(borås, Self.comparison([score], model: model), model: model)
    guard case .list(let shown) = values["topFindings"] else {
      Issue.record("no findings on page one of the brief")
      return
    }
    // A politician's brief has no codes: the findings are found by their titles.
    let titles = shown.prefix(3).compactMap { item -> String? in
      guard case .object(let fields) = item, case .text(let title) = fields["title"] else {
        return nil
      }
      return title
    }
    let duties = titles.compactMap { title in model.duties.first { $0.title == title } }
    let ids = duties.map(\.id)
    #expect(ids.count == 3)
    #expect(duties.contains { $0.consequence == .protection }, "\(ids)")
    // And the order is not the id order it used to be.
    #expect(ids != ids.sorted() || duties.allSatisfy { $0.consequence == .protection })
    #expect(Self.text(values["summaryLead"]).isEmpty == false)
  }

  @Test func aNejOnAKravOutranksAGapOnGoodPractice() throws {
    let model = try #require(Self.model)
    let rule = model.scoring.seriousness
    let krav = rule.points(
      consequence: .governance, footing: .requirement, level: .notMet, disagrees: false)
    let praxis = rule.points(
      consequence: .governance, footing: .goodPractice, level: .notMet, disagrees: false)
    let protection = rule.points(
      consequence: .protection, footing: .requirement, level: .notMet, disagrees: false)
    let partly = rule.points(
      consequence: .protection, footing: .requirement, level: .partlyMet, disagrees: false)
    // Worked out from scoring.json: 0 + 6 + 3 = 9; 0 + 0 + 3 = 3; 4 + 6 + 3 = 13; 4 + 6 + 1 = 11.
    #expect([krav, praxis, protection, partly] == [9, 3, 13, 11])
  }

  // MARK: visit order

  @Test func aSilentMunicipalityThatWasLowestLastRoundIsVisitedInTheFirstHalf() throws {
    let model = try #require(Self.model)
    let before = Self.comparison(
      Self.county(model, on: Self.first), model: model, round: "2025-var")
    let lowest = try #require(
      before.answered.min { ($0.score?.total.fulfilment ?? 0) < ($1.score?.total.fulfilment ?? 0) })
    let silent = try #require(Self.municipalities.firstIndex(of: lowest.municipality))
    let after = Self.comparison(
      Self.county(model, on: Self.day, skipping: [silent]), model: model)
    let change = RoundChange(previous: before, current: after, model: model)
    let overview = Overview(comparison: after, change: change, isFictional: true)
    let order = overview.visits.map(\.municipality.code)
    let place = try #require(order.firstIndex(of: lowest.municipality.code))
    #expect(place < order.count / 2, "\(order)")
    let reasons = overview.visits[place].reasons.joined(separator: "; ")
    #expect(reasons.contains("har inte svarat"))
    #expect(reasons.contains("lågt resultat förra omgången"))
  }

  // MARK: agreements

  @Test func registerChecksNameRealFlagsAndQuestions() throws {
    let model = try #require(Self.model)
    let kinds = Set(AgreementFlag.Kind.allCases.map(\.rawValue))
    let questions = Set(model.questions.map(\.id))
    #expect(!model.scoring.registerChecks.isEmpty)
    for check in model.scoring.registerChecks {
      #expect(kinds.contains(check.flag), "\(check.flag)")
      for id in check.questions { #expect(questions.contains(id), "\(id)") }
    }
  }

  @Test func aJaThatTheRegisterContradictsIsADiscrepancyAndADialogueQuestion() throws {
    let model = try #require(Self.model)
    let borås = try #require(Self.municipalities.first)
    let ended = Agreement(
      municipalityCode: borås.code, organisation: "Jouren (fiktiv)", form: .partnership,
      scope: ["skyddat boende"], amountPerYear: nil, start: Day("2023-01-01"),
      end: Day("2026-03-31"), followUpsPerYear: 0, latestFollowUp: nil, status: .terminated,
      plannedProcurementDate: nil, location: SourceLocation(file: "avtal.csv", position: .start))
    let flags = AgreementFlags.flags(
      agreements: [ended], shelters: [], municipalities: [borås], on: Self.day)
    #expect(flags.contains { $0.kind == .endedWithoutReplacement })
    let yes = Scorer.score(Self.response(borås, model: model) { _, _ in .yes }, model: model)
    let no = Scorer.score(Self.response(borås, model: model) { _, _ in .no }, model: model)
    let checks = model.scoring.registerChecks
    let found = RegisterDiscrepancy.find(yes, flags: flags, checks: checks)
    #expect(found.map(\.question.id).contains("D015-1"))
    #expect(RegisterDiscrepancy.find(no, flags: flags, checks: checks).isEmpty)
    var brief = Brief(
      model: model, comparison: Self.comparison([yes], model: model), change: nil,
      previousReferenceDate: nil, municipality: borås, audience: .politician, isFictional: true)
    brief.flags = flags
    let values = brief.values(html: false)
    #expect(Self.text(values["discrepancies"]).contains("Avtalsregistret:"))
    #expect(Self.text(values["dialogueQuestions"]).contains("men avtalsregistret visar"))
  }
}
