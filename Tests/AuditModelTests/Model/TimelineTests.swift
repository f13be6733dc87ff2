import Foundation
import Testing

@testable import AuditModel

/// The time-aware model on the small fixture, where every date is known by hand.
struct TimelineTests {
  static func model() throws -> DutyModel {
    let files = try ModelFiles.read(
      directory: TestPaths.fixture("models/valid").path)
    return try #require(ModelLoader().load(files).model)
  }

  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  @Test func dutyIsRecommendedBeforeJuly2007AndMandatoryFrom() throws {
    let model = try Self.model()
    let before = try #require(model.duties(inForceOn: Self.day("2007-06-30")).first)
    let after = try #require(model.duties(inForceOn: Self.day("2007-07-01")).first)
    #expect(before.strength.description == "lag (bör)")
    #expect(!before.strength.isMandatory)
    #expect(after.strength.description == "lag")
    #expect(after.strength.isMandatory)
  }

  @Test func dutyAppliesFromItsFirstDay() throws {
    let model = try Self.model()
    #expect(model.duties(inForceOn: Self.day("2021-07-31")).map(\.duty.id) == ["D001"])
    #expect(model.duties(inForceOn: Self.day("2021-08-01")).map(\.duty.id) == ["D001", "D002"])
    #expect(model.duties(inForceOn: Self.day("2001-12-31")).isEmpty)
  }

  @Test func dutyMovesToTheNewActWithTheSameID() throws {
    let model = try Self.model()
    let old = model.duties(inForceOn: Self.day("2025-06-30"))
    let new = model.duties(inForceOn: Self.day("2025-07-01"))
    #expect(old.map(\.citation) == ["5 kap. 11 § SoL 2001:453", "5 kap. 11 a § SoL 2001:453"])
    #expect(new.map(\.citation) == ["13 kap. 1 § SoL 2025:400", "13 kap. 8 § SoL 2025:400"])
    #expect(old.map(\.duty.id) == new.map(\.duty.id))
  }

  @Test func changesNameEveryDayAndKind() throws {
    let model = try Self.model()
    let changes = model.changes(from: Self.day("2002-01-01"), to: Self.day("2026-01-01"))
    let summary = changes.map { "\($0.day) \($0.duty.id) \($0.kind.rawValue)" }
    #expect(
      summary == [
        "2007-07-01 D001 ändrad styrka",
        "2021-08-01 D002 tillkom",
        "2025-07-01 D001 nytt lagrum",
        "2025-07-01 D002 nytt lagrum",
      ])
    #expect(changes[0].instruments == ["SoL 2001:453"])
    #expect(changes[2].instruments == ["SoL 2001:453", "SoL 2025:400"])
  }

  @Test func moveBetweenActsIsNotADisappearance() throws {
    let model = try Self.model()
    let changes = model.changes(from: Self.day("2025-06-30"), to: Self.day("2025-07-01"))
    #expect(changes.allSatisfy { $0.kind == .moved })
    #expect(changes.count == 2)
  }

  @Test func noChangesWhenTheDaysAreEqual() throws {
    let model = try Self.model()
    #expect(model.changes(from: Self.day("2025-07-01"), to: Self.day("2025-07-01")).isEmpty)
  }
}
