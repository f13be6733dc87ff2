import Foundation

/// Fictional responses from every municipality of the register over several half-yearly
/// rounds, drawn from a seed: the same seed gives the same files byte for byte.
///
/// Each municipality gets a profile (its level, trend, spread and how much it leaves
/// empty). A ja/delvis/nej question is answered `ja` with a probability around the
/// national share in Öppna jämförelser – våld i nära relationer where the question matches
/// an indicator (``ojShares``, from `shared/reference/oj-vnr.md`), otherwise around 60 %; the
/// rest splits 20 : 15 : 5 into delvis, nej and vet ej. Every random draw is keyed by what it
/// is for (municipality, round, question), so a round's files do not depend on how many
/// rounds are generated.
public struct NationalData: Sendable {
  /// The metadata row written after `checklista` in every response.
  static let noticeKey = "exempel"
  /// What every file says about itself.
  static let notice =
    "Fiktiva uppgifter – påhittade svar från 'audit generate-national' för prestandamätning; "
    + "de beskriver ingen verklig kommun"
  /// The reference date of the latest round unless `--from` says otherwise.
  public static let defaultLastDay = Day(year: 2026, month: 10, day: 1) ?? Day(ordinal: 0)

  /// One file to write, relative to the output folder.
  struct File {
    var path: String
    var data: Data
  }

  /// How many responses were written and how many are missing.
  public struct Counts: Sendable {
    /// Responses from municipalities.
    public var responses = 0
    /// Responses from civil society.
    public var civilSociety = 0
    /// Municipalities that did not answer.
    public var missing = 0

    /// No files yet.
    public init() {}

    mutating func add(_ other: Counts) {
      responses += other.responses
      civilSociety += other.civilSociety
      missing += other.missing
    }
  }

  /// A municipality's way of answering, the same in every round.
  struct Profile {
    var name: String
    var level: Double
    var trend: Double
    var spread: Double
    var blank: Double
    var evidence: Double
    var role: String
    var organisation: String?
  }

  /// What goes into the svar, kommentar and underlag columns of one row.
  struct Filled {
    var answer = ""
    var comment = ""
    var evidence = ""
  }

  let model: DutyModel
  let register: Register
  let seed: UInt64
  /// The rounds, oldest first.
  public let rounds: [(round: String, day: Day)]
  /// The counties with at least one municipality.
  public let counties: [County]

  /// Plans `count` half-yearly rounds up to `last` for every county of `register` (or
  /// `counties`), drawn from `seed`.
  public init(
    model: DutyModel, register: Register, seed: UInt64, rounds count: Int, last: Day,
    counties: [County]? = nil
  ) {
    self.model = model
    self.register = register
    self.seed = seed
    rounds = (0..<count).reversed().map { offset in
      let day = last.adding(months: -6 * offset)
      return (RoundWorkspace.defaultRound(for: day), day)
    }
    self.counties = (counties ?? register.counties).filter {
      !register.municipalities(inCounty: $0.code).isEmpty
    }
  }

  /// The number of municipalities in the counties.
  public var municipalityCount: Int {
    counties.reduce(0) { $0 + register.municipalities(inCounty: $1.code).count }
  }

  /// Writes every round into `target` (missing or empty) through a hidden sibling folder, so
  /// an error leaves nothing half-written; `command` is named in the README.
  public func write(to target: String, checklists: Bool, command: String)
    throws(FileSystemError) -> Counts
  {
    let data = self
    var counts = Counts()
    try FileSystem.writeFolderAtomically(target) { staging throws(FileSystemError) in
      for index in data.rounds.indices {
        for county in data.counties {
          let round = data.files(round: index, county: county, checklists: checklists)
          counts.add(round.counts)
          // svar/ exists even when nobody answered, so the folder reads as a round.
          try FileSystem.createDirectory("\(staging)/\(round.responses)")
          for file in round.files {
            let path = "\(staging)/\(file.path)"
            try FileSystem.createDirectory((path as NSString).deletingLastPathComponent)
            try FileSystem.writeAtomically(file.data, to: path, overwrite: false)
          }
        }
      }
      try FileSystem.writeAtomically(
        Data(data.readme(counts, command: command).utf8), to: "\(staging)/LÄS-MIG.md")
    }
    return counts
  }

