import Foundation
import Testing

@testable import AuditModel

/// Properties that must hold for every response, checked over many generated ones
/// against the shipped model.
struct ScoringPropertyTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model
  static let day = Day("2026-10-01") ?? Day(ordinal: 0)
  static let seeds: [UInt64] = Array(1...25)

  /// A random response: every kind of answer, some missing, some exceptions.
  static func generated(_ seed: UInt64, model: DutyModel) -> Response {
    var random = SeededGenerator(seed: seed)
    var answers: [Answer] = []
    for duty in model.duties(inForceOn: day) {
      for question in duty.duty.questions {
        if random.chance(0.15) { continue }
        let value: AnswerValue
        switch question.answerKind {
        case .yesPartialNo:
          value = random.pick([.yes, .yes, .partial, .no, .unknown, .notApplicable])
        case .number: value = random.pick([.number(Double(random.below(40))), .unknown])
        case .date: value = .date(day.adding(days: -random.below(900)))
        case .choice: value = .choice(random.pick(question.choices))
        case .text: value = .text("Fritext")
        }
        answers.append(
          Answer(
            questionID: question.id, value: value,
            comment: value == .notApplicable ? "Skäl" : "",
            evidence: random.chance(0.5) ? "Underlag" : ""))
      }
    }
    let exceptions = model.duties(inForceOn: day).compactMap { duty -> DutyException? in
      guard random.chance(0.05) else { return nil }
      return DutyException(
        dutyID: duty.duty.id, justification: "Annan lösning",
        validUntil: day.adding(days: random.below(200) - 100))
    }
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "p", referenceDate: day,
      perspective: .municipality, modelVersion: model.version)
    return Response(metadata: metadata, answers: answers, exceptions: exceptions, file: "p")
  }

  static func replacing(_ response: Response, _ id: String, with value: AnswerValue?) -> Response {
    var copy = response
    copy.answers.removeAll { $0.questionID == id }
    if let value {
      copy.answers.append(Answer(questionID: id, value: value, comment: "Skäl", evidence: ""))
    }
    return copy
  }

  static func allFigures(_ score: ResponseScore) -> [Double] {
    let figures = [score.total] + score.areas.map(\.figures)
    return figures.flatMap { [$0.fulfilment, $0.completeness].compactMap { $0 } }
      + score.duties.flatMap { [$0.fulfilment, $0.completeness].compactMap { $0 } }
  }

  @Test(arguments: seeds)
  func everyFigureIsBetweenZeroAndHundred(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let score = Scorer.score(Self.generated(seed, model: model), model: model)
    #expect(Self.allFigures(score).allSatisfy { (0...100).contains($0) })
  }

  @Test(arguments: seeds)
  func answeringCloserToJaNeverLowersAScore(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let response = Self.generated(seed, model: model)
    let before = Scorer.score(response, model: model)
    let upgrades: [AnswerValue: AnswerValue] = [.no: .partial, .partial: .yes]
    for answer in response.answers {
      guard let value = answer.value, let better = upgrades[value] else { continue }
      let after = Scorer.score(
        Self.replacing(response, answer.questionID, with: better), model: model)
      #expect(after.total.fulfilment ?? 0 >= before.total.fulfilment ?? 0)
      for (old, new) in zip(before.areas, after.areas) {
        #expect(new.figures.fulfilment ?? 0 >= old.figures.fulfilment ?? 0)
      }
      for (old, new) in zip(before.duties, after.duties) {
        #expect(new.fulfilment ?? 0 >= old.fulfilment ?? 0)
      }
    }
  }

  @Test(arguments: seeds)
  func notApplicableNeverChangesOtherDuties(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let response = Self.generated(seed, model: model)
    let before = Scorer.score(response, model: model)
    for answer in response.answers.prefix(30) {
      let after = Scorer.score(
        Self.replacing(response, answer.questionID, with: .notApplicable), model: model)
      for (old, new) in zip(before.duties, after.duties)
      where !old.duty.questions.contains(where: { $0.id == answer.questionID }) {
        #expect(old.fulfilment == new.fulfilment)
        #expect(old.completeness == new.completeness)
        #expect(old.status == new.status)
      }
    }
  }

  @Test(arguments: seeds)
  func missingAnswerLowersCompletenessNeverFulfilment(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let response = Self.generated(seed, model: model)
    let scored = model.questions.filter { $0.answerKind == .yesPartialNo }.map(\.id)
    for id in scored.prefix(25) {
      let asNo = Scorer.score(Self.replacing(response, id, with: .no), model: model)
      let missing = Scorer.score(Self.replacing(response, id, with: nil), model: model)
      let excepted = asNo.duties.contains {
        $0.exceptionHolds && $0.duty.questions.contains { $0.id == id }
      }
      #expect(missing.total.fulfilment ?? 100 >= asNo.total.fulfilment ?? 0)
      if !excepted {
        #expect(missing.total.completeness ?? 0 < asNo.total.completeness ?? 0)
      }
    }
  }

  // Issue 17: levels, ranges and order.

  @Test(arguments: seeds)
  func moreJaNeverLowersTheRangeNorRaisesTheCounts(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let response = Self.generated(seed, model: model)
    let before = Scorer.score(response, model: model)
    let upgrades: [AnswerValue: AnswerValue] = [.no: .partial, .partial: .yes]
    for answer in response.answers.prefix(40) {
      guard let value = answer.value, let better = upgrades[value] else { continue }
      let after = Scorer.score(
        Self.replacing(response, answer.questionID, with: better), model: model)
      #expect(after.total.lowest ?? 0 >= (before.total.lowest ?? 0) - 1e-9)
      #expect(after.total.highest ?? 0 >= (before.total.highest ?? 0) - 1e-9)
      #expect(after.total.deficiencies <= before.total.deficiencies)
      #expect(
        after.total.deficiencies + after.total.partlyMet
          <= before.total.deficiencies + before.total.partlyMet)
    }
  }

  @Test(arguments: seeds)
  func theRangeAlwaysContainsTheFullAnswerFigure(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let response = Self.generated(seed, model: model)
    let before = Scorer.score(response, model: model)
    let low = try #require(before.total.lowest)
    let high = try #require(before.total.highest)
    #expect(low <= high)
    if let fulfilment = before.total.fulfilment {
      // The figure of the answers given lies inside too.
      #expect(low - 1e-9 <= fulfilment && fulfilment <= high + 1e-9)
    }
    // Answer every open ja/delvis/nej question (unanswered or vet ej), three ways.
    var random = SeededGenerator(seed: seed &+ 1000)
    for _ in 0..<3 {
      var filled = response
      for duty in before.duties {
        for question in duty.questions
        where question.question.answerKind == .yesPartialNo && question.isApplicable
          && question.value == nil
        {
          filled = Self.replacing(
            filled, question.question.id, with: random.pick([.yes, .partial, .no]))
        }
      }
      let full = Scorer.score(filled, model: model)
      let figure = try #require(full.total.fulfilment)
      #expect(low - 1e-9 <= figure && figure <= high + 1e-9)
    }
  }

  @Test(arguments: seeds)
  func theOrderOfFilesNeverChangesResults(_ seed: UInt64) throws {
    let model = try #require(Self.model)
    let municipalities = Register.embedded.municipalities(inCounty: "14").prefix(8)
    var responses: [Response] = []
    for (offset, municipality) in municipalities.enumerated() where offset != 3 {
      var response = Self.generated(seed &+ UInt64(offset), model: model)
      response.metadata.municipalityCode = municipality.code
      response.metadata.municipalityName = municipality.name
      response.file = "\(municipality.code).csv"
      responses.append(response)
    }
    let scores = responses.map { Scorer.score($0, model: model) }
    func overview(_ scores: [ResponseScore]) -> (String, [String], String) {
      let comparison = RegionComparison(
        county: nil, round: "p", municipalities: Array(municipalities), scores: scores,
        model: model)
      let report = ComparisonReport(comparison: comparison, change: nil)
      let visits = Overview(comparison: comparison, change: nil, isFictional: true).visits
      return (report.csv(), visits.map { "\($0.municipality.code) \($0.points)" }, report.json())
    }
    let expected = overview(scores)
    var random = SeededGenerator(seed: seed)
    for _ in 0..<3 {
      var shuffled = scores
      for index in shuffled.indices.reversed() {
        shuffled.swapAt(index, random.below(index + 1))
      }
      let got = overview(shuffled)
      #expect(got.0 == expected.0)
      #expect(got.1 == expected.1)
      #expect(got.2 == expected.2)
    }
  }
}
