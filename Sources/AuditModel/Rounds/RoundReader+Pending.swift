import Foundation

extension RoundReader {
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
    let notes: [String]
    let county: County?
    let register: Register
    let validator: ResponseValidator
    /// The files read as responses, relative to the folder.
    let names: [String]
    /// The files not read as responses, and why.
    let skipped: [Diagnostic]
    let allowOtherRound: Bool
    let timeZone: TimeZone
    let cacheIdentity: ResponseCache.Identity?

    /// Finds the folder, its description, county and response files.
    init(_ argument: String, path: String, region: String?, reader: RoundReader)
      throws(RoundError)
    {
      guard FileSystem.isDirectory(path) else {
        throw .missing("\(argument): mappen finns inte — ange en omgångsmapp från 'audit init'")
      }
      let register = reader.register.addingFiles(near: path)
      let (description, warning) = RoundDescription.read(in: path, shown: argument)
      var county: County?
      if let region {
        do throws(LookupError) {
          county = try register.county(region)
        } catch {
          throw .unknownCounty(error.description)
        }
      } else if let code = description?.countyCode {
        county = register.county(code: code)
      }
      self.argument = argument
      self.path = path
      let base = FolderName.trimmed(argument)
      self.base = base
      self.region = region
      self.description = description
      self.notes = warning.map { [$0] } ?? []
      self.county = county
      self.register = register
      self.validator = ResponseValidator(
        register: register, today: reader.today, calendar: reader.calendar)
      let entries = ResponseFolder.entries(in: path, shown: base)
      self.names = entries.filter(\.isResponse).map(\.name)
      self.skipped = entries.compactMap(\.skipped)
      self.allowOtherRound = reader.allowOtherRound
      self.timeZone = reader.timeZone
      self.cacheIdentity = reader.cache
    }

    /// The folder's response cache, when the reader has one and the folder is a round.
    func openCache() -> ResponseCache? {
      cacheIdentity.flatMap {
        ResponseCache.open(
          round: path, identity: $0, register: register, today: validator.today)
      }
    }

    /// Reads, checks and (when valid) scores every response file of `pendings` once, on all
    /// cores, taking what the folders' response caches hold and saving what they did not;
    /// the outcomes of each folder in file order.
    static func read(_ pendings: [Pending]) -> [[Outcome]] {
      let caches = Parallel.map(pendings) { $0.openCache() }
      let files = pendings.indices.flatMap { index in
        pendings[index].names.map { (folder: index, name: $0) }
      }
      let results = Parallel.map(files) { file -> (Outcome, ResponseCache.Entry?) in
        let pending = pendings[file.folder]
        let cache = caches[file.folder]
        guard let data = FileSystem.read("\(pending.path)/\(file.name)") else { return (nil, nil) }
        let shown = "\(pending.base)/\(file.name)"
        let (outcome, kept) = ResponseCache.outcome(in: cache, name: shown, data: data) {
          ResponseFiles.check(data, file: shown, validator: pending.validator)
        }
        let calendar = pending.validator.calendar
        return ((outcome, outcome.response.map { Scorer.score($0, calendar: calendar) }), kept)
      }
      var start = 0
      return zip(pendings, caches).map { pending, cache in
        defer { start += pending.names.count }
        let own = results[start..<start + pending.names.count]
        // A folder with a file that could not be read keeps its cache as it was.
        let kept = own.compactMap(\.1)
        if let cache, kept.count == own.count { cache.save(kept) }
        return own.map(\.0)
      }
    }

    /// The round, from the outcomes of its files.
    func finish(_ outcomes: [Outcome]) -> RoundFolder {
      var files: [RoundFolder.FileState] = []
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
          RoundFolder.FileState(
            file: shown, response: outcome.response, errors: errors,
            warnings: outcome.diagnostics.count - errors,
            completeness: score?.total.completeness ?? nil,
            municipalityCode: outcome.municipalityCode, isCivilSociety: outcome.isCivilSociety,
            rejectedNotApplicable: outcome.rejectedNotApplicable))
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
        agreements: RoundFolder.readAgreements(path, shown: base, register: register),
        shelters: RoundFolder.readShelters(path, shown: base, register: register),
        register: register, notes: notes)
    }
  }
}
