import Foundation
import Testing

@testable import AuditModel

struct BriefTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model
  static let day = Day("2026-10-01") ?? Day(ordinal: 0)
  static let hostile = [
    "<script>alert(1)</script>", "</td></tr></table>", "\"><img src=x onerror=alert(1)>",
    "[klicka](javascript:alert(1))", "<a href=\"javascript:alert(1)\">länk</a>", "121212-1212",
  ]

  /// A round of two municipalities where every comment and the organisation name try
  /// to become markup.
  static func comparison(_ model: DutyModel) -> RegionComparison {
    let register = Register.embedded
    let municipalities = ["1490", "1491"].compactMap { code in
      register.municipalities.first { $0.code == code }
    }
    var scores: [ResponseScore] = []
    for (index, municipality) in municipalities.enumerated() {
      var answers: [Answer] = []
      for (offset, question) in model.duties(inForceOn: day).flatMap(\.duty.questions).enumerated()
      where question.answerKind == .yesPartialNo {
        answers.append(
          Answer(
            questionID: question.id, value: [.yes, .no, .partial][(offset + index) % 3],
            comment: hostile[offset % hostile.count],
            evidence: hostile[(offset + 1) % hostile.count]))
      }
      for perspective in Perspective.allCases {
        let metadata = ResponseMetadata(
          municipalityCode: municipality.code, municipalityName: municipality.name, round: "r",
          referenceDate: day, perspective: perspective,
          organisation: perspective == .civilSociety ? "<b>Jouren</b> \"><script>x</script>" : "",
          modelVersion: model.version)
        var own = answers
        if perspective == .civilSociety {
          own = answers.map { Answer(questionID: $0.questionID, value: .no, comment: hostile[0]) }
        }
        let exceptions =
          perspective == .municipality
          ? [
            DutyException(
              dutyID: "D018", justification: hostile[2], validUntil: day.adding(days: -1))
          ]
          : []
        scores.append(
          Scorer.score(
            Response(metadata: metadata, answers: own, exceptions: exceptions, file: "x"),
            model: model))
      }
    }
    return RegionComparison(
      county: register.county(code: "14"), round: "r", municipalities: municipalities,
      scores: scores, model: model)
  }

  static func templates() throws -> TemplateSet {
    switch TemplateSet.embedded {
    case .success(let set): return set
    case .failure(let error): throw error
    }
  }

  @Test(arguments: Audience.allCases)
  func userTextNeverBecomesMarkupInABrief(_ audience: Audience) throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model)
    let templates = try Self.templates()
    let municipality = try #require(comparison.rows.first?.municipality)
    let brief = Brief(
      model: model, comparison: comparison, change: nil, previousReferenceDate: nil,
      municipality: municipality, audience: audience, isFictional: false)
    let html = templates.briefHTML.render(brief.values(html: true))
    let markdown = templates.briefMarkdown.render(brief.values(html: false))
    for text in [html, markdown] {
      #expect(!text.contains("<script"))
      #expect(!text.contains("<img"))
      #expect(!text.contains("<a "))
      #expect(!text.contains("<b>Jouren"))
      #expect(!text.contains("121212-1212"))
    }
    #expect(!html.contains("href=\"javascript"))
    // In Markdown a link needs an unescaped "](": every "]" from user text is escaped.
    #expect(markdown.range(of: #"(?<!\\)\]\(javascript"#, options: .regularExpression) == nil)
    #expect(html.contains("&lt;script&gt;"))
    #expect(html.contains(PersonalNumber.replacement))
    #expect(html.contains("&lt;b&gt;Jouren&lt;/b&gt;"))
    // The only tables are the template's own: hostile </td> never closes one.
    #expect(
      html.components(separatedBy: "</table>").count
        == html.components(separatedBy: "<table").count)
  }

  @Test func overviewAndComparisonEscapeUserText() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model)
    let templates = try Self.templates()
    let overview = Overview(comparison: comparison, change: nil, isFictional: false)
    let outputs = [
      templates.overviewHTML.render(overview.values(html: true)),
      templates.overviewMarkdown.render(overview.values(html: false)),
      ComparisonReport(comparison: comparison, change: nil).html(),
      ComparisonReport(comparison: comparison, change: nil).markdown(),
    ]
    for text in outputs {
      #expect(!text.contains("<script"))
      #expect(!text.contains("<b>Jouren"))
      #expect(!text.contains("121212-1212"))
    }
  }

  @Test func briefWithoutAResponseSaysSoAndStillAsksQuestions() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model)
    let missing = try #require(Register.embedded.municipalities.first { $0.code == "1401" })
    var rows = comparison
    rows.rows.append(RegionComparison.Row(municipality: missing, score: nil, civilSociety: []))
    let brief = Brief(
      model: model, comparison: rows, change: nil, previousReferenceDate: nil,
      municipality: missing, audience: .politician, isFictional: false)
    let text = try Self.templates().briefMarkdown.render(brief.values(html: false))
    #expect(text.contains("har inte lämnat något svar"))
    #expect(text.contains("Varför har kommunen inte besvarat checklistan"))
  }

  @Test func fictionalDataSaysSoOnThePage() throws {
    let model = try #require(Self.model)
    let comparison = Self.comparison(model)
    let municipality = try #require(comparison.rows.first?.municipality)
    let brief = Brief(
      model: model, comparison: comparison, change: nil, previousReferenceDate: nil,
      municipality: municipality, audience: .politician, isFictional: true)
    let templates = try Self.templates()
    #expect(templates.briefHTML.render(brief.values(html: true)).contains("Fiktiva uppgifter"))
    #expect(templates.briefMarkdown.render(brief.values(html: false)).contains("Fiktiva uppgifter"))
  }
}
