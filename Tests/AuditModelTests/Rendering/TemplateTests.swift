import Testing

@testable import AuditModel

struct TemplateTests {
  static let schema: [String: TemplateSchema] = [
    "name": .value, "chart": .value, "shown": .flag,
    "items": .list(["text": .value, "tags": .list(["text": .value])]),
  ]

  static func render(
    _ text: String, _ language: Template.Language = .html, _ values: [String: TemplateValue]
  )
    throws -> String
  {
    try Template(text, file: "t", language: language, schema: schema).render(values)
  }

  @Test func valuesAreEscapedForHTMLByDefault() throws {
    let out = try Self.render(
      "<p>{{name}}</p>", .html, ["name": .text("<script>alert(1)</script> & \"x\"")])
    #expect(out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>")
  }

  @Test func markdownValuesCannotBecomeLinksOrMarkup() throws {
    let out = try Self.render(
      "{{name}}", .markdown, ["name": .text("[klicka](javascript:alert(1)) <img onerror=x> *fet*")])
    #expect(!out.contains("[klicka](javascript"))
    #expect(!out.contains("<img"))
    #expect(out.contains("\\[klicka\\]"))
    #expect(out.contains("&lt;img onerror=x&gt;"))
  }

  @Test func personalNumbersNeverReachTheOutput() throws {
    let out = try Self.render("{{name}}", .html, ["name": .text("Ärende 121212-1212")])
    #expect(out == "Ärende [personnummer borttaget]")
  }

  @Test func tripleBracesWriteReadyMarkup() throws {
    let out = try Self.render("{{{chart}}}", .html, ["chart": .markup("<svg></svg>")])
    #expect(out == "<svg></svg>")
  }

  @Test func sectionsRepeatOverListsAndNest() throws {
    let values: [String: TemplateValue] = [
      "items": .list([
        .object(["text": .text("a"), "tags": .list([.object(["text": .text("x")])])]),
        .object(["text": .text("b"), "tags": .list([])]),
      ])
    ]
    let out = try Self.render(
      "{{#items}}[{{text}}:{{#tags}}{{text}}{{/tags}}]{{/items}}", .html, values)
    #expect(out == "[a:x][b:]")
  }

  @Test func presenceAndAbsenceSections() throws {
    let template =
      "{{?items}}<ul>{{/items}}{{#items}}<li>{{text}}</li>{{/items}}{{?items}}</ul>{{/items}}{{^items}}tom{{/items}}"
    let full = try Self.render(
      template, .html,
      ["items": .list([.object(["text": .text("a")]), .object(["text": .text("b")])])])
    #expect(full == "<ul><li>a</li><li>b</li></ul>")
    #expect(try Self.render(template, .html, ["items": .list([])]) == "tom")
    #expect(
      try Self.render(
        "{{#shown}}ja{{/shown}}{{^shown}}nej{{/shown}}", .html, ["shown": .flag(false)]) == "nej")
  }

  @Test func standaloneTagLinesLeaveNoBlankLines() throws {
    let template = "rubrik\n{{#items}}\n- {{text}}\n{{/items}}\nslut\n"
    let out = try Self.render(
      template, .markdown, ["items": .list([.object(["text": .text("a")])])])
    #expect(out == "rubrik\n- a\nslut\n")
  }

  @Test(arguments: [
    (
      "rad ett\n{{kommun}}", 2, 1,
      "okänt fält \"kommun\" — se listan över fält i templates/README.md"
    ),
    ("{{nme}}", 1, 1, "okänt fält \"nme\" — menade du \"name\"?"),
    ("{{#items}}\n{{name}}", 1, 1, "sektionen {{#items}} avslutas aldrig — lägg till {{/items}}"),
    ("{{#items}}{{/name}}", 1, 11, "{{/name}} avslutar fel sektion — här ska det stå {{/items}}"),
    ("x {{items}}", 1, 3, "\"items\" är en lista eller ett villkor — använd {{#items}}…{{/items}}"),
    ("{{name", 1, 1, "taggen avslutas aldrig — lägg till }}"),
    ("{{#items}}{{txt}}{{/items}}", 1, 11, "okänt fält \"txt\" — menade du \"text\"?"),
  ])
  func badTemplateIsAnErrorWithItsPlace(
    _ text: String, _ line: Int, _ column: Int, _ message: String
  ) {
    do {
      _ = try Template(text, file: "mall.md", language: .markdown, schema: Self.schema)
      Issue.record("expected an error")
    } catch {
      #expect(error.position == SourcePosition(line: line, column: column))
      #expect(error.message == message)
      #expect(error.description.hasPrefix("fel: mall.md:\(line):\(column): "))
    }
  }

  @Test func shippedTemplatesLoad() throws {
    switch TemplateSet.embedded {
    case .success: break
    case .failure(let error): Issue.record("\(error.diagnostics)")
    }
  }
}
