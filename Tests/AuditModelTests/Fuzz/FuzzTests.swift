import Foundation
import Testing

@testable import AuditModel

/// Seeded fuzzing of every reader: valid fixture files are damaged in thousands of
/// ways (see ``Mutation``) and fed through `ResponseReader` and `ResponseValidator`,
/// `JSONParser`, `CSVTable`, `ModelLoader` and `Register.parse`.
///
/// Every input must end in a result or in at least one error; no reader may crash, and
/// every diagnostic needs a message and a line and column of at least 1 that lie in
/// the file.
///
/// - `AUDIT_FUZZ_CASES=N` runs about N cases in all (10 000 by default), shared
///   between the tests in the same proportions.
/// - `AUDIT_FUZZ_SEED=S` (decimal or `0x…`) replays the case whose seed a failure
///   printed: each test runs that one case (or N cases from S with `AUDIT_FUZZ_CASES`).
/// - If the process crashes or hangs, `$TMPDIR/audit-fuzz-TEST.txt` names the seed of
///   the case that was running; the file is removed when a test finishes.
struct FuzzTests {
  @Test func damagedCSVResponsesEndInAResponseOrAnError() {
    let csv = FuzzFixtures.validCSV
    FuzzCampaign(name: "csv-responses", share: 3_000).run { mutator, report in
      let (bytes, applied) = mutator.mutate(csv, format: .csv(separator: UInt8(ascii: ";")))
      report.applied = applied
      FuzzOracle.everyReader(bytes, report: &report)
    }
  }

  @Test func damagedJSONResponsesEndInAResponseOrAnError() {
    let json = FuzzFixtures.validJSON
    FuzzCampaign(name: "json-responses", share: 2_500).run { mutator, report in
      let (bytes, applied) = mutator.mutate(json, format: .json)
      report.applied = applied
      FuzzOracle.everyReader(bytes, report: &report)
    }
  }

  @Test func damagedModelFilesEndInAModelOrAnError() {
    let files = FuzzFixtures.modelFiles
    let paths = files.keys.sorted()
    FuzzCampaign(name: "model-files", share: 2_000).run { mutator, report in
      let path = mutator.random.pick(paths)
      var changed = files
      if mutator.random.chance(0.03) {
        changed[path] = nil
        report.applied = ["remove \(path)"]
      } else {
        let (bytes, applied) = mutator.mutate(Array((files[path] ?? "").utf8), format: .json)
        report.applied = ["\(path):"] + applied
        changed[path] = decodeText(Data(bytes)).text
        FuzzOracle.everyReader(bytes, report: &report)
      }
      FuzzOracle.modelLoader(changed, report: &report)
    }
  }

  @Test func damagedRegisterFilesNeverBreakValidation() {
    let municipalities = FuzzFixtures.municipalities
    let counties = FuzzFixtures.counties
    FuzzCampaign(name: "register-files", share: 800).run { mutator, report in
      let damageCounties = mutator.random.chance(0.25)
      let original = damageCounties ? counties : municipalities
      let (bytes, applied) = mutator.mutate(original, format: .csv(separator: UInt8(ascii: ",")))
      report.applied = [damageCounties ? "lan.csv:" : "kommuner.csv:"] + applied
      FuzzOracle.everyReader(bytes, parsesRegister: false, report: &report)
      let text = decodeText(Data(bytes)).text
      let register = Register.parse(
        municipalities: damageCounties ? decodeText(Data(municipalities)).text : text,
        counties: damageCounties ? text : decodeText(Data(counties)).text)
      _ = try? register.municipality(mutator.random.pick(["1490", "Borås", "Boras", "14", ""]))
      _ = try? register.county(mutator.random.pick(["14", "1", "Västra Götaland", ""]))
      for fixture in [FuzzFixtures.validCSV, FuzzFixtures.validJSON] {
        FuzzOracle.responsePipeline(
          fixture, model: FuzzFixtures.model, register: register, report: &report)
      }
    }
  }

