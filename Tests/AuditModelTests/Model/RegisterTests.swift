import Testing

@testable import AuditModel

struct RegisterTests {
  let register = Register.embedded

  @Test func registerHas290MunicipalitiesIn21Counties() {
    #expect(register.municipalities.count == 290)
    #expect(register.counties.count == 21)
    #expect(register.municipalities(inCounty: "14").count == 49)
    #expect(register.municipalities(inCounty: "01").count == 26)
  }

  @Test(arguments: [
    ("1490", "Borås"), ("Borås", "Borås"), ("borås", "Borås"), ("Boras", "Borås"),
    ("0180", "Stockholm"), ("Habo", "Habo"), ("Håbo", "Håbo"), (" 1480 ", "Göteborg"),
  ])
  func municipalityIsFoundByCodeOrName(_ query: String, _ name: String) throws {
    #expect(try register.municipality(query).name == name)
  }

  @Test func misspeltNameSuggestsTheNearest() {
    #expect(throws: LookupError.self) { try register.municipality("Borsa") }
    do {
      _ = try register.municipality("Borsa")
    } catch {
      #expect(error.suggestions.contains("1490 Borås"))
      #expect(error.description.contains("menade du"))
    }
  }

  @Test func unknownCodeSuggestsNearbyCodes() {
    do {
      _ = try register.municipality("14900")
      Issue.record("14900 is not a municipality")
    } catch {
      #expect(error.suggestions.contains("1490 Borås"))
    }
  }

  @Test func countyIsFoundByCodeOrName() throws {
    #expect(try register.county("14").name == "Västra Götalands län")
    #expect(try register.county("1").name == "Stockholms län")
    #expect(try register.county("Västra Götaland").code == "14")
    #expect(try register.county("västra götalands län").code == "14")
    #expect(throws: LookupError.self) { try register.county("99") }
  }
}