  /// The files of round `index` in `county`: `<omgång>/<länskod>/omgang.json` and
  /// `svar/*.csv` (and the blank checklists when `checklists`), with the path of the
  /// `svar` folder.
  func files(round index: Int, county: County, checklists: Bool) -> (
    files: [File], responses: String, counts: Counts
  ) {
    let (round, day) = rounds[index]
    let workspace = RoundWorkspace(
      model: model, register: register, county: county, round: round, referenceDate: day)
    let folder = "\(round)/\(county.code)"
    var files = [
      File(
        path: "\(folder)/\(RoundWorkspace.descriptionFile)",
        data: Data(Self.marked(workspace.description).utf8))
    ]
    var counts = Counts()
    for entry in workspace.checklists {
      let municipality = entry.municipality
      if checklists {
        files.append(
          File(
            path: "\(folder)/\(entry.file)", data: Data(("\u{FEFF}" + entry.checklist.csv()).utf8))
        )
      }
      let profile = profile(municipality)
      var random = generator("omgång", municipality.code, round)
      let level = profile.level + profile.trend * halfYears(day) + 0.15 * random.gaussian()
      let stem =
        "\(folder)/\(RoundWorkspace.responsesFolder)/"
        + municipality.fileStem
      if random.chance(0.05) {
        counts.missing += 1
      } else {
        var checklist = entry.checklist
        checklist.metadata.respondentRole = profile.role
        let answers = fill(checklist, code: municipality.code, profile: profile, level: level)
        files.append(File(path: "\(stem).csv", data: Self.csv(checklist, answers: answers)))
        counts.responses += 1
      }
      if let organisation = profile.organisation, random.chance(0.9) {
        var checklist = entry.checklist
        checklist.metadata.perspective = .civilSociety
        checklist.metadata.organisation = organisation
        checklist.metadata.respondentRole = random.pick(["ordförande", "verksamhetsledare"])
        let answers = fillCivilSociety(
          checklist, code: municipality.code, profile: profile, level: level - 0.7)
        let name = "\(stem)-civilsamhalle-\(SafeFileName.stem(organisation).lowercased()).csv"
        files.append(File(path: name, data: Self.csv(checklist, answers: answers)))
        counts.civilSociety += 1
      }
    }
    return (files, "\(folder)/\(RoundWorkspace.responsesFolder)", counts)
  }

  /// The profile of a municipality.
  func profile(_ municipality: Municipality) -> Profile {
    var random = generator("profil", municipality.code)
    let draw = random.uniform()
    var profile: Profile
    switch draw {
    case ..<0.2:
      profile = Profile(
        name: "stark", level: 1.2, trend: 0.04, spread: 0.6, blank: 0.005, evidence: 0.95,
        role: "samordnare för våld i nära relationer")
    case ..<0.7:
      profile = Profile(
        name: "medel", level: 0, trend: 0.06, spread: 0.7, blank: 0.02, evidence: 0.8,
        role: "enhetschef, individ- och familjeomsorgen")
    case ..<0.9:
      profile = Profile(
        name: "svag", level: -1.0, trend: 0.08, spread: 0.7, blank: 0.05, evidence: 0.6,
        role: "socialsekreterare, vuxenenheten")
    default:
      profile = Profile(
        name: "ojämn", level: 0, trend: 0, spread: 1.4, blank: 0.12, evidence: 0.5,
        role: "IFO-chef")
    }
    profile.level += 0.3 * random.gaussian()
    profile.trend += 0.05 * random.gaussian()
    if random.chance(0.1) {
      profile.organisation = "Kvinnojouren i \(municipality.name) (fiktiv)"
    }
    return profile
  }

  /// The municipality's own answers.
  func fill(_ checklist: Checklist, code: String, profile: Profile, level: Double) -> [String:
    Filled]
  {
    let day = checklist.metadata.referenceDate
    var random = generator("svar", code, checklist.metadata.round)
    var answers: [String: Filled] = [:]
    for row in checklist.rows {
      if random.chance(profile.blank) { continue }
      var filled = Filled()
      switch row.answerKind {
      case .yesPartialNo:
        // Only where the model says when the question can be not applicable (issue 17).
        if row.notApplicable != nil, random.chance(0.03) {
          filled.answer = "ej aktuellt"
          filled.comment = "Inga sådana ärenden under perioden."
          break
        }
        var fixed = generator("fråga", code, row.questionID)
        let shift = level + profile.spread * fixed.gaussian()
        filled.answer = Self.draw(yes: yesShare(row.questionID, on: day), shift, &random)
        switch filled.answer {
        case "ja":
          if random.chance(0.15) { filled.comment = random.pick(Self.comments.yes) }
          if random.chance(profile.evidence) { filled.evidence = evidence(row, day, &random) }
        case "delvis":
          if random.chance(0.8) { filled.comment = random.pick(Self.comments.partial) }
          if random.chance(0.4) { filled.evidence = "Utkast: \(row.duty)" }
        case "nej":
          if random.chance(0.7) { filled.comment = random.pick(Self.comments.no) }
        default:
          if random.chance(0.6) { filled.comment = random.pick(Self.comments.unknown) }
        }
      case .number:
        filled.answer =
          random.chance(0.05) ? "vet ej" : String(Int(exp(2.5 + random.gaussian())))
      case .date:
        filled.answer =
          random.chance(0.05)
          ? "vet ej" : day.adding(days: -(30 + random.below(870))).description
      case .choice:
        filled.answer = random.chance(0.05) ? "vet ej" : random.pick(row.choices)
      case .text:
        filled.answer = random.pick(Self.texts)
      }
      answers[row.questionID] = filled
    }
    return answers
  }

