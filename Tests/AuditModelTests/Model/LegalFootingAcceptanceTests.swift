import Foundation
import Testing

@testable import AuditModel

/// The acceptance criteria of issue 16 on the shipped model (checklists/model): each
/// question's own footing, the child-protection duties, the corrections and the changes
/// in words.
struct LegalFootingAcceptanceTests {
  static let model: DutyModel? = {
    guard let files = try? ModelFiles.read(directory: TestPaths.repo("checklists/model").path)
    else { return nil }
    return ModelLoader().load(files).model
  }()

  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  /// A checklist answered "nej" on every ja/delvis/nej question in force on `text`.
  static func allNo(_ model: DutyModel, on text: String) -> ResponseScore {
    let metadata = ResponseMetadata(
      municipalityCode: "9901", municipalityName: "Exempelby (fiktiv)", round: "test",
      referenceDate: day(text), perspective: .municipality, modelVersion: model.version)
    let answers = model.duties(inForceOn: day(text)).flatMap(\.duty.questions)
      .filter { $0.answerKind == .yesPartialNo }
      .map { Answer(questionID: $0.id, value: .no) }
    return Scorer.score(
      Response(metadata: metadata, answers: answers, file: "alla-nej.csv"), model: model)
  }

  /// Whether a question names a risk-assessment method or a written agreement with a jour,
  /// which no statute requires.
  static func namesAPractice(_ question: Question) -> Bool {
    let text = question.text
    let method = ["FREDA", "SARA", "PATRIARK"].contains { text.contains($0) }
    let agreement =
      text.lowercased().contains("kvinnojour")
      && ["överenskommelse", "avtal"].contains { text.lowercased().contains($0) }
    return method || agreement
  }

  @Test func aQuarterOfTheFindingsOfAnAllNoChecklistAreImprovementAreas() throws {
    let model = try #require(Self.model)
    let score = Self.allNo(model, on: "2026-12-01")
    let findings = score.findings
    let improvements = findings.filter { !$0.isDeficiency }
    #expect(findings.count > 0)
    #expect(
      4 * improvements.count >= findings.count,
      "\(improvements.count) förbättringsområden av \(findings.count) fynd")
    #expect(score.total.improvementAreas == improvements.count)
    #expect(score.total.deficiencies == findings.count - improvements.count)
  }

  @Test(arguments: ["2016-01-01", "2023-01-01", "2026-12-01"])
  func noQuestionNamingAMethodOrAJourAgreementIsAKrav(_ text: String) throws {
    let model = try #require(Self.model)
    var named = 0
    for applied in model.duties(inForceOn: Self.day(text)) {
      for question in applied.duty.questions where Self.namesAPractice(question) {
        named += 1
        let footing = applied.footing(of: question, in: model)
        #expect(!footing.isRequirement, "\(question.id) är \(footing.label) den \(text)")
      }
    }
    #expect(named >= 3)
  }

  @Test func everyFindingOfAnAllNoChecklistSaysInWordsWhatItRestsOn() throws {
    let model = try #require(Self.model)
    let leads = [
      "Lagen kräver", "Socialstyrelsens föreskrifter kräver", "Socialstyrelsen rekommenderar",
      "Lagen rekommenderar", "Detta rekommenderas", "Vanlig god praxis är",
    ]
    for finding in Self.allNo(model, on: "2026-12-01").findings {
      for line in finding.missing {
        #expect(leads.contains { line.contains($0) }, "\(line)")
      }
    }
  }

  static func duties(_ text: String) -> String {
    runAudit(["duties", "--date", text, "--model", "checklists/model"]).stdout
  }

  @Test func dutiesOn2026HaveTheChildProtectionDuties() {
    let out = Self.duties("2026-12-01")
    #expect(out.contains("19 kap. 1 § SoL 2025:400"))
    #expect(out.contains("20 kap. 1 § SoL 2025:400"))
    #expect(out.contains("25 kap. 1 § SoL 2025:400"))
  }

  @Test func dutiesOn2016CiteTheSupportRegulationAndTheChildAssessment() {
    let out = Self.duties("2016-01-01")
    #expect(out.contains("7 kap. 1 § SOSFS 2014:4"))
    #expect(out.contains("11 kap. 1 a § SoL 2001:453"))
  }

  @Test func theCrimeVictimTaskIsBindingIn2005() throws {
    let model = try #require(Self.model)
    let day = Self.day("2005-01-01")
    let resting = model.duties(inForceOn: day).filter { applied in
      applied.basis.contains {
        $0.provision.citation == "5 kap. 11 § SoL 2001:453" && $0.obligation == .shall
      }
    }
    #expect(!resting.isEmpty)
    #expect(resting.contains { $0.strength.isMandatory && $0.strength.kind == .act })
    let out = Self.duties("2005-01-01")
    #expect(out.contains("5 kap. 11 § SoL 2001:453"))
  }

  @Test func anUtredningDutyAppliesIn2010() throws {
    let model = try #require(Self.model)
    let utredning = model.duties(inForceOn: Self.day("2010-06-01")).filter {
      $0.citation.contains("11 kap. 1 § SoL 2001:453")
    }
    #expect(!utredning.isEmpty)
    #expect(utredning.allSatisfy { $0.strength.isMandatory })
    #expect(Self.duties("2010-06-01").contains("11 kap. 1 § SoL 2001:453"))
  }

  @Test func changesOnFirstMay2011NameTheChapter2a() {
    let run = runAudit([
      "changes", "--from", "2011-04-30", "--to", "2011-05-01", "--model", "checklists/model",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("2 a kap."))
    #expect(run.stdout.contains("Från 1 maj 2011"))
  }

  @Test func everyChangeSince2002HasASentenceInWords() throws {
    let model = try #require(Self.model)
    let changes = model.changes(from: Self.day("2002-01-01"), to: Self.day("2026-12-01"))
    #expect(changes.count > 20)
    for change in changes {
      let sentence = change.sentence(in: model)
      let date = SwedishDate.words(change.day)
      #expect(sentence.contains(date), "\(sentence)")
      #expect(sentence.hasSuffix("."), "\(sentence)")
      let citation = change.kind == .went ? change.citationBefore : change.citationAfter
      #expect(sentence.contains(citation), "\(sentence)")
    }
  }

  @Test func theModelVersionChanged() throws {
    let model = try #require(Self.model)
    #expect(model.version == "2026.12.1")
  }

  @Test func everyQuestionAndDutyHasItsNewKeys() throws {
    let model = try #require(Self.model)
    for duty in model.duties {
      #expect(duty.consequence != nil, "\(duty.id)")
      #expect(!(duty.decision ?? "").isEmpty, "\(duty.id)")
      for question in duty.questions {
        #expect(question.declaredFooting != nil, "\(question.id)")
        if question.declaredFooting == .goodPractice {
          #expect(question.source != nil, "\(question.id)")
        }
      }
    }
  }
}
