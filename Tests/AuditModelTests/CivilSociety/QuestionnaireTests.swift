import Foundation
import Testing

@testable import AuditModel

/// Civil society's own questionnaire: loaded and linted with the model, a short form of its
/// own, validated, and turned into dialogue questions in the brief.
struct QuestionnaireTests {
  static func model() throws -> DutyModel {
    try #require(ModelLoader().load(.embedded).model)
  }

  @Test func theShippedQuestionnaireIsShortAndEveryQuestionMapsToDuties() throws {
    let questionnaire = try #require(try Self.model().questionnaire)
    #expect(questionnaire.items.count <= 30)
    #expect(questionnaire.items.count >= 15)
    let dutyIDs = Set(try Self.model().duties.map(\.id))
    for item in questionnaire.items {
      #expect(
        !item.duties.isEmpty && item.duties.allSatisfy(dutyIDs.contains), "\(item.question.id)")
    }
    let fields = Set(questionnaire.items.compactMap(\.agreementField))
    #expect(fields.isSuperset(of: [.form, .scope, .status, .end, .plannedProcurementDate]))
    #expect(
      questionnaire.items.contains { $0.question.answerKind == .text && $0.concerns == ["*"] })
  }

  @Test func lintFindsWhatIsWrongInTheQuestionnaire() throws {
    var files = Dictionary(
      uniqueKeysWithValues: ModelFiles.embedded.files.map { ($0.path, $0.text) })
    files[Questionnaire.file] = """
      {"title": "T", "sections": [{"id": "a", "title": "A"}], "questions": [
        {"id": "D001-1", "section": "a", "text": "?", "answerKind": "yesPartialNo", "evidence": "e", "duties": ["D001"]},
        {"id": "C90", "section": "b", "text": "?", "answerKind": "yesPartialNo", "evidence": "e", "duties": ["D999"], "municipalityQuestions": ["D001-9"], "concerns": ["kanske"], "dialogue": "?"},
        {"id": "C91", "section": "a", "text": "?", "answerKind": "number", "evidence": "e", "duties": [], "agreementField": "pris"}
      ]}
      """
    let result = ModelLoader().load(ModelFiles(files, displayRoot: "m"))
    #expect(result.model == nil)
    let messages = result.diagnostics.filter(\.isError).map(\.message)
    #expect(messages.contains("id \"D001-1\" används redan eller är borttaget"))
    #expect(messages.contains("okänt avsnitt \"b\" i fråga C90"))
    #expect(messages.contains("okänd plikt \"D999\" i fråga C90"))
    #expect(messages.contains("okänd fråga \"D001-9\" i fråga C90"))
    #expect(messages.contains("\"kanske\" i \"concerns\" är inget möjligt svar på fråga C90"))
    #expect(messages.contains("fråga C91 saknar plikter"))
    #expect(
      messages.contains { $0.hasPrefix("\"pris\" är inget tillåtet värde för \"agreementField\"") })
  }

  @Test func theCivilSocietyChecklistIsTheQuestionnaire() throws {
    let model = try Self.model()
    let metadata = ResponseMetadata(
      municipalityCode: "1490", municipalityName: "Borås", round: "2026-host",
      referenceDate: try #require(Day("2026-10-01")), perspective: .civilSociety,
      organisation: "Kvinnojouren X", modelVersion: model.version)
    let checklist = Checklist(model: model, metadata: metadata)
    #expect(checklist.rows.map(\.questionID) == model.questionnaire?.items.map(\.question.id))
    #expect(checklist.rows.first?.area == "Avtal och kontakt med kommunen och regionen")
    #expect(checklist.rows.first?.dutyID == "D036")
  }

  /// The TROTS situation (seed 000): the region ended the shelter agreement, a procurement was
  /// announced without a date, the house stands empty, letters are unanswered.
  @Test func theTrotsSituationBecomesDialogueQuestionsInTheBrief() throws {
    let parent = try InitCommandTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    #expect(
      runAudit(["init", "r", "--region", "Blekinge", "--date", "2026-10-01"], in: parent).status
        == 0)
    let round = parent.appendingPathComponent("r")
    try CarryForwardTests.fill(
      round.appendingPathComponent("checklistor/1080-Karlskrona.csv"),
      to: round.appendingPathComponent("svar/1080-Karlskrona.csv"),
      ["D015-1": ["svar": "ja"], "D041-2": ["svar": "ja"], "D001-1": ["svar": "nej"]])
    let organisation = "TROTS Kvinnojour (påhittad)"
    let blank = parent.appendingPathComponent("trots-tom.csv")
    let made = runAudit(
      [
        "checklist", "--municipality", "1080", "--perspective", "civilsamhälle", "--organisation",
        organisation, "--date", "2026-10-01", "--round", "2026-host", "-o", "trots-tom.csv",
      ],
      in: parent)
    #expect(made.status == 0, "\(made.stderr)")
    try CarryForwardTests.fill(
      blank, to: round.appendingPathComponent("svar/1080-TROTS.csv"),
      [
        "C01": ["svar": "inget"], "C03": ["svar": "ja, uppsagd av regionen"],
        "C04": ["svar": "2026-04-01"], "C05": ["svar": "ja, men utan datum"],
        "C08": ["svar": "nej, inget svar"], "C09": ["svar": "8"], "C10": ["svar": "0"],
        "C11": ["svar": "ja"],
        "C23": ["svar": "Vi vill ha ett samarbetsavtal och träffa nämnden."],
      ])
    try """
    kommunkod;organisation;form;omfattning;belopp per år (kr);start;slut;uppföljningar per år;senaste uppföljning;status;planerat upphandlingsdatum
    1080;\(organisation);IOP;skyddat boende;400 000;2023-01-01;2027-12-31;1;2025-11-01;gällande;

    """.write(to: round.appendingPathComponent("avtal.csv"), atomically: true, encoding: .utf8)
    let validate = runAudit(["validate", "r"], in: parent)
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("9 av 23 frågor besvarade"))

    let brief = runAudit(
      ["brief", "r", "--municipality", "1080", "--format", "md", "--audience", "tjänsteperson"],
      in: parent)
    #expect(brief.status == 0, "\(brief.stderr)")
    let text = brief.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(text.contains("har besvarat civilsamhällets frågeformulär (9 av 23 frågor)"))
    // The dates disagree with the register too.
    #expect(
      text.contains(
        "\(organisation) anger att överenskommelsen upphörde 2026-04-01, men Avtalsregistret "
          + "(avtal.csv) anger 2027-12-31."))
    // The agreement ended by the region, and the register still says it holds.
    #expect(
      text.contains(
        "\(organisation) uppger att överenskommelsen har upphört (ja, uppsagd av regionen)"))
    #expect(
      text.contains(
        "Avtalsregistret (avtal.csv) anger att överenskommelsen med \(organisation) gäller"))
    // The procurement announced without a date.
    #expect(text.contains("har fått besked om en upphandling men inte när den ska göras"))
    // The empty house.
    #expect(text.contains("uppger att dess skyddade boende har stått tomt det senaste halvåret"))
    // The municipality says it can offer sheltered housing; the organisation had to say no.
    #expect(
      text.contains("Kommunen svarar \"ja\" på D015-1, men \(organisation) svarar \"ja\" på C11."))
    // Unanswered letters and the words for the politicians.
    #expect(text.contains("har skrivit till nämnden eller förvaltningen och bett om ett möte"))
    #expect(text.contains("”Vi vill ha ett samarbetsavtal och träffa nämnden.”"))

    // Politicians get the organisation's six problems, the three TROTS points among them.
    let short = runAudit(["brief", "r", "--municipality", "1080", "--format", "md"], in: parent)
    let politician = short.stdout.replacingOccurrences(of: "\n", with: " ")
    #expect(politician.contains("överenskommelsen har upphört (ja, uppsagd av regionen)"))
    #expect(politician.contains("har fått besked om en upphandling men inte när den ska göras"))
    #expect(politician.contains("har stått tomt det senaste halvåret"))
    #expect(!politician.contains("upphörde 2026-04-01, men Avtalsregistret"))
  }
}
