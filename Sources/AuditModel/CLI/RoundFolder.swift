import Foundation

/// A round folder as the CLI reads it: its description (`omgang.json`, when present),
/// every response file with its validation outcome, and the scored valid responses.
struct RoundFolder {
  /// One response file and what validation said.
  struct FileState {
    var file: String
    var response: Response?
    var errors: Int
    var warnings: Int
    var completeness: Double?
  }

  var folder: String
  var county: County?
  var round: String
  var referenceDate: Day?
  var municipalities: [Municipality]
  var files: [FileState]
  var scores: [ResponseScore]
  /// Whether `omgang.json` says the round is fictional (generated data).
  var declaredFictional = false
  /// The agreements register, when the round has one.
  var agreements: AgreementRegister?
  /// The shelter register, in the round folder or a folder above it.
  var shelters: ShelterRegister?

  /// Reads and validates the round in `argument`. `region` overrides the county.
  static func load(
    _ argument: String, region: String?, session: Session, model: DutyModel
  ) throws(CommandError) -> RoundFolder {
    let path = session.resolve(argument)
    guard FileSystem.isDirectory(path) else {
      throw .noInput("\(argument): mappen finns inte — ange en omgångsmapp från 'audit init'")
    }
    session.extendRegister(near: path)
    let register = session.register
    let description = readDescription(path, shown: argument, session: session)
    var county: County?
    if let region {
      do throws(LookupError) {
        county = try register.county(region)
      } catch {
        throw .usage(error.description)
      }
    } else if let code = description?.countyCode {
      county = register.county(code: code)
    }
    let validator = session.validator(model: model)
    let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
    // Each file is read, checked and (when valid) scored once, on all cores.
    let names = ResponseFiles.list(in: path)
    let outcomes = Parallel.map(names) { name -> (ResponseFiles.Outcome, ResponseScore?)? in
      guard let data = FileSystem.read("\(path)/\(name)") else { return nil }
      let outcome = ResponseFiles.check(data, file: "\(base)/\(name)", validator: validator)
      return (outcome, outcome.response.map(validator.score))
    }
    var files: [FileState] = []
    var scores: [ResponseScore] = []
    for (name, result) in zip(names, outcomes) {
      let shown = "\(base)/\(name)"
      guard let (outcome, score) = result else {
        throw .noInput("\(shown): filen kan inte läsas — kontrollera behörigheten")
      }
      let errors = outcome.diagnostics.filter(\.isError).count
      if let score { scores.append(score) }
      files.append(
        FileState(
          file: shown, response: outcome.response, errors: errors,
          warnings: outcome.diagnostics.count - errors,
          completeness: score?.total.completeness ?? nil))
    }
    let responses = files.compactMap(\.response)
    if county == nil {
      let codes = Set(responses.map { String($0.metadata.municipalityCode.prefix(2)) })
      if codes.count == 1, let code = codes.first { county = register.county(code: code) }
    }
    var municipalities: [Municipality] = []
    if region == nil, let listed = description?.municipalities, !listed.isEmpty {
      municipalities = listed.compactMap { code in register.municipalities.first { $0.code == code }
      }
    } else if let county {
      municipalities = register.municipalities(inCounty: county.code)
    }
    let round =
      description?.round ?? responses.map(\.metadata.round).first { !$0.isEmpty }
      ?? URL(fileURLWithPath: path).standardized.lastPathComponent
    return RoundFolder(
      folder: argument, county: county, round: round,
      referenceDate: description?.referenceDate ?? responses.map(\.metadata.referenceDate).max(),
      municipalities: municipalities, files: files,
      scores: scores,
      declaredFictional: description?.isFictional ?? false,
      agreements: readAgreements(path, shown: base, register: register),
      shelters: readShelters(path, shown: base, register: register))
  }

  /// Reads `avtal.csv` or `avtal.json` in the round folder.
  static func readAgreements(_ path: String, shown: String, register: Register)
    -> AgreementRegister?
  {
    for name in [AgreementRegister.csvFile, AgreementRegister.jsonFile] {
      if let data = FileSystem.read("\(path)/\(name)") {
        let file = shown.isEmpty || shown == "." ? name : "\(shown)/\(name)"
        return AgreementRegister(data, file: file, register: register)
      }
    }
    return nil
  }

  /// Reads the shelter register in the round folder or up to two folders above.
  static func readShelters(_ path: String, shown: String, register: Register) -> ShelterRegister? {
    var folder = path
    var display = shown
    for _ in 0..<3 {
      for name in [ShelterRegister.csvFile, ShelterRegister.jsonFile] {
        if let data = FileSystem.read("\(folder)/\(name)") {
          let file = display == "." || display.isEmpty ? name : "\(display)/\(name)"
          return ShelterRegister(data, file: file, register: register)
        }
      }
      folder = (folder as NSString).deletingLastPathComponent
      display = parentForDisplay(display)
    }
    return nil
  }

  /// The parent of a path as the user wrote it: `a/b` → `a`, `a` → `.`, `.` → `..`.
  static func parentForDisplay(_ path: String) -> String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    if parts.isEmpty || parts.allSatisfy({ $0 == "." }) { return ".." }
    if parts.last == ".." { return path + "/.." }
    if parts.count == 1 { return "." }
    return (path.hasPrefix("/") ? "/" : "") + parts.dropLast().joined(separator: "/")
  }

  /// The flags of the round's agreements, against its reference date.
  var agreementFlags: [AgreementFlag] {
    guard let agreements, let day = referenceDate else { return [] }
    return AgreementFlags.flags(
      agreements: agreements.agreements, shelters: shelters?.shelters ?? [],
      municipalities: municipalities, on: day)
  }

  /// Problems in the registers, for every command that reads the round.
  var registerDiagnostics: [Diagnostic] {
    (agreements?.diagnostics ?? []) + (shelters?.diagnostics ?? [])
  }

  /// Whether the round's municipalities are fictional (example data, county code 99).
  var isFictional: Bool {
    declaredFictional || county?.code == "99" || municipalities.contains { $0.countyCode == "99" }
  }

  /// The comparison of this round.
  func comparison(model: DutyModel) -> RegionComparison {
    RegionComparison(
      county: county, round: round, municipalities: municipalities, scores: scores, model: model)
  }

  private struct Description {
    var countyCode: String?
    var round: String?
    var referenceDate: Day?
    var municipalities: [String]
    var isFictional: Bool
  }

  private static func readDescription(_ path: String, shown: String, session: Session)
    -> Description?
  {
    let file = "\(path)/\(RoundWorkspace.descriptionFile)"
    guard let data = FileSystem.read(file) else { return nil }
    guard let root = try? JSONParser().parse(decodeText(data).text) else {
      session.console.note(
        "varning: \(shown)/\(RoundWorkspace.descriptionFile): kan inte läsas som JSON — "
          + "omgångens uppgifter tas från svaren")
      return nil
    }
    let municipalities = (root["municipalities"]?.node.elements ?? []).compactMap {
      $0["code"]?.node.string
    }
    return Description(
      countyCode: root["countyCode"]?.node.string, round: root["round"]?.node.string,
      referenceDate: root["referenceDate"]?.node.string.flatMap(Day.init),
      municipalities: municipalities,
      isFictional: root["fictional"].map {
        $0.node.value == .bool(true) || !($0.node.string ?? "").isEmpty
      } ?? false)
  }
}
