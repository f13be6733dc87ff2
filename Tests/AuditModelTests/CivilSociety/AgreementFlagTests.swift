import Foundation
import Testing

@testable import AuditModel

/// Each flag with dates on both sides of its boundary; the round's day is 2026-10-01,
/// so "within six months" ends on 2027-04-01 and a twice-yearly follow-up is due
/// after 2026-04-01.
struct AgreementFlagTests {
  static let day = Day("2026-10-01") ?? Day(ordinal: 0)
  static let here = SourceLocation(file: "avtal.csv", position: .start)
  static let borås = Municipality(code: "1490", name: "Borås", countyCode: "14")

  static func agreement(
    form: Agreement.Form = .partnership, scope: [String] = ["skyddat boende"],
    start: String? = "2024-01-01", end: String? = nil, followUps: Int = 0,
    latest: String? = nil, status: Agreement.Status = .current, planned: String? = nil
  ) -> Agreement {
    Agreement(
      municipalityCode: "1490", organisation: "Jouren (fiktiv)", form: form, scope: scope,
      amountPerYear: 100_000, start: start.flatMap(Day.init), end: end.flatMap(Day.init),
      followUpsPerYear: followUps, latestFollowUp: latest.flatMap(Day.init), status: status,
      plannedProcurementDate: planned.flatMap(Day.init), location: here)
  }

  static func kinds(_ agreements: [Agreement], shelters: [Shelter] = []) -> Set<AgreementFlag.Kind>
  {
    Set(
      AgreementFlags.flags(
        agreements: agreements, shelters: shelters, municipalities: [borås], on: day
      ).map(\.kind))
  }

  @Test(arguments: [
    ("2027-04-01", true), ("2027-04-02", false), ("2026-10-01", true), ("2026-12-31", true),
  ])
  func endsWithinSixMonths(_ end: String, _ flagged: Bool) {
    let kinds = Self.kinds([Self.agreement(end: end)])
    #expect(kinds.contains(.endsSoon) == flagged, "\(end)")
  }

  @Test func agreementUntilFurtherNoticeNeverEndsSoon() {
    #expect(!Self.kinds([Self.agreement(end: nil)]).contains(.endsSoon))
  }

  @Test(arguments: [("2026-09-30", true), ("2026-10-01", false)])
  func endedAgreementWithoutReplacement(_ end: String, _ flagged: Bool) {
    let kinds = Self.kinds([Self.agreement(end: end)])
    #expect(kinds.contains(.endedWithoutReplacement) == flagged)
  }

  @Test func terminatedAgreementIsReplacedOnlyByOneCoveringTheSameScope() {
    let ended = Self.agreement(
      scope: ["skyddat boende", "barn"], end: "2026-06-30", status: .terminated)
    let partial = Self.agreement(scope: ["skyddat boende"], start: "2026-07-01")
    let full = Self.agreement(scope: ["skyddat boende", "barn", "stödsamtal"], start: "2026-07-01")
    #expect(Self.kinds([ended, partial]).contains(.endedWithoutReplacement))
    #expect(!Self.kinds([ended, full]).contains(.endedWithoutReplacement))
    let future = Self.agreement(scope: ["skyddat boende", "barn"], start: "2026-10-02")
    #expect(Self.kinds([ended, future]).contains(.endedWithoutReplacement))
  }

  @Test func procurementWithoutADate() {
    #expect(Self.kinds([Self.agreement(status: .inProcurement)]).contains(.procurementWithoutDate))
    #expect(
      !Self.kinds([Self.agreement(status: .inProcurement, planned: "2027-01-01")])
        .contains(.procurementWithoutDate))
  }

  @Test func noAgreementAndNoShelterOfItsOwn() {
    let own = Shelter(
      name: "Kommunens lägenheter", kind: .municipal, municipalityCode: "1490", places: 2,
      takesChildren: true, languages: [], competences: [], location: Self.here)
    let empty = Shelter(
      name: "Tomt", kind: .municipal, municipalityCode: "1490", places: 0, takesChildren: true,
      languages: [], competences: [], location: Self.here)
    let elsewhere = Shelter(
      name: "Annat", kind: .nonProfit, municipalityCode: "1490", places: 9, takesChildren: true,
      languages: [], competences: [], location: Self.here)
    let none = Self.agreement(form: .none, scope: [], start: nil)
    #expect(Self.kinds([none]).contains(.noAgreementNoShelter))
    #expect(Self.kinds([none], shelters: [empty, elsewhere]).contains(.noAgreementNoShelter))
    #expect(!Self.kinds([none], shelters: [own]).contains(.noAgreementNoShelter))
    #expect(!Self.kinds([Self.agreement()]).contains(.noAgreementNoShelter))
    #expect(Self.kinds([Self.agreement(scope: ["stödsamtal"])]).contains(.noAgreementNoShelter))
  }

  @Test(
    arguments: [
      (2, "2026-04-01", false), (2, "2026-03-31", true), (2, nil, true), (1, "2025-10-01", false),
      (1, "2025-09-30", true), (4, "2026-07-01", false), (4, "2026-06-30", true),
    ] as [(Int, String?, Bool)])
  func followUpsNotHeldAsAgreed(_ perYear: Int, _ latest: String?, _ flagged: Bool) {
    let kinds = Self.kinds([Self.agreement(followUps: perYear, latest: latest)])
    #expect(kinds.contains(.followUpsNotHeld) == flagged, "\(perYear) \(latest ?? "-")")
  }

  @Test func newAgreementIsNotLateForItsFirstFollowUp() {
    let recent = Self.agreement(start: "2026-06-01", followUps: 2)
    #expect(!Self.kinds([recent]).contains(.followUpsNotHeld))
  }

  @Test func absentFromTheRegisterIsUnknownNotNone() {
    let flags = AgreementFlags.flags(
      agreements: [], shelters: [], municipalities: [Self.borås], on: Self.day)
    #expect(flags.map(\.kind) == [.notInRegister])
    let detail = try? #require(flags.first?.detail)
    #expect(detail?.contains("Uppgift saknas i avtalsregistret") == true)
    #expect(detail?.contains("inget gällande avtal") == false)
  }
}
