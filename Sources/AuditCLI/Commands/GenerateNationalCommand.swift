import AuditModel
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
    try writing { () throws(FileSystemError) in
      try FileSystem.requireNewOrEmptyFolder(
        target, shown: argument, refusal: "'audit generate-national' skriver aldrig över")
    }
    let data = NationalData(
      model: try session.model(), register: session.register, seed: seed, rounds: rounds,
      last: last)
    let counts = try writing { () throws(FileSystemError) in
      try data.write(
        to: target, checklists: arguments.isSet("--checklists"),
        command: "audit generate-national MAPP --rounds \(rounds) --seed \(seed) --from \(last)")
    }
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
}
