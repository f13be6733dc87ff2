import Foundation
import Testing

@testable import AuditModel

/// Only a question that is a krav on the reference date makes a brist; "nej" on an
/// allmänt råd or god praxis question makes a förbättringsområde; a question resting only
/// on a villkor is never a finding. Worked out by hand on the `models/scoring` fixture,
/// where D001 rests on a ska in a lag and D002 on a ska in a föreskrift:
///
/// | question | declared footing                      | footing on 2026-10-01 | nej gives |
/// |----------|---------------------------------------|-----------------------|-----------|
/// | D001-1   | krav                                  | krav i lag            | brist, åtgärda omgående |
/// | D001-2   | allmänt råd, own basis ar-1 (bör)     | allmänt råd           | förbättringsområde, överväg |
/// | D001-3   | god praxis (source)                   | god praxis            | förbättringsområde, överväg |
/// | D002-1   | krav, own basis lag-0 (ska, ended     | villkor/befogenhet    | no finding |
/// |          | 2025-12-31) and lag-1 as villkor      |                       |           |
/// | D002-2   | god praxis (source)                   | god praxis            | förbättringsområde |
struct FootingScoringTests {
  static func model() throws -> DutyModel {
    let folder = TestPaths.fixture("models/scoring").path
    let read = try ModelFiles.read(directory: folder)
    var texts = Dictionary(read.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    var duties = try #require(texts["duties/01-a.json"])
      .replacingOccurrences(of: #", "footing": "krav""#, with: "")
    let edits = [
      ("D001-1", #""footing": "krav""#),
      ("D001-2", #""footing": "allmänt råd", "basis": [{"provision": "ar-1", "strength": "bör"}]"#),
      ("D001-3", #""footing": "god praxis", "source": "ÖJ-indikator (påhittad)""#),
      (
        "D002-1",
        #""footing": "krav", "basis": [{"provision": "lag-0", "strength": "ska"}, "#
          + #"{"provision": "lag-1", "strength": "villkor"}]"#
      ),
      ("D002-2", #""footing": "god praxis", "source": "God praxis (påhittad)""#),
    ]
    for (id, keys) in edits {
      duties = duties.replacingOccurrences(
        of: #"{"id": "\#(id)", "text": "Fråga \#(id)?", "answerKind": "yesPartialNo", "#,
        with: #"{"id": "\#(id)", "text": "Fråga \#(id)?", "answerKind": "yesPartialNo", \#(keys), "#
      )
    }
    texts["duties/01-a.json"] = duties
    // A ska that ended before the reference date, so that only the villkor is left then.
    texts["provisions/test.json"] = try #require(texts["provisions/test.json"])
      .replacingOccurrences(
        of: #"  {"id": "lag-1","#,
        with: #"  {"id": "lag-0", "reference": "2 §", "kind": "lag", "validFrom": "2020-01-01", "#
          + #""validUntil": "2025-12-31", "summary": "Ska.", "source": "Påhittad för test."},"#
          + "\n" + #"  {"id": "lag-1","#)
    let result = ModelLoader().load(ModelFiles(texts, displayRoot: folder))
    #expect(result.diagnostics.filter(\.isError) == [])
    return try #require(result.model)
  }

  static func allNo(_ ids: [String]) -> Response {
    ScorerTests.response(Dictionary(uniqueKeysWithValues: ids.map { ($0, (.no, "", "")) }))
  }

  @Test func footingsAreReadAsDeclared() throws {
    let model = try Self.model()
    let day = try #require(Day("2026-10-01"))
    let labels = try ["D001-1", "D001-2", "D001-3", "D002-1", "D002-2"].map { id in
      let question = try #require(model.questions.first { $0.id == id })
      return try #require(model.footing(of: question, on: day)).label
    }
    #expect(
      labels == ["krav i lag", "allmänt råd", "god praxis", "villkor/befogenhet", "god praxis"])
  }

  @Test func onlyAKravQuestionMakesABrist() throws {
    let score = Scorer.score(
      Self.allNo(["D001-2", "D001-3", "D002-1", "D002-2"]), model: try Self.model())
    let status = Dictionary(uniqueKeysWithValues: score.duties.map { ($0.duty.id, $0.status) })
    #expect(status["D001"] == .notMet)
    #expect(status["D002"] == .notMet)
    #expect(score.findings.allSatisfy { $0.kind == .improvementArea })
    #expect(score.total.deficiencies == 0)
    #expect(score.findings.allSatisfy { $0.urgency == .consider && !$0.isDeficiency })
    // D002-1 rests only on a villkor: its "nej" is no gap at all.
    let d002 = try #require(score.findings.first { $0.duty.id == "D002" })
    #expect(d002.gaps.map(\.question.id) == ["D002-2"])
    #expect(d002.footing == .goodPractice)
  }

  @Test func aFindingSaysInWordsWhatEachGapRestsOn() throws {
    let score = Scorer.score(Self.allNo(["D001-1", "D001-2", "D001-3"]), model: try Self.model())
    let d001 = try #require(score.findings.first { $0.duty.id == "D001" })
    #expect(d001.isDeficiency)
    #expect(d001.urgency == .immediate)
    #expect(d001.footing == .requirement)
    #expect(d001.gapsByFooting.map(\.footing) == [.requirement, .generalAdvice, .goodPractice])
    #expect(
      d001.missing == [
        "D001-1 Fråga D001-1? Svar: nej. Lagen kräver detta (1 § Testlag 2020:1).",
        "D001-2 Fråga D001-2? Svar: nej. Socialstyrelsen rekommenderar detta "
          + "(allmänna råd Testlag 2020:1).",
        "D001-3 Fråga D001-3? Svar: nej. Vanlig god praxis är att göra så "
          + "(källa: ÖJ-indikator (påhittad)).",
      ])
    #expect(score.total.deficiencies == 1)
  }

  @Test func aVillkorQuestionAloneNeverMakesAFinding() throws {
    let score = Scorer.score(Self.allNo(["D002-1"]), model: try Self.model())
    #expect(score.findings.allSatisfy { $0.duty.id != "D002" })
    let d002 = try #require(score.duties.first { $0.duty.id == "D002" })
    #expect(d002.status == .met)
  }
}
