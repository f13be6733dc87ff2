import Foundation
import Testing

@testable import AuditModel

/// A full Västra Götaland round built from generated data: 49 municipalities, some
/// missing, two rounds under different law, some civil-society responses. Expected
/// medians, shares and diffs are computed here from the generating rule, not by the
/// code under test.
struct RegionComparisonTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model
  static let register = Register.embedded
  static let first = Day("2025-04-01") ?? Day(ordinal: 0)
  static let second = Day("2026-10-01") ?? Day(ordinal: 0)
  static let values: [AnswerValue] = [.yes, .partial, .no]
  static let points: [Double] = [100, 50, 0]

  /// Municipality `i` answers every ja/delvis/nej question of duty `j` the same way.
  static func answerIndex(_ i: Int, _ j: Int, round: Int) -> Int { (i + j + round) % 3 }

  static func isMissing(_ i: Int, round: Int) -> Bool { i % 7 == 3 + round }

  static func municipalities() -> [Municipality] { register.municipalities(inCounty: "14") }

  static func scoredDuties(_ model: DutyModel, on day: Day) -> [AppliedDuty] {
    model.duties(inForceOn: day).filter {
      $0.duty.questions.contains { $0.answerKind == .yesPartialNo }
    }
  }

  static func responses(_ model: DutyModel, round: Int) -> [Response] {
    let day = round == 0 ? first : second
    let duties = model.duties(inForceOn: day)
    var result: [Response] = []
    for (i, municipality) in municipalities().enumerated() where !isMissing(i, round: round) {
      var answers: [Answer] = []
      for (j, duty) in duties.enumerated() {
        for question in duty.duty.questions where question.answerKind == .yesPartialNo {
          answers.append(
            Answer(
              questionID: question.id, value: values[answerIndex(i, j, round: round)], evidence: "x"
            ))
        }
      }
      let metadata = ResponseMetadata(
        municipalityCode: municipality.code, municipalityName: municipality.name,
        round: "r\(round)", referenceDate: day, perspective: .municipality,
        modelVersion: model.version)
      result.append(
        Response(metadata: metadata, answers: answers, file: "\(municipality.code).csv"))
      if round == 1, i % 10 == 0 {
        let jour = ResponseMetadata(
          municipalityCode: municipality.code, municipalityName: municipality.name, round: "r1",
          referenceDate: day, perspective: .civilSociety, organisation: "Jouren \(i) (fiktiv)",
          modelVersion: model.version)
        let nej = answers.map { Answer(questionID: $0.questionID, value: .no) }
        result.append(Response(metadata: jour, answers: nej, file: "\(municipality.code)-jour.csv"))
      }
    }
    return result
  }

  static func comparison(_ model: DutyModel, round: Int) -> RegionComparison {
    RegionComparison(
      county: register.county(code: "14"), round: "r\(round)", municipalities: municipalities(),
      scores: responses(model, round: round).map { Scorer.score($0, model: model) }, model: model)
  }

  /// The expected total of municipality `i`, by the rule: Σ w·f / Σ w.
  static func expectedTotal(_ model: DutyModel, _ i: Int, round: Int, only: Set<String>? = nil)
    -> Double
  {
    let day = round == 0 ? first : second
    var weighted = 0.0
    var weights = 0.0
    for (j, duty) in model.duties(inForceOn: day).enumerated()
    where duty.duty.questions.contains(where: { $0.answerKind == .yesPartialNo }) {
      if let only, !only.contains(duty.duty.id) { continue }
      let weight: Double =
        duty.strength.obligation != .shall ? 1 : (duty.strength.kind == .regulation ? 2 : 3)
      weighted += weight * points[answerIndex(i, j, round: round)]
      weights += weight
    }
    return weighted / weights
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  @Test func missingMunicipalitiesAreListedAndNeverCountAsZero() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model, round: 0)
    #expect(comparison.rows.count == 49)
    let missing = Self.municipalities().enumerated().filter { Self.isMissing($0.offset, round: 0) }
    #expect(comparison.missing.map(\.code) == missing.map(\.element.code))
    #expect(comparison.totalSummary.count == 49 - missing.count)
  }

  @Test(arguments: [0, 1])
  func totalsAndMedianMatchTheGeneratingRule(_ round: Int) throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model, round: round)
    var expected: [Double] = []
    for (i, municipality) in Self.municipalities().enumerated()
    where !Self.isMissing(i, round: round) {
      let total = Self.expectedTotal(model, i, round: round)
      expected.append(total)
      let row = try #require(comparison.rows.first { $0.municipality.code == municipality.code })
      let actual = try #require(row.score?.total.fulfilment)
      #expect(abs(actual - total) < 1e-9, "\(municipality.name)")
    }
    let median = try #require(comparison.totalSummary.median)
    #expect(abs(median - Self.median(expected)) < 1e-9)
  }

  @Test func dutySharesCountMetPartlyAndNot() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model, round: 1)
    let answering = Self.municipalities().indices.filter { !Self.isMissing($0, round: 1) }
    for (j, duty) in model.duties(inForceOn: Self.second).enumerated()
    where duty.duty.questions.contains(where: { $0.answerKind == .yesPartialNo }) {
      let share = try #require(comparison.dutyShares.first { $0.duty.id == duty.duty.id })
      let indices = answering.map { Self.answerIndex($0, j, round: 1) }
      #expect(share.met == indices.filter { $0 == 0 }.count)
      #expect(share.partly == indices.filter { $0 == 1 }.count)
      #expect(share.notMet == indices.filter { $0 == 2 }.count)
      #expect(share.total == answering.count)
    }
    #expect(comparison.mostOftenUnmet.count == 10)
  }

  @Test func civilSocietyDisagreementsAreListed() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model, round: 1)
    var expected = 0
    for (i, _) in Self.municipalities().enumerated()
    where i % 10 == 0 && !Self.isMissing(i, round: 1) {
      for (j, duty) in model.duties(inForceOn: Self.second).enumerated() {
        let questions = duty.duty.questions.filter { $0.answerKind == .yesPartialNo }.count
        if Self.answerIndex(i, j, round: 1) != 2 { expected += questions }
      }
    }
    #expect(comparison.discrepancies.count == expected)
    #expect(comparison.discrepancies.allSatisfy { $0.organisationAnswer == .no })
  }

  @Test func roundChangeComparesOnlyDutiesInForceInBoth() throws {
    let model = try #require(Self.model)
    let before = Self.comparison(model, round: 0)
    let after = Self.comparison(model, round: 1)
    let change = RoundChange(previous: before, current: after, model: model)
    let firstIDs = Set(Self.scoredDuties(model, on: Self.first).map(\.duty.id))
    let secondIDs = Set(Self.scoredDuties(model, on: Self.second).map(\.duty.id))
    let common = firstIDs.intersection(secondIDs)
    #expect(Set(change.commonDuties) == common)
    #expect(Set(change.leftOut.map(\.duty.id)) == firstIDs.symmetricDifference(secondIDs))
    let firstDuties = model.duties(inForceOn: Self.first).map(\.duty.id)
    let secondDuties = model.duties(inForceOn: Self.second).map(\.duty.id)
    for (i, municipality) in Self.municipalities().enumerated() {
      let item = try #require(
        change.municipalities.first { $0.municipality.code == municipality.code })
      let missingBefore = Self.isMissing(i, round: 0)
      let missingAfter = Self.isMissing(i, round: 1)
      #expect((item.totalBefore == nil) == missingBefore)
      #expect((item.totalAfter == nil) == missingAfter)
      guard !missingBefore, !missingAfter else {
        #expect(item.newDeficiencies.isEmpty && item.closedDeficiencies.isEmpty)
        continue
      }
      let expectedBefore = Self.expectedTotal(model, i, round: 0, only: common)
      #expect(abs((item.totalBefore ?? -1) - expectedBefore) < 1e-9)
      var newDeficiencies: [String] = []
      var closed: [String] = []
      for id in common.sorted() {
        guard let j0 = firstDuties.firstIndex(of: id), let j1 = secondDuties.firstIndex(of: id),
          let duty = model.duty(id), let new = model.applied(duty, on: Self.second),
          let old = model.applied(duty, on: Self.first)
        else { continue }
        // A deficiency is a "nej" (index 2) on a question that is a krav on that round's day
        // ("delvis" on a krav is partly met, not a brist): a question that became a krav with
        // the same "nej" is a new deficiency.
        func hasKrav(_ applied: AppliedDuty) -> Bool {
          applied.duty.questions.contains {
            $0.answerKind == .yesPartialNo && applied.footing(of: $0, in: model).isRequirement
          }
        }
        let wasDeficient = hasKrav(old) && Self.answerIndex(i, j0, round: 0) == 2
        let isDeficient = hasKrav(new) && Self.answerIndex(i, j1, round: 1) == 2
        if isDeficient && !wasDeficient { newDeficiencies.append(id) }
        if wasDeficient && !isDeficient { closed.append(id) }
      }
      #expect(item.newDeficiencies == newDeficiencies, "\(municipality.name)")
      #expect(item.closedDeficiencies == closed, "\(municipality.name)")
    }
  }

  @Test func quartilesInterpolateLikeExcel() {
    let summary = Summary([1, 2, 3, 4])
    #expect(summary.median == 2.5)
    #expect(summary.lowerQuartile == 1.75)
    #expect(summary.upperQuartile == 3.25)
    #expect(Summary([]).median == nil)
    #expect(Summary([7]).median == 7)
  }
}
