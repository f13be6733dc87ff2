import Foundation
import Testing

@testable import AuditModel

/// Figures worked out by hand from the fixture model `models/scoring`:
/// D001 lag (vikt 3), D002 föreskrift (vikt 2) in area A; D003 allmänt råd (vikt 1),
/// D004 lag (vikt 3) in area B.
///
/// | duty | answers                         | fulfilment      | completeness |
/// |------|---------------------------------|-----------------|--------------|
/// | D001 | ja (underlag), delvis, –        | (1+0,5)/2 = 75  | 2/3          |
/// | D002 | nej, ja (utan underlag)         | (0+1)/2 = 50    | 2/2          |
/// | D003 | delvis, ej aktuellt             | 0,5/1 = 50      | 1/1          |
/// | D004 | vet ej, tal 12                  | –               | 1/2          |
///
/// Area A = (3·75 + 2·50)/(3+2) = 325/5 = 65,0; completeness 4/5 = 80,0.
/// Area B = (1·50)/1 = 50,0 (D004 not scored); completeness 2/3 = 66,7.
/// Total = (225 + 100 + 50)/6 = 62,5; completeness 6/8 = 75,0.
struct ScorerTests {
  static func model() throws -> DutyModel {
    let files = try ModelFiles.read(directory: TestPaths.fixture("models/scoring").path)
    return try #require(ModelLoader().load(files).model)
  }

