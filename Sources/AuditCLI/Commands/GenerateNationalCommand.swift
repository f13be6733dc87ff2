import Foundation

/// `audit generate-national`: fictional responses from every municipality in the register
/// over several rounds, for measuring the tool at national scale (see `scripts/bench`).
enum GenerateNationalCommand {
  static let spec = CommandSpec(
    name: "generate-national",
    summary: "Skapa fiktiva svar från hela landet i flera omgångar (för prestandamätning).",
    discussion: """
      Skriver påhittade svar för varje kommun i registret (290 kommuner i 21 län) i
      ANTAL omgångar, en per halvår fram till och med --from. Varje omgång och län blir
      en omgångsmapp som 'audit init' lägger upp den, MAPP/<omgång>/<länskod>/ med
      omgang.json och svar/, så att validate, score, compare och brief kan köras på den.
      Checklistorna följer plikterna som gällde omgångens referensdatum. Varje kommun
      får en profil (stark, medel, svag eller ojämn); svaren dras kring de nationella
      andelarna i Öppna jämförelser där en fråga motsvarar en indikator och annars
      kring 60 % ja, 20 % delvis, 15 % nej och 5 % vet ej. Några frågor lämnas
      obesvarade, omkring 5 % av kommunerna saknar svar i en omgång och omkring var
      tionde kommun har också svar från en (påhittad) kvinnojour. Varje fil säger att
      uppgifterna är fiktiva. Samma --seed ger byte för byte samma filer. Skriver
      aldrig i en mapp som inte är tom.
      """,
    arguments: [ArgumentSpec("MAPP", help: "Mappen som skapas (får finnas om den är tom).")],
    options: [
      OptionSpec(
        "--rounds", value: "ANTAL", help: "Antal omgångar, en per halvår (1–40).",
        defaultValue: "10"),
      OptionSpec("--seed", value: "FRÖ", help: "Slumpfrö, ett heltal.", defaultValue: "2026"),
      OptionSpec(
        "--from", value: "DATUM", help: "Referensdatum för den senaste omgången.",
        defaultValue: "2026-10-01"),
      OptionSpec(
        "--checklists", help: "Skriv också de tomma checklistorna i checklistor/, som 'audit init'."
      ),
      .model, .help,
    ],
    isHidden: true)

  static let command = Command(spec: spec) { session throws(CommandError) in
    let arguments = session.arguments
    guard let argument = arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let roundsText = arguments.value("--rounds") ?? "10"
    guard let rounds = Int(roundsText), (1...40).contains(rounds) else {
      throw .usage("--rounds \(roundsText) är inget antal mellan 1 och 40")
    }
    let seedText = arguments.value("--seed") ?? "2026"
    guard let seed = UInt64(seedText) else {
      throw .usage("--seed \(seedText) är inget heltal — skriv t.ex. 2026")
    }
    let last = try session.day("--from", default: NationalData.defaultLastDay)
    let target = session.resolve(argument)
    try FileSystem.requireNewOrEmptyFolder(
      target, shown: argument, refusal: "'audit generate-national' skriver aldrig över")
    let data = NationalData(
      model: try session.model(), register: session.register, seed: seed, rounds: rounds,
      last: last)
    let counts = try write(
      data, to: target, checklists: arguments.isSet("--checklists"),
      command: "audit generate-national MAPP --rounds \(rounds) --seed \(seed) --from \(last)")
    let names = data.rounds.map(\.round)
    let span = names.count > 1 ? "\(names.first ?? "") – \(names.last ?? "")" : names.first ?? ""
    session.console.write(
      """
      Skrev fiktiva uppgifter i \(argument): \(Swedish.count(names.count, "omgång", "omgångar")) \
      (\(span)), \(data.counties.count) län, \(data.municipalityCount) kommuner.
        \(counts.responses) svar från kommunerna, \(counts.missing) saknas, \
      \(counts.civilSociety) från civilsamhället.
        Läs \(argument)/LÄS-MIG.md. Allt är påhittat och beskriver ingen verklig kommun.

      """)
    return .success
  }

