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
    /// Whether the response counts in the round, and if not why (see ``RoundInventory``).
    var standing: RoundInventory.Standing = .invalid
  }

  var folder: String
  var county: County?
  var round: String
  var referenceDate: Day?
  var municipalities: [Municipality]
  var files: [FileState]
  /// The scores of the responses that count.
  var scores: [ResponseScore]
  /// Which responses count and why the others do not.
  var inventory: RoundInventory
  /// The files in the folder that were not read as responses, or could not be read, and why.
  var skipped: [Diagnostic]
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
    try finish([Pending(argument, region: region, session: session, model: model)])[0]
  }

  /// Reads and validates the rounds in `arguments` (each with its own county, or the one its
  /// folder names), reading the files of all of them on all cores at once.
  static func loadAll(
    _ arguments: [(folder: String, region: String?)], session: Session, model: DutyModel
  ) throws(CommandError) -> [RoundFolder] {
    var pendings: [Pending] = []
    for (folder, region) in arguments {
      pendings.append(try Pending(folder, region: region, session: session, model: model))
    }
    return try finish(pendings)
  }

  /// Reads the files of all `pendings` on all cores at once and makes their rounds.
  private static func finish(_ pendings: [Pending]) throws(CommandError) -> [RoundFolder] {
    var rounds: [RoundFolder] = []
    for (pending, outcomes) in zip(pendings, Pending.read(pendings)) {
      rounds.append(try pending.finish(outcomes))
    }
    return rounds
  }

  /// Reads the round in `folder` and, when given, the previous round in `previous` for the
  /// same county (`region`, or else the current round's), reading both at once when the
  /// county is known before the responses are read.
  static func load(
    _ folder: String, previous: String?, region: String?, session: Session, model: DutyModel
  ) throws(CommandError) -> (current: RoundFolder, previous: RoundFolder?) {
    let pending = try Pending(folder, region: region, session: session, model: model)
    guard let previous else { return (try finish([pending])[0], nil) }
    guard let code = region ?? pending.county?.code else {
      // The county comes from the responses: read the current round first.
      let current = try finish([pending])[0]
      let earlier = try load(
        previous, region: current.county?.code, session: session, model: model)
      return (current, earlier)
    }
    let both = try finish([
      pending, Pending(previous, region: code, session: session, model: model),
    ])
    return (both[0], both[1])
  }

  /// A round folder found and described, before its responses are read.
  struct Pending: Sendable {
    /// What one response file gave: the outcome and, when valid, the score; `nil` when the
    /// file could not be read.
    typealias Outcome = (outcome: ResponseFiles.Outcome, score: ResponseScore?)?

    let argument: String
    let path: String
    let base: String
    let region: String?
    let description: RoundDescription?
    let county: County?
    let register: Register
    let validator: ResponseValidator
    /// The files read as responses, relative to the folder.
    let names: [String]
    /// The files not read as responses, and why.
    let skipped: [Diagnostic]
    let allowOtherRound: Bool
    let timeZone: TimeZone

    /// Finds the folder, its description, county and response files.
    init(
      _ argument: String, region: String?, session: Session, model: DutyModel
    ) throws(CommandError) {
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
      self.argument = argument
      self.path = path
      let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
      self.base = base
      self.region = region
      self.description = description
      self.county = county
      self.register = register
      self.validator = session.validator(model: model)
      let entries = ResponseFolder.entries(in: path, shown: base)
      self.names = entries.filter(\.isResponse).map(\.name)
      self.skipped = entries.compactMap(\.skipped)
      self.allowOtherRound = session.arguments.isSet("--allow-other-round")
      self.timeZone = session.context.timeZone
    }

    /// Reads, checks and (when valid) scores every response file of `pendings` once, on all
    /// cores; the outcomes of each folder in file order.
    static func read(_ pendings: [Pending]) -> [[Outcome]] {
      let files = pendings.indices.flatMap { index in
        pendings[index].names.map { (folder: index, name: $0) }
      }
      let outcomes = Parallel.map(files) { file -> Outcome in
        let pending = pendings[file.folder]
        guard let data = FileSystem.read("\(pending.path)/\(file.name)") else { return nil }
        let outcome = ResponseFiles.check(
          data, file: "\(pending.base)/\(file.name)", validator: pending.validator)
        return (outcome, outcome.response.map(pending.validator.score))
      }
      var start = 0
      return pendings.map { pending in
        defer { start += pending.names.count }
        return Array(outcomes[start..<start + pending.names.count])
      }
    }

    /// The round, from the outcomes of its files.
    func finish(_ outcomes: [Outcome]) throws(CommandError) -> RoundFolder {
      var files: [FileState] = []
      var fileScores: [ResponseScore?] = []
      var candidates: [RoundInventory.Candidate] = []
      var skipped = self.skipped
      for (name, result) in zip(names, outcomes) {
        let shown = "\(base)/\(name)"
        guard let (outcome, score) = result else {
          // One file that cannot be read is that file's error, not the round's.
          skipped.append(
            Diagnostic(
              .error, file: shown, at: nil, "filen kan inte läsas",
              help: "kontrollera behörigheten"))
          continue
        }
        let errors = outcome.diagnostics.filter(\.isError).count
        fileScores.append(score)
        candidates.append(
          RoundInventory.Candidate(
            file: shown, response: outcome.response,
            modified: FileSystem.modificationDate("\(path)/\(name)")))
        files.append(
          FileState(
            file: shown, response: outcome.response, errors: errors,
            warnings: outcome.diagnostics.count - errors,
            completeness: score?.total.completeness ?? nil))
      }
      let rules = RoundRules(
        description: description, county: region == nil ? nil : self.county, register: register)
      let inventory = RoundInventory(
        candidates, expected: rules.expectation, register: register,
        allowOtherRound: allowOtherRound, timeZone: timeZone)
      for index in files.indices {
        files[index].standing = inventory.standings[index].standing
      }
      let scores = zip(files, fileScores).compactMap { file, score in
        file.standing == .counted ? score : nil
      }
      let responses = inventory.counted
      var county = self.county
      if county == nil {
        let codes = Set(responses.map { String($0.metadata.municipalityCode.prefix(2)) })
        if codes.count == 1, let code = codes.first { county = register.county(code: code) }
      }
      var municipalities: [Municipality] = []
      if region == nil, let listed = description?.municipalities, !listed.isEmpty {
        municipalities = listed.compactMap { code in
          register.municipalities.first { $0.code == code }
        }
      } else if let county {
        municipalities = register.municipalities(inCounty: county.code)
      }
      let round =
        description?.round ?? responses.map(\.metadata.round).first { !$0.isEmpty }
        ?? URL(fileURLWithPath: path).standardized.lastPathComponent
      return RoundFolder(
        folder: argument, county: county, round: round,
        referenceDate: description?.referenceDate
          ?? responses.map(\.metadata.referenceDate).max(),
        municipalities: municipalities, files: files,
        scores: scores, inventory: inventory, skipped: skipped.sorted(),
        declaredFictional: description?.isFictional ?? false,
        agreements: readAgreements(path, shown: base, register: register),
        shelters: readShelters(path, shown: base, register: register))
    }
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

  private static func readDescription(_ path: String, shown: String, session: Session)
    -> RoundDescription?
  {
    let file = "\(path)/\(RoundWorkspace.descriptionFile)"
    guard let data = FileSystem.read(file) else { return nil }
    guard let description = RoundDescription(json: decodeText(data).text) else {
      session.console.note(
        "varning: \(shown)/\(RoundWorkspace.descriptionFile): kan inte läsas som JSON — "
          + "omgångens uppgifter tas från svaren")
      return nil
    }
    return description
  }
}