  static func response(
    _ answers: [String: (AnswerValue?, String, String)], exceptions: [DutyException] = [],
    perspective: Perspective = .municipality
  ) -> Response {
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "test",
      referenceDate: Day("2026-10-01") ?? Day(ordinal: 0), perspective: perspective,
      organisation: perspective == .civilSociety ? "Kvinnojouren Exempel (fiktiv)" : "",
      modelVersion: "scoring.1")
    let list = answers.keys.sorted().map { id -> Answer in
      let (value, comment, evidence) = answers[id] ?? (nil, "", "")
      return Answer(questionID: id, value: value, comment: comment, evidence: evidence)
    }
    return Response(metadata: metadata, answers: list, exceptions: exceptions, file: "test.csv")
  }

  static let handAnswers: [String: (AnswerValue?, String, String)] = [
    "D001-1": (.yes, "", "Rutin"), "D001-2": (.partial, "Under arbete", ""),
    "D002-1": (.no, "Saknas", ""), "D002-2": (.yes, "", ""),
    "D003-1": (.partial, "", ""), "D003-2": (.notApplicable, "Inga sådana ärenden", ""),
    "D004-1": (.unknown, "", ""), "D004-2": (.number(12), "", ""),
  ]

  @Test func figuresMatchTheHandWorkedTable() throws {
    let score = Scorer.score(Self.response(Self.handAnswers), model: try Self.model())
    let duties = Dictionary(uniqueKeysWithValues: score.duties.map { ($0.duty.id, $0) })
    #expect(duties["D001"]?.fulfilment == 75)
    #expect(duties["D002"]?.fulfilment == 50)
    #expect(duties["D003"]?.fulfilment == 50)
    #expect(duties["D004"]?.fulfilment == nil)
    #expect(duties["D001"]?.completeness.map { ($0 * 10).rounded() } == 667)
    #expect(duties["D004"]?.completeness == 50)
    #expect(score.areas.map(\.figures.fulfilment) == [65, 50])
    #expect(score.areas[0].figures.completeness == 80)
    #expect(SwedishNumber.oneDecimal(score.areas[1].figures.completeness) == "66,7")
    #expect(score.total.fulfilment == 62.5)
    #expect(score.total.completeness == 75)
    #expect(score.total.applicableQuestions == 8)
    #expect(score.total.answeredQuestions == 6)
    // D002 has a krav answered nej (a brist); D001 a krav answered delvis (partly met, not a
    // brist); D003 a delvis on an allmänt råd (a förbättringsområde).
    #expect(score.total.deficiencies == 1)
    #expect(score.total.partlyMet == 1)
    #expect(score.total.improvementAreas == 1)
    #expect(score.total.unknowns == 1)
    #expect(score.total.unverified == 1)
  }

  @Test func statusesAndUrgenciesFollowTheRules() throws {
    let score = Scorer.score(Self.response(Self.handAnswers), model: try Self.model())
    let status = Dictionary(uniqueKeysWithValues: score.duties.map { ($0.duty.id, $0.status) })
    #expect(
      status == [
        "D001": .partlyMet, "D002": .notMet, "D003": .partlyMet, "D004": .unknown,
      ])
    // Seriousness by hand (consequence + footing + level, scoring.json of the fixture):
    // D002 stöd 2 + krav 6 + ej uppfylld 3 = 11; D004 skydd 4 + krav 6 + okänd 0 = 10;
    // D001 stöd 2 + krav 6 + delvis 1 = 9; D003 styrning 0 + allmänt råd 3 + delvis 1 = 4.
    #expect(
      score.findings.map(\.kind) == [.deficiency, .unknown, .partlyMet, .improvementArea])
    #expect(
      score.findings.map { "\($0.duty.id) \($0.urgency.rawValue)" } == [
        "D002 åtgärda omgående", "D004 bör åtgärdas", "D001 bör åtgärdas", "D003 överväg",
      ])
    let d002 = try #require(score.findings.first)
    #expect(d002.citation == "1 kap. 1 § Testlag 2020:1")
    #expect(
      d002.missing == [
        "D002-1 Fråga D002-1? Svar: nej. Socialstyrelsens föreskrifter kräver detta "
          + "(1 kap. 1 § Testlag 2020:1). Kommentar: Saknas"
      ])
    #expect(d002.action == "Gör D002.")
  }

  @Test func validExceptionTakesTheDutyOutAndExpiredOneBecomesAFinding() throws {
    let exceptions = [
      DutyException(
        dutyID: "D004", justification: "Länsgemensam jour",
        validUntil: Day("2027-06-30") ?? Day(ordinal: 0)),
      DutyException(
        dutyID: "D003", justification: "Tidigare avtal",
        validUntil: Day("2026-06-30") ?? Day(ordinal: 0)),
    ]
    let score = Scorer.score(
      Self.response(Self.handAnswers, exceptions: exceptions), model: try Self.model())
    let duties = Dictionary(uniqueKeysWithValues: score.duties.map { ($0.duty.id, $0) })
    #expect(duties["D004"]?.status == .excepted)
    #expect(duties["D004"]?.finding == nil)
    // Completeness without D004: (2+2+1)/(3+2+1) = 5/6.
    #expect(score.total.answeredQuestions == 5)
    #expect(score.total.applicableQuestions == 6)
    #expect(score.total.unknowns == 0)
    let d003 = try #require(duties["D003"]?.finding)
    #expect(d003.expiredException?.validUntil == Day("2026-06-30"))
    #expect(d003.missing.last?.hasPrefix("Undantaget gick ut 2026-06-30") == true)
    #expect(score.exceptions.map(\.holds) == [false, true])
  }

  @Test func civilSocietyResponseScoresTheSameAndSaysSo() throws {
    let model = try Self.model()
    let own = Scorer.score(Self.response(Self.handAnswers), model: model)
    let jour = Scorer.score(
      Self.response(Self.handAnswers, perspective: .civilSociety), model: model)
    #expect(own.total == jour.total)
    let text = ScoreReport(scores: [jour]).table()
    #expect(text.contains("civilsamhälle (Kvinnojouren Exempel (fiktiv))"))
    let record = try #require(ScoreRecord(jour) as ScoreRecord?)
    #expect(record.perspective == "civilsamhälle")
    #expect(record.organisation == "Kvinnojouren Exempel (fiktiv)")
  }

  @Test func jsonWrittenOneResponseAtATimeIsTheWholeArray() throws {
    let model = try Self.model()
    let own = Scorer.score(Self.response(Self.handAnswers), model: model)
    let jour = Scorer.score(
      Self.response(Self.handAnswers, perspective: .civilSociety), model: model)
    for scores in [[own], [own, jour], [jour, own, jour]] {
      #expect(ScoreReport(scores: scores).json() == JSONOutput.render(scores.map(ScoreRecord.init)))
    }
    #expect(ScoreReport(scores: []).json() == JSONOutput.render([ScoreRecord]()))
  }

  @Test func explanationShowsTheArithmetic() throws {
    let model = try Self.model()
    let score = Scorer.score(Self.response(Self.handAnswers), model: model)
    let text = try #require(ScoreExplanation.explain("D001", in: score, rules: model.scoring))
    #expect(text.contains("D001-1  ja  → 1"))
    #expect(text.contains("D001-2  delvis  → 0,5"))
    #expect(text.contains("D001-3  (obesvarad)  → räknas inte, sänker fullständigheten"))
    #expect(text.contains("Uppfyllelse: (1 + 0,5) / 2 = 0,75 → 75,0 %"))
    #expect(text.contains("D001  vikt 3 × 75,0 = 225,0"))
    #expect(text.contains("D002  vikt 2 × 50,0 = 100,0"))
    #expect(text.contains("Summa 325,0 / summa vikter 5 = 65,0 %"))
  }
}
