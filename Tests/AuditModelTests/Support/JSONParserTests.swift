import Testing

@testable import AuditModel

struct JSONParserTests {
  @Test func valuesRememberTheirLineAndColumn() throws {
    let text = "{\n  \"a\": [1, \"två\"],\n  \"b\": {\"c\": null}\n}"
    let root = try JSONParser().parse(text)
    let a = try #require(root["a"])
    #expect(a.keyPosition == SourcePosition(line: 2, column: 3))
    #expect(a.node.position == SourcePosition(line: 2, column: 8))
    let elements = try #require(a.node.elements)
    #expect(elements[1].string == "två")
    #expect(elements[1].position == SourcePosition(line: 2, column: 12))
    #expect(root["b"]?.node["c"]?.node.value == .null)
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try JSONParser().parse("{\"å\": \"ä\", \"x\": 1}")
    #expect(root["x"]?.keyPosition == SourcePosition(line: 1, column: 12))
  }

  @Test func commentsAreSkippedWhenAllowed() throws {
    let text = "// rubrik\n{\n  // förklaring\n  \"a\": 1 // slut\n}\n"
    let root = try JSONParser().parse(text)
    #expect(root["a"]?.node.value == .number("1"))
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser(allowsComments: false).parse(text)
    }
  }

  @Test func escapesAndSurrogatesDecode() throws {
    let root = try JSONParser().parse(#"["a\"b\\c\n", "\u00e5\ud83d\ude00"]"#)
    let elements = try #require(root.elements)
    #expect(elements[0].string == "a\"b\\c\n")
    #expect(elements[1].string == "å😀")
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let root = try JSONParser().parse("\u{FEFF}{\"a\": true}")
    #expect(root["a"]?.node.value == .bool(true))
  }

  @Test(arguments: [
    ("{\"a\": 1,}", 1, 9, "väntade en nyckel — ta bort kommatecknet före }"),
    ("[1, 2", 1, 6, "väntade , eller ] i listan"),
    ("{\"a\" 1}", 1, 6, "väntade : efter nyckeln \"a\""),
    ("\"öppen", 1, 1, "texten som börjar här avslutas aldrig — lägg till \""),
    ("{\"a\": tru}", 1, 7, "okänt ord — skriv text inom citattecken, eller true, false eller null"),
    ("", 1, 1, "filen är tom — den ska innehålla ett JSON-objekt"),
    (
      "{} x", 1, 4,
      "oväntad text efter JSON-dokumentets slut — ta bort den eller kontrollera klamrarna"
    ),
    ("[-]", 1, 2, "- är inget giltigt tal"),
  ])
  func syntaxErrorNamesThePlace(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    do {
      _ = try JSONParser().parse(text)
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.position == SourcePosition(line: line, column: column))
      #expect(error.message == message)
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(text) }
  }
}

struct JSONSurrogateTests {
  @Test(arguments: [#"["\ud800\u0041"]"#, #"["\udc00"]"#, #"["\ud800\ud800"]"#, #"["\ud83d"]"#])
  func brokenSurrogatePairIsAnErrorNotACrash(_ text: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(text) }
  }
}