  @Test func arbitraryBytesEndInAResultOrAnError() {
    let campaign = FuzzCampaign(name: "arbitrary-bytes", share: 1_700)
    // Random bytes never make a valid response, so only errors are expected.
    campaign.run(expectsResults: false) { mutator, report in
      let length = mutator.random.below(mutator.random.chance(0.1) ? 20_000 : 600)
      let alphabet = Array("{}[]\":,;\t\r\n\\ 0123456789-+.eEtrufalsnjdvikåäöD\u{FEFF}".utf8)
      let bytes = (0..<length).map { _ -> UInt8 in
        mutator.random.chance(0.9)
          ? mutator.random.pick(alphabet) : UInt8(truncatingIfNeeded: mutator.random.next())
      }
      report.applied = ["arbitrary(\(length) bytes)"]
      FuzzOracle.everyReader(bytes, report: &report)
    }
  }

  // MARK: Limits

  @Test func aHundredThousandColumnHeaderIsRejectedWithTheFieldLimit() {
    let header = Array(repeating: "fråga-id", count: 100_000).joined(separator: ";") + "\n"
    let read = ResponseReader().read(Data(header.utf8), file: "bred.csv")
    #expect(read.raw == nil)
    #expect(read.diagnostics.count == 1)
    #expect(read.diagnostics.first?.message.contains("raden har fler än 1000 fält") == true)
    #expect(read.diagnostics.first?.position == SourcePosition(line: 1, column: 1))
  }

  @Test func aFiftyMegabyteFileIsRejectedBeforeItIsRead() {
    let read = ResponseReader().read(Data(count: 50_000_000), file: "stor.csv")
    #expect(read.raw == nil)
    #expect(
      read.diagnostics.map(\.message) == ["filen är 50 MB, större än gränsen 20 MB"])
  }

  @Test func aFieldOfTwoHundredThousandCharactersIsRejectedWithTheFieldLimit() {
    var csv = FuzzFixtures.validCSV
    let field = Array(String(repeating: "å", count: 200_000).utf8)
    let firstQuestion = Mutator.offset(ofLine: 12, in: Mutator.lines(csv))
    csv.insert(contentsOf: field, at: firstQuestion)
    let read = ResponseReader().read(Data(csv), file: "lang.csv")
    #expect(read.raw == nil)
    #expect(read.diagnostics.first?.message.contains("längre än 100000 tecken") == true)
    #expect(read.diagnostics.first?.position == SourcePosition(line: 13, column: 1))
  }

  @Test func tenThousandLevelsOfNestingStopAtTheDepthLimit() {
    let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let response = "{\"questions\":" + nested + "}"
    let read = ResponseReader().read(Data(response.utf8), file: "djup.json")
    #expect(read.raw == nil)
    #expect(read.diagnostics.first?.message.contains("för djup nästling") == true)
    var files = FuzzFixtures.modelFiles
    files["areas.json"] = "{\"areas\":" + nested + "}"
    let loaded = ModelLoader().load(ModelFiles(files, displayRoot: "m"))
    #expect(loaded.model == nil)
    #expect(
      loaded.diagnostics.contains { $0.file == "m/areas.json" && $0.message.contains("djup") })
  }

  @Test func aMillionArrayElementsEndInATreeOrAnError() {
    let text = "[" + Array(repeating: "1", count: 1_000_000).joined(separator: ",") + "]"
    do {
      let root = try JSONParser().parse(text)
      #expect(root.elements?.count == 1_000_000)
    } catch {
      #expect(!FuzzOracle.isBlank(error.message))
    }
  }
}

// MARK: - Fixtures

/// The valid files every campaign damages, read once.
enum FuzzFixtures {
  /// The day validation runs on, fixed so that results never depend on the calendar.
  static let today = Day(year: 2026, month: 1, day: 15) ?? Day(ordinal: 20_468)

  static let validCSV = bytes(TestPaths.fixture("responses/valid.csv"))
  static let validJSON = bytes(TestPaths.fixture("responses/valid.json"))
  static let municipalities = bytes(TestPaths.repo("checklists/register/kommuner.csv"))
  static let counties = bytes(TestPaths.repo("checklists/register/lan.csv"))

  /// The files of the valid fixture model, relative path → text.
  static let modelFiles = TestPaths.tree(
    TestPaths.fixture("models/valid"), suffixes: [".json"])