  /// Writes everything into a hidden sibling folder and moves it into place, so an error
  /// leaves nothing half-written.
  private static func write(
    _ data: NationalData, to target: String, checklists: Bool, command: String
  ) throws(CommandError) -> NationalData.Counts {
    var counts = NationalData.Counts()
    try FileSystem.writeFolderAtomically(target) { staging throws(CommandError) in
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
}

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
struct NationalData {
  /// The metadata row written after `checklista` in every response.
  static let noticeKey = "exempel"
  /// What every file says about itself.
  static let notice =
    "Fiktiva uppgifter – påhittade svar från 'audit generate-national' för prestandamätning; "
    + "de beskriver ingen verklig kommun"
  /// The reference date of the latest round unless `--from` says otherwise.
  static let defaultLastDay = Day(year: 2026, month: 10, day: 1) ?? Day(ordinal: 0)

  /// National shares (share of municipalities meeting the indicator) by ÖJ year, for the
  /// questions that match an ÖJ VNR indicator with a national figure. A round uses the
  /// latest year up to its own (the earliest year before that).
  static let ojShares: [String: [(year: Int, share: Double)]] = [
    "D005-1": [(2018, 0.42), (2019, 0.49)],  // ÖJ 6a: samlad plan, vuxna
    "D005-2": [(2018, 0.40), (2019, 0.47)],  // ÖJ 6b: samlad plan, barn
    "D005-3": [(2019, 0.95), (2020, 0.96)],  // ÖJ 7: fortbildning, vuxna
    "D005-4": [(2019, 0.92), (2020, 0.94)],  // ÖJ 7: fortbildning, barn
    "D008-2": [(2014, 0.25), (2015, 0.28)],  // ÖJ 12: översatt information
    "D011-2": [(2014, 0.49), (2015, 0.69)],  // ÖJ 3: standardiserad bedömningsmetod
    "D015-1": [(2017, 0.98)],  // ÖJ 15a: skyddat boende, kvinnor
    "D015-2": [(2017, 0.86)],  // ÖJ 15b: skyddat boende, män
    "D018-1": [(2016, 0.78), (2017, 0.83)],  // ÖJ 16: socialjour med socionomer
    "D023-1": [
      (2014, 0.14), (2015, 0.17), (2017, 0.14), (2018, 0.15), (2019, 0.22), (2020, 0.21),
      (2021, 0.24), (2022, 0.28), (2023, 0.28), (2024, 0.34),
    ],  // ÖJ 4: rutin för skolgång i skyddat boende
    "D025-1": [(2021, 0.74), (2022, 0.79), (2023, 0.85)],  // ÖJ 9b: stödsamtal, män
    "D025-2": [(2021, 0.74), (2022, 0.80), (2023, 0.85)],  // ÖJ 9a: stödsamtal, kvinnor
    "D025-3": [(2020, 0.60), (2021, 0.62)],  // ÖJ 10: stödsamtal utan biståndsbeslut
    "D034-1": [(2018, 0.35), (2019, 0.40)],  // ÖJ 5: skyddade personuppgifter
    "D037-1": [(2017, 0.33), (2024, 0.37)],  // ÖJ 8a: överenskommelse, kvinnojour
    "D037-2": [(2024, 0.28)],  // ÖJ 8b: polisen
    "D037-3": [(2024, 0.19)],  // ÖJ 8c: primärvården
    "D037-4": [(2024, 0.18)],  // ÖJ 8d: vuxenpsykiatrin
    "D037-5": [(2024, 0.14)],  // ÖJ 8e: akutmottagningar
    "D037-6": [(2024, 0.23)],  // ÖJ 8f: ungdomsmottagningar
    "D039-1": [(2017, 0.09), (2018, 0.10), (2019, 0.08), (2020, 0.13), (2021, 0.13)],  // ÖJ 13
  ]
  /// The share answered `ja` where no indicator matches.
  static let defaultYes = 0.60

  /// One file to write, relative to the output folder.
  struct File {
    var path: String
    var data: Data
  }

  /// How many responses were written and how many are missing.
  struct Counts {
    var responses = 0
    var civilSociety = 0
    var missing = 0

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
  let rounds: [(round: String, day: Day)]
  /// The counties with at least one municipality.
  let counties: [County]

  init(
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

  var municipalityCount: Int {
    counties.reduce(0) { $0 + register.municipalities(inCounty: $1.code).count }
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
        + SafeFileName.municipality(municipality)
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
        if Self.rarelyApplicable.contains(row.questionID), random.chance(0.03) {
          filled.answer = "ej aktuellt"
          filled.comment = "Inga sådana ärenden under perioden."
          break
        }
        var fixed = generator("fråga", code, row.questionID)
        let shift = level + profile.spread * fixed.gaussian()
        filled.answer = Self.draw(yes: Self.yesShare(row.questionID, on: day), shift, &random)
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
      if Self.observable.contains(row.dutyID) {
        var fixed = generator("fråga", code, row.questionID)
        let shift = level + profile.spread * fixed.gaussian()
        filled.answer = Self.draw(yes: Self.yesShare(row.questionID, on: day), shift, &random)
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

  /// The national `ja` share for a question on `day`.
  static func yesShare(_ questionID: String, on day: Day) -> Double {
    guard let series = ojShares[questionID], let first = series.first else { return defaultYes }
    let year = day.components.year
    return series.last { $0.year <= year }?.share ?? first.share
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

  /// The checklist as `Checklist.csv()` writes it, with the notice after the format row and
  /// the svar, kommentar and underlag columns filled in.
  static func csv(_ checklist: Checklist, answers: [String: Filled]) -> Data {
    let text = checklist.csv()
    guard let table = try? CSVTable.parse(text, separator: ";") else {
      return Data(("\u{FEFF}" + text).utf8)
    }
    var rows: [[String]] = []
    var columns: (id: Int, answer: Int, comment: Int, evidence: Int)?
    for record in table.records {
      var values = record.values
      if values.first == ChecklistFormat.format.label, columns == nil {
        rows.append(values)
        rows.append([noticeKey, notice])
        continue
      }
      if columns == nil, let id = values.firstIndex(of: ChecklistFormat.Column.questionID.rawValue)
      {
        func index(_ column: ChecklistFormat.Column) -> Int {
          values.firstIndex(of: column.rawValue) ?? values.count
        }
        columns = (id, index(.answer), index(.comment), index(.evidence))
        rows.append(values)
        continue
      }
      if let columns, columns.id < values.count, let filled = answers[values[columns.id]] {
        let width = max(columns.answer, columns.comment, columns.evidence) + 1
        if values.count < width { values += Array(repeating: "", count: width - values.count) }
        values[columns.answer] = filled.answer
        values[columns.comment] = filled.comment
        values[columns.evidence] = filled.evidence
      }
      rows.append(values)
    }
    return CSVWriter().data(rows)
  }

  /// `omgang.json` from ``RoundWorkspace`` with a `fictional` key saying what it is.
  static func marked(_ description: String) -> String {
    let line = "  \"fictional\" : \"\(notice)\",\n"
    if let format = description.range(of: "\n  \"format\" :") {
      var text = description
      text.insert(contentsOf: line, at: text.index(after: format.lowerBound))
      return text
    }
    return description
  }

  /// The README at the top of the output folder.
  func readme(_ counts: Counts, command: String) -> String {
    let names = rounds.map(\.round)
    return """
      # Fiktiva uppgifter för hela landet

      > **\(Self.notice).**

      Skapat med `\(command)`. Samma frö ger byte för byte samma filer.

      - \(names.count) omgångar, en per halvår: \(names.joined(separator: ", ")).
      - \(counties.count) län och \(municipalityCount) kommuner ur registret; kommunernas
        namn är verkliga men varje svar är påhittat.
      - `<omgång>/<länskod>/` är en omgångsmapp som `audit init` lägger upp den, med
        `omgang.json` och `svar/`.
      - \(counts.responses) svar från kommunerna, \(counts.missing) saknas och
        \(counts.civilSociety) svar från påhittade kvinnojourer.

      Svaren dras kring de nationella andelarna i Öppna jämförelser – våld i nära
      relationer där en fråga motsvarar en indikator, annars kring 60 % ja, 20 % delvis,
      15 % nej och 5 % vet ej. Använd dem bara för att mäta och pröva verktyget.

      """
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

  /// Questions a small municipality may honestly answer `ej aktuellt`.
  static let rarelyApplicable: Set<String> = [
    "D017-2", "D022-1", "D022-2", "D023-2", "D023-3", "D024-1", "D024-2", "D024-3", "D028-2",
    "D031-1", "D037-5",
  ]

  /// Duties a kvinnojour can judge from the outside.
  static let observable: Set<String> = [
    "D008", "D012", "D014", "D015", "D018", "D019", "D022", "D023", "D025", "D027", "D036",
    "D037", "D041",
  ]

  static let comments = (
    yes: ["Fungerar i praktiken.", "Följs upp årligen.", "Ingår i egenkontrollen."],
    partial: [
      "Fungerar i de flesta ärenden men inte i alla.",
      "Arbete pågår och ska vara klart under året.", "Tillämpas inte lika i alla enheter.",
      "Görs i praktiken men är inte skriftligt beslutat.", "Finns, men behöver uppdateras.",
    ],
    no: [
      "Saknas i dag.", "Ingår i handlingsplanen för nästa år.", "Har inte prioriterats.",
      "Behöver utredas.",
    ],
    unknown: ["Uppgiften finns hos en annan enhet.", "Behöver kontrolleras."]
  )

  static let civilComments = (
    yes: ["Stämmer med vår erfarenhet.", "Fungerar bra i samarbetet med oss."],
    partial: [
      "Fungerar ibland; beror på vilken handläggare man möter.",
      "Vår erfarenhet är att det tar lång tid.",
    ],
    no: ["Vi ser inte att detta görs.", "Kvinnor vi möter har inte fått detta erbjudande."],
    unknown: ["Känner inte till kommunens interna rutiner."]
  )

  static let texts = [
    "Nej, inget sådant har inträffat under året.",
    "Ja, vid ett tillfälle; händelsen utreddes och rutinen ändrades.",
    "Nej.",
  ]
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