  /// A kvinnojour's answers: what it can see from the outside, often more critical.
  func fillCivilSociety(
    _ checklist: Checklist, code: String, profile: Profile, level: Double
  ) -> [String: Filled] {
    let day = checklist.metadata.referenceDate
    var random = generator("civilsamhälle", code, checklist.metadata.round)
    var answers: [String: Filled] = [:]
    for row in checklist.rows where row.answerKind == .yesPartialNo {
      if random.chance(0.1) { continue }
      var filled = Filled()
      // An organisation knows what its questionnaire asks; on the municipal checklist, what
      // it sees from outside: support and protection, not the nämnd's own governance.
      let observable =
        model.questionnaire != nil
        || model.duty(row.dutyID).map { $0.consequence != .governance } ?? false
      if observable {
        var fixed = generator("fråga", code, row.questionID)
        let shift = level + profile.spread * fixed.gaussian()
        filled.answer = Self.draw(yes: yesShare(row.questionID, on: day), shift, &random)
        let pool: [String]
        switch filled.answer {
        case "ja": pool = Self.civilComments.yes
        case "delvis": pool = Self.civilComments.partial
        case "nej": pool = Self.civilComments.no
        default: pool = Self.civilComments.unknown
        }
        if random.chance(0.6) { filled.comment = random.pick(pool) }
      } else if random.chance(0.4) {
        filled.answer = "vet ej"
        filled.comment = random.pick(Self.civilComments.unknown)
      } else {
        continue
      }
      answers[row.questionID] = filled
    }
    return answers
  }

  /// `ja` with probability `yes` shifted by `shift` on the log-odds scale; otherwise
  /// delvis, nej and vet ej as 20 : 15 : 5.
  static func draw(yes: Double, _ shift: Double, _ random: inout SeededGenerator) -> String {
    let base = min(max(yes, 0.02), 0.98)
    let probability = 1 / (1 + exp(-(log(base / (1 - base)) + shift)))
    let draw = random.uniform()
    if draw < probability { return "ja" }
    let rest = (draw - probability) / (1 - probability)
    return rest < 0.5 ? "delvis" : rest < 0.875 ? "nej" : "vet ej"
  }

  /// The national `ja` share for a question on `day`: the ÖJ indicator's share that year
  /// (the model's `oj-andelar.json`), or ``defaultYes``.
  func yesShare(_ questionID: String, on day: Day) -> Double {
    model.ojShares?.share(for: questionID, in: day.components.year) ?? Self.defaultYes
  }

  /// Half-years from the default latest round, for the trend.
  func halfYears(_ day: Day) -> Double {
    Double(Self.defaultLastDay.days(until: day)) / 182.625
  }

  /// A named, dated document as underlag.
  func evidence(_ row: Checklist.Row, _ day: Day, _ random: inout SeededGenerator) -> String {
    let decided = day.adding(days: -(20 + random.below(700)))
    let kind = random.pick(["Rutin", "Riktlinje", "Handlingsplan", "Överenskommelse", "Protokoll"])
    if random.chance(0.3) {
      return "\(kind): \(row.duty), dnr SN \(decided.components.year)/\(10 + random.below(380))"
    }
    return "\(kind): \(row.duty), beslutad \(decided)"
  }

  /// A generator for one purpose, keyed by text so that draws do not depend on order.
  func generator(_ parts: String...) -> SeededGenerator {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "|").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    var mixer = SeededGenerator(seed: seed ^ hash)
    return SeededGenerator(seed: mixer.next())
  }

}

extension SeededGenerator {
  /// A number in `0..<1`.
  fileprivate mutating func uniform() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// A standard normal number (Box–Muller).
  fileprivate mutating func gaussian() -> Double {
    let first = (Double(next() >> 11) + 0.5) / Double(1 << 53)
    let second = uniform()
    return (-2 * log(first)).squareRoot() * cos(2 * Double.pi * second)
  }
}