  /// The valid fixture model; `nil` only if the fixture itself is broken.
  static let model: DutyModel? =
    ModelLoader().load(ModelFiles(modelFiles, displayRoot: "models/valid")).model

  static let register = Register.embedded

  static func bytes(_ url: URL) -> [UInt8] {
    Array(FileManager.default.contents(atPath: url.path) ?? Data())
  }
}

// MARK: - Oracles

/// What one case did and what went wrong in it.
struct FuzzReport {
  /// Where the running case is written down, so that a crash or hang can be replayed.
  var breadcrumb: URL?
  /// The case's name and seed.
  var label = ""
  /// The mutations applied, for the failure message and the breadcrumb.
  var applied: [String] = [] {
    didSet {
      guard let breadcrumb else { return }
      let text = "\(label)\nmutations: \(applied.joined(separator: " "))\n"
      try? Data(text.utf8).write(to: breadcrumb)
    }
  }
  /// Broken promises; empty when the case passed.
  var problems: [String] = []
  /// How many inputs ended in a usable result.
  var results = 0
  /// How many inputs ended in at least one error.
  var errors = 0

  mutating func check(_ condition: Bool, _ problem: @autoclosure () -> String) {
    if !condition { problems.append(problem()) }
  }
}

/// The promises every reader keeps, whatever it is given.
enum FuzzOracle {
  /// Runs `bytes` through every reader that takes a single file; `Register.parse` only
  /// when `parsesRegister`, for campaigns that do not parse the register themselves.
  static func everyReader(
    _ bytes: [UInt8], parsesRegister: Bool = true, report: inout FuzzReport
  ) {
    let text = decodeText(Data(bytes)).text
    let lines = lineCount(text)
    responsePipeline(
      bytes, lines: lines, model: FuzzFixtures.model, register: FuzzFixtures.register,
      report: &report)
    jsonParser(text, allowsComments: true, lines: lines, report: &report)
    if text.utf8.contains(UInt8(ascii: "/")) {
      // Without a slash both modes read the same; with one, strict JSON is checked too.
      jsonParser(text, allowsComments: false, lines: lines, report: &report)
    }
    csvTable(text, lines: lines, report: &report)
    if parsesRegister {
      // The county path is covered by the register campaign; one parse keeps huge inputs fast.
      _ = Register.parse(municipalities: text, counties: "")
    }
  }

  /// `ResponseReader` and then, when a raw response comes back, `ResponseValidator`:
  /// the pair ends in a response or in at least one error. `lines` is the number of
  /// lines in the file, counted when not given.
  static func responsePipeline(
    _ bytes: [UInt8], lines: Int? = nil, model: DutyModel?, register: Register,
    report: inout FuzzReport
  ) {
    let data = Data(bytes)
    let lines = lines ?? lineCount(decodeText(data).text)
    let read = ResponseReader().read(data, file: "svar.csv")
    diagnostics(read.diagnostics, stage: "ResponseReader", lines: lines, report: &report)
    guard let raw = read.raw else {
      report.check(
        read.diagnostics.contains(where: \.isError),
        "ResponseReader gave neither a raw response nor an error")
      report.errors += 1
      return
    }
    guard let model else {
      report.problems.append("the valid fixture model does not load")
      return
    }
    let validated = ResponseValidator(model: model, register: register, today: FuzzFixtures.today)
      .validate(raw)
    diagnostics(validated.diagnostics, stage: "ResponseValidator", lines: lines, report: &report)
    let validatorErrors = validated.diagnostics.contains(where: \.isError)
    report.check(
      (validated.response != nil) != validatorErrors,
      validatorErrors
        ? "ResponseValidator gave a response despite errors"
        : "ResponseValidator gave neither a response nor an error")
    report.check(
      validated.answeredQuestions <= validated.applicableQuestions,
      "more answered questions (\(validated.answeredQuestions)) than applicable "
        + "(\(validated.applicableQuestions))")
    if validated.response != nil { report.results += 1 } else { report.errors += 1 }
  }

