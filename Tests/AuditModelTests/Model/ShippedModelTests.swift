import Foundation
import Testing

@testable import AuditModel

/// The acceptance criteria of the shipped duty model, checked on the embedded copy.
struct ShippedModelTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model

  static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

  static func summary(_ model: DutyModel, _ text: String) -> [String] {
    model.duties(inForceOn: day(text)).map { "\($0.duty.id) \($0.strength) \($0.citation)" }
  }

  @Test func modelIsLargeEnoughAndCoversEveryTheme() throws {
    let model = try #require(Self.model)
    let today = model.duties(inForceOn: Self.day("2026-11-25"))
    #expect(today.count >= 35)
    #expect(today.reduce(0) { $0 + $1.duty.questions.count } >= 70)
    #expect(model.areas.count >= 12)
    let covered = Set(today.flatMap(\.duty.themes))
    #expect(Set(model.themes.map(\.id)).subtracting(covered).isEmpty)
    for area in model.areas {
      #expect(today.contains { $0.duty.area == area.id }, "area \(area.id) has no duty")
    }
  }

  @Test(arguments: [
    ("2007-06-30", "2007-07-01"), ("2021-07-31", "2021-08-01"), ("2024-03-31", "2024-04-01"),
    ("2014-09-30", "2014-10-01"), ("2022-10-31", "2022-11-01"),
  ])
  func dutiesDifferAcrossAReform(_ before: String, _ after: String) throws {
    let model = try #require(Self.model)
    #expect(Self.summary(model, before) != Self.summary(model, after))
  }

  @Test func supportDutiesMoveToTheNewActWithTheSameIDs() throws {
    let model = try #require(Self.model)
    let old = model.duties(inForceOn: Self.day("2025-06-30"))
    let new = model.duties(inForceOn: Self.day("2025-07-01"))
    let oldIDs = Set(old.map(\.duty.id))
    #expect(oldIDs.isSubset(of: Set(new.map(\.duty.id))))
    let support = try #require(
      old.first { $0.duty.basis.contains { $0.provision.hasPrefix("sol2001-5-11-") } })
    #expect(support.citation.contains("SoL 2001:453"))
    #expect(!support.citation.contains("SoL 2025:400"))
    let moved = try #require(new.first { $0.duty.id == support.duty.id })
    #expect(moved.citation.contains("SoL 2025:400"))
    #expect(!moved.citation.contains("SoL 2001:453"))
    for duty in new where oldIDs.contains(duty.duty.id) {
      #expect(!duty.citation.contains("SoL 2001:453"), "\(duty.duty.id) still cites the old act")
    }
  }

  @Test func changesSince2007NameEveryReform() throws {
    let model = try #require(Self.model)
    let days = Set(
      model.changes(from: Self.day("2007-01-01"), to: Self.day("2026-11-25")).map(\.day.description)
    )
    for reform in [
      "2007-07-01", "2014-10-01", "2021-08-01", "2022-11-01", "2024-04-01", "2025-07-01",
    ] {
      #expect(days.contains(reform), "no change on \(reform)")
    }
  }

  @Test func moveToTheNewActIsNeverADisappearance() throws {
    let model = try #require(Self.model)
    let changes = model.changes(from: Self.day("2025-06-30"), to: Self.day("2025-07-01"))
    #expect(!changes.isEmpty)
    #expect(!changes.contains { $0.kind == .went })
  }

  @Test func everyCitedProvisionNamesWhatWasRead() throws {
    let model = try #require(Self.model)
    for provision in model.provisions {
      #expect(provision.source.count > 20, "\(provision.id) has no real source")
    }
  }

  @Test func perpetratorDutyStartsOnFirstAugust2021() throws {
    let model = try #require(Self.model)
    let cites = { (text: String) in
      model.duties(inForceOn: Self.day(text)).contains { $0.citation.contains("5 kap. 11 a §") }
    }
    #expect(!cites("2021-07-31"))
    #expect(cites("2021-08-01"))
  }
}
