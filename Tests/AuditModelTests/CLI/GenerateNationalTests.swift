import Foundation
import Testing

@testable import AuditCLI
@testable import AuditModel

struct GenerateNationalTests {
  static let model: DutyModel? = ModelLoader().load(.embedded).model

  static func data(seed: UInt64, rounds: Int = 2) throws -> NationalData {
    let model = try #require(model)
    let counties = ["10", "09"].compactMap { Register.embedded.county(code: $0) }
    return NationalData(
      model: model, register: .embedded, seed: seed, rounds: rounds,
      last: NationalData.defaultLastDay, counties: counties)
  }

  static func files(_ data: NationalData) -> [String: Data] {
    var files: [String: Data] = [:]
    for index in data.rounds.indices {
      for county in data.counties {
        for file in data.files(round: index, county: county, checklists: false).files {
          files[file.path] = file.data
        }
      }
    }
    return files
  }

  @Test func sameSeedGivesTheSameBytesAndAnotherSeedOtherAnswers() throws {
    let first = Self.files(try Self.data(seed: 7))
    let second = Self.files(try Self.data(seed: 7))
    let other = Self.files(try Self.data(seed: 8))
    #expect(!first.isEmpty)
    #expect(first == second)
    #expect(first != other)
  }

  @Test func aRoundDoesNotDependOnHowManyRoundsAreGenerated() throws {
    let one = Self.files(try Self.data(seed: 3, rounds: 1))
    let three = Self.files(try Self.data(seed: 3, rounds: 3))
    #expect(!one.isEmpty)
    for (path, data) in one { #expect(three[path] == data, "\(path)") }
  }

  @Test func roundsAreHalfYearlyAndEndAtTheLastDay() throws {
    let data = try Self.data(seed: 1, rounds: 3)
    #expect(data.rounds.map(\.round) == ["2025-host", "2026-var", "2026-host"])
    #expect(data.rounds.map(\.day.description) == ["2025-10-01", "2026-04-01", "2026-10-01"])
  }

  @Test func everyResponseIsValidFictionalAndFilledIn() throws {
    let data = try Self.data(seed: 2026)
    let model = try #require(Self.model)
    let validator = ResponseValidator(
      model: model, register: .embedded, today: Day("2026-11-25") ?? Day(ordinal: 0))
    let files = Self.files(data)
    var answered = 0
    for (path, bytes) in files where path.hasSuffix(".csv") {
      let text = String(decoding: bytes, as: UTF8.self)
      let head = "\u{FEFF}checklista;audit-checklista 1\r\nexempel;\"Fiktiva uppgifter"
      #expect(text.hasPrefix(head), "\(path)")
      let read = ResponseReader().read(bytes, file: path)
      let raw = try #require(read.raw, "\(path)")
      let result = validator.validate(raw)
      let errors = result.diagnostics.filter(\.isError)
      #expect(errors.isEmpty, "\(path): \(errors)")
      #expect(result.response != nil)
      answered += result.answeredQuestions
    }
    #expect(answered > 0)
    for (path, bytes) in files where path.hasSuffix(RoundWorkspace.descriptionFile) {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.contains("\"fictional\" : \"Fiktiva uppgifter"), "\(path)")
      #expect(text.contains("\"countyCode\""))
    }
  }

  @Test func theChecklistOfTheReferenceDateIsUsed() throws {
    let model = try #require(Self.model)
    let data = try Self.data(seed: 5, rounds: 1)
    let county = try #require(data.counties.first)
    let round = data.files(round: 0, county: county, checklists: false)
    let file = try #require(round.files.first { $0.path.hasSuffix(".csv") })
    let expected = model.duties(inForceOn: NationalData.defaultLastDay)
      .flatMap(\.duty.questions).map(\.id)
    let raw = try #require(ResponseReader().read(file.data, file: file.path).raw)
    #expect(raw.rows.map(\.questionID.text) == expected)
  }

  @Test func sharesFollowTheOpenComparisonsSeriesOfTheModel() throws {
    // checklists/model/oj-andelar.json: D023-1 (ÖJ 4) is 22 % in 2019 and 34 % in 2024;
    // 2026 takes the latest year up to it, 2010 the earliest (14 % in 2014).
    let data = try Self.data(seed: 5, rounds: 1)
    let early = Day("2019-10-01") ?? Day(ordinal: 0)
    let late = Day("2026-10-01") ?? Day(ordinal: 0)
    let before = Day("2010-10-01") ?? Day(ordinal: 0)
    #expect(data.yesShare("D023-1", on: early) == 0.22)
    #expect(data.yesShare("D023-1", on: late) == 0.34)
    #expect(data.yesShare("D023-1", on: before) == 0.14)
    #expect(data.yesShare("D001-1", on: late) == NationalData.defaultYes)
  }

  @Test func commandRefusesAFolderThatIsNotEmpty() throws {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
      "audit-national-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: parent.appendingPathComponent("ut"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: parent) }
    try Data("x".utf8).write(to: parent.appendingPathComponent("ut/fil.txt"))
    let run = runAudit(["generate-national", "ut", "--rounds", "1"], in: parent)
    guard AuditCLI.commands.contains(where: { $0.spec.name == "generate-national" }) else {
      #expect(run.status == 64)
      return
    }
    #expect(run.status == 73)
    #expect(run.stderr.contains("mappen är inte tom"))
    #expect(runAudit(["generate-national", "x", "--rounds", "0"], in: parent).status == 64)
  }
}