  /// `JSONParser.parse`: a tree whose every position lies in the file, or an error.
  static func jsonParser(
    _ text: String, allowsComments: Bool, lines: Int, report: inout FuzzReport
  ) {
    let stage = "JSONParser(allowsComments: \(allowsComments))"
    do {
      let root = try JSONParser(allowsComments: allowsComments).parse(text)
      var pending = [root]
      while let node = pending.popLast() {
        position(node.position, stage: stage, lines: lines, report: &report)
        switch node.value {
        case .array(let elements): pending += elements
        case .object(let members):
          for member in members {
            position(member.keyPosition, stage: stage, lines: lines, report: &report)
            pending.append(member.node)
          }
        default: break
        }
      }
    } catch {
      report.check(!isBlank(error.message), "\(stage) threw an error without a message")
      position(error.position, stage: stage, lines: lines, report: &report)
    }
  }

  /// `CSVTable.parse`: records within the limits with positions in the file, or an
  /// error with a message.
  static func csvTable(_ text: String, lines: Int, report: inout FuzzReport) {
    let limits = CSVLimits.default
    do {
      let table = try CSVTable.parse(text)
      report.check(table.records.count <= limits.maxRecords, "CSVTable exceeded maxRecords")
      for record in table.records {
        report.check(
          (1...limits.maxFields).contains(record.fields.count),
          "CSVTable record on line \(record.line) has \(record.fields.count) fields")
        for field in record.fields {
          position(field.position, stage: "CSVTable", lines: lines, report: &report)
          report.check(
            field.value.unicodeScalars.count <= limits.maxFieldLength,
            "CSVTable kept a field longer than maxFieldLength")
        }
      }
    } catch {
      report.check(!isBlank(error.description), "CSVTable threw \(error) without a description")
      if let place = error.position {
        position(place, stage: "CSVTable", lines: lines, report: &report)
      }
    }
  }

  /// `ModelLoader.load`: a model without errors, or at least one error.
  static func modelLoader(_ files: [String: String], report: inout FuzzReport) {
    let loaded = ModelLoader().load(ModelFiles(files, displayRoot: "models/valid"))
    let lines = files.values.map(lineCount).max() ?? 1
    diagnostics(loaded.diagnostics, stage: "ModelLoader", lines: lines, report: &report)
    let hasErrors = loaded.diagnostics.contains(where: \.isError)
    report.check(
      (loaded.model != nil) != hasErrors,
      hasErrors ? "ModelLoader gave a model despite errors" : "ModelLoader gave neither")
    guard let model = loaded.model else {
      report.errors += 1
      return
    }
    report.results += 1
    // A model that still loads must still validate a response without breaking.
    responsePipeline(
      FuzzFixtures.validCSV, model: model, register: FuzzFixtures.register, report: &report)
  }

  /// Every diagnostic has a message and, when it has a position, one in the file.
  static func diagnostics(
    _ list: [Diagnostic], stage: String, lines: Int, report: inout FuzzReport
  ) {
    for diagnostic in list {
      report.check(!isBlank(diagnostic.message), "\(stage) gave an empty message: \(diagnostic)")
      report.check(!diagnostic.file.isEmpty, "\(stage) gave no file name: \(diagnostic)")
      if let place = diagnostic.position {
        position(
          place, stage: "\(stage) \(diagnostic.description.prefix(160))", lines: lines,
          report: &report)
      }
    }
  }

  /// A position is at line and column 1 or later, and on a line the file has.
  static func position(
    _ place: SourcePosition, stage: @autoclosure () -> String, lines: Int,
    report: inout FuzzReport
  ) {
    guard place.line < 1 || place.column < 1 || place.line > lines else { return }
    report.problems.append(
      "\(stage()): position \(place.line):\(place.column) outside the file (\(lines) lines)")
  }

  /// The number of lines, counting LF, CRLF and CR as one line break each.
  static func lineCount(_ text: String) -> Int {
    var count = 1
    var afterCR = false
    for byte in text.utf8 {
      if byte == 0x0D {
        count += 1
      } else if byte == 0x0A, !afterCR {
        count += 1
      }
      afterCR = byte == 0x0D
    }
    return count
  }

  static func isBlank(_ text: String) -> Bool {
    text.allSatisfy(\.isWhitespace)
  }
}

// MARK: - Campaigns

