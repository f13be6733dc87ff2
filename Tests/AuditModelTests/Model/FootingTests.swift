import Testing

@testable import AuditModel

/// A question's footing on a day: declared footing capped by the basis in force.
struct FootingTests {
  static let here = SourceLocation(file: "test.json", position: SourcePosition(line: 1, column: 1))

  static func day(_ text: String) -> Day {
    Day(text) ?? Day(ordinal: 0)
  }

  static func provision(
    _ id: String, _ kind: ProvisionKind, from: String, until: String? = nil,
    instrument: String = "SoL 2001:453", reference: String = "1 kap. 1 §", verified: Bool = true
  ) -> Provision {
    Provision(
      id: id, instrument: instrument, instrumentTitle: instrument, reference: reference,
      kind: kind, validFrom: day(from), validUntil: until.map(day), summary: "s", source: "k",
      isChapterVerified: verified, location: here)
  }

  static let provisions = [
    provision("lag", .act, from: "2002-01-01", until: "2014-12-31", reference: "5 kap. 11 §"),
    provision(
      "fs", .regulation, from: "2014-10-01", until: "2022-10-31", instrument: "SOSFS 2014:4",
      reference: "7 kap. 1 §"),
    provision(
      "ar", .generalAdvice, from: "2014-10-01", until: "2022-10-31", instrument: "SOSFS 2014:4",
      reference: "4 kap. 1 §"),
    provision(
      "hslf", .regulation, from: "2022-11-01", instrument: "HSLF-FS 2022:39", reference: "",
      verified: false),
    provision("villkor", .act, from: "2002-01-01", reference: "6 kap. 6 d §"),
  ]

  static func model(question: Question, duty basis: [Basis]) -> DutyModel {
    let duty = Duty(
      id: "D001", area: "a", title: "t", requirement: "r", action: "a", dialogue: "d",
      themes: [], basis: basis, questions: [question], location: here)
    let rules = ScoringRules(
      yes: 1, partial: 0.5, no: 0, actWeight: 3, ordinanceWeight: 3, regulationWeight: 2,
      adviceWeight: 1, urgencyRules: [])
    return DutyModel(
      version: "1", title: "t", description: "d", retiredIDs: [], areas: [], themes: [],
      provisions: provisions, duties: [duty], scoring: rules)
  }

  static func entry(_ id: String, _ obligation: Obligation) -> Basis {
    Basis(provision: id, obligation: obligation, location: here)
  }

  static func question(_ footing: Footing?, basis: [Basis] = [], source: String? = nil)
    -> Question
  {
    Question(
      id: "D001-1", dutyID: "D001", text: "?", answerKind: .yesPartialNo, evidence: "e",
      declaredFooting: footing, basis: basis, source: source, location: here)
  }

  static let dutyBasis = [
    entry("lag", .shall), entry("fs", .shall), entry("ar", .should), entry("hslf", .shall),
  ]

  func footing(_ question: Question, on text: String) throws -> AppliedFooting {
    let model = Self.model(question: question, duty: Self.dutyBasis)
    return try #require(model.footing(of: question, on: Self.day(text)))
  }

  @Test func kravInLagIsAKravWhileTheLawIsInForce() throws {
    let footing = try footing(Self.question(.requirement), on: "2010-01-01")
    #expect(footing.level == .actRequirement)
    #expect(footing.isRequirement)
    #expect(footing.sentence == "Lagen kräver detta (5 kap. 11 § SoL 2001:453).")
  }

  @Test func kravRestsOnTheForeskriftWhenTheLawHasEnded() throws {
    let footing = try footing(Self.question(.requirement), on: "2016-01-01")
    #expect(footing.level == .regulationRequirement)
    #expect(
      footing.sentence == "Socialstyrelsens föreskrifter kräver detta (7 kap. 1 § SOSFS 2014:4).")
  }

  @Test func anUnverifiedChapterCapsAKravAtAllmäntRåd() throws {
    let footing = try footing(Self.question(.requirement), on: "2026-12-01")
    #expect(footing.level == .generalAdvice)
    #expect(!footing.isRequirement)
    #expect(footing.label == "allmänt råd")
    #expect(
      footing.sentence
        == "Socialstyrelsen rekommenderar detta (HSLF-FS 2022:39 (kapitel ej kontrollerat)).")
  }

  @Test func declaredAllmäntRådCitesTheAdviceNotTheLaw() throws {
    let footing = try footing(Self.question(.generalAdvice), on: "2016-01-01")
    #expect(footing.level == .generalAdvice)
    #expect(footing.citation == "4 kap. 1 § SOSFS 2014:4")
  }

  @Test func godPraxisStaysGodPraxisWithItsSource() throws {
    let footing = try footing(
      Self.question(.goodPractice, source: "God praxis (NCK kunskapsbanken)"), on: "2010-01-01")
    #expect(footing.level == .goodPractice)
    #expect(footing.citation == "")
    #expect(
      footing.sentence
        == "Vanlig god praxis är att göra så (källa: God praxis (NCK kunskapsbanken)).")
  }

  @Test func theQuestionsOwnBasisReplacesTheDutys() throws {
    let question = Self.question(.requirement, basis: [Self.entry("fs", .shall)])
    #expect(try footing(question, on: "2016-01-01").level == .regulationRequirement)
    // On a day when the question's own basis is not in force, nothing gives it a footing.
    #expect(try footing(question, on: "2010-01-01").level == .goodPractice)
  }

  @Test func aConditionIsNeitherKravNorRåd() throws {
    let question = Self.question(.requirement, basis: [Self.entry("villkor", .condition)])
    let footing = try footing(question, on: "2010-01-01")
    #expect(footing.level == .condition)
    #expect(footing.footing == nil)
    #expect(!footing.isRequirement)
  }

  @Test func withoutADeclaredFootingTheBasisDecides() throws {
    #expect(try footing(Self.question(nil), on: "2010-01-01").level == .actRequirement)
  }

  @Test func aConditionReadsVillkorBefogenhetAsADutysStrength() {
    #expect(Strength(obligation: .condition, kind: .act).description == "villkor/befogenhet")
    #expect(
      Strength(obligation: .condition, kind: .act)
        < Strength(obligation: .should, kind: .generalAdvice))
    #expect(Strength(obligation: .should, kind: .act).description == "lag (bör)")
  }
}