/// A seeded run of cases with replay, scaling and a crash breadcrumb.
struct FuzzCampaign {
  /// The seed of the default run.
  static let defaultSeed: UInt64 = 0x5EED_A0D1_7F00_2026
  /// The default number of cases over all campaigns.
  static let defaultTotal = 10_000
  /// The longest one case may take before it counts as a hang.
  static let slowCase = Duration.seconds(10)

  let name: String
  let count: Int
  let baseSeed: UInt64

  /// A campaign that runs `share` of the default 10 000 cases, scaled by
  /// `AUDIT_FUZZ_CASES` and seeded by `AUDIT_FUZZ_SEED`.
  init(name: String, share: Int) {
    self.name = name
    let environment = ProcessInfo.processInfo.environment
    let seed = environment["AUDIT_FUZZ_SEED"].flatMap(Self.parseSeed)
    let total = environment["AUDIT_FUZZ_CASES"].flatMap { Int($0) }
    baseSeed = seed ?? Self.defaultSeed
    if let total {
      count = max(1, share * total / Self.defaultTotal)
    } else {
      count = seed == nil ? share : 1
    }
  }

  /// Reads a seed written in decimal or as `0x…` hexadecimal, with or without `_`.
  static func parseSeed(_ text: String) -> UInt64? {
    let digits = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
    if digits.lowercased().hasPrefix("0x") { return UInt64(digits.dropFirst(2), radix: 16) }
    return UInt64(digits)
  }

  /// The seed of case `index`: the base seed itself for case 0, so that a printed seed
  /// replays as case 0 of a new run.
  func seed(ofCase index: Int) -> UInt64 {
    guard index > 0 else { return baseSeed }
    var mixer = SeededGenerator(seed: baseSeed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
    return mixer.next()
  }

  /// Runs every case and records an issue naming the seed of each failing one, at the
  /// test that called.
  func run(
    expectsResults: Bool = true, at place: Testing.SourceLocation = #_sourceLocation,
    _ body: (inout Mutator, inout FuzzReport) -> Void
  ) {
    let breadcrumb = FileManager.default.temporaryDirectory
      .appendingPathComponent("audit-fuzz-\(name).txt")
    let clock = ContinuousClock()
    var failures: [String] = []
    var results = 0
    var errors = 0
    var slowest = (Duration.zero, 0)
    for index in 0..<count {
      let caseSeed = seed(ofCase: index)
      let hex = "0x" + String(caseSeed, radix: 16)
      let label = "\(name) case \(index), seed \(hex) (replay: AUDIT_FUZZ_SEED=\(hex))"
      var mutator = Mutator(seed: caseSeed)
      var report = FuzzReport(breadcrumb: breadcrumb, label: label)
      let elapsed = clock.measure { body(&mutator, &report) }
      if elapsed > slowest.0 { slowest = (elapsed, index) }
      if elapsed > Self.slowCase {
        report.problems.append("took \(elapsed), longer than \(Self.slowCase)")
      }
      results += report.results
      errors += report.errors
      if !report.problems.isEmpty {
        failures.append(
          "\(name) case \(index), seed \(hex) [\(report.applied.joined(separator: " "))]: "
            + report.problems.prefix(5).joined(separator: "; ")
            + "\n  replay: AUDIT_FUZZ_SEED=\(hex) swift test --filter FuzzTests")
      }
    }
    try? FileManager.default.removeItem(at: breadcrumb)
    for failure in failures.prefix(10) {
      Issue.record(Comment(rawValue: failure), sourceLocation: place)
    }
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(count) \(name) cases failed (first ones above)",
      sourceLocation: place)
    if count >= 100 {
      // Both outcomes must occur, or the mutations are too mild or too harsh to test much.
      #expect(
        results > 0 || !expectsResults, "no \(name) input ended in a result",
        sourceLocation: place)
      #expect(errors > 0, "no \(name) input ended in an error", sourceLocation: place)
    }
    print(
      "FuzzTests \(name): \(count) cases from seed 0x\(String(baseSeed, radix: 16)), "
        + "\(results) results, \(errors) errors, slowest case \(slowest.1) took \(slowest.0)")
  }
}
