import AuditModel
import Foundation

enum InitCommand {
  static let spec = CommandSpec(
    name: "init",
    summary: "Skapa en omgångsmapp för ett län med en checklista per kommun.",
    discussion: """
      Skapar MAPP med checklistor/ (en CSV och ett HTML-formulär per kommun i länet), svar/ för de
      ifyllda filerna, omgang.json och en README som beskriver vad som ska skickas
      ut och hur svaren samlas in. Skriver aldrig i en mapp som inte är tom.
      """,
    arguments: [ArgumentSpec("MAPP", help: "Mappen som ska skapas (får finnas om den är tom).")],
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länskod (t.ex. 14) eller länsnamn.", isRequired: true),
      OptionSpec(
        "--round", value: "OMGÅNG", help: "Omgångens namn.",
        defaultValue: "ÅÅÅÅ-host eller ÅÅÅÅ-var efter datumet"),
      OptionSpec(
        "--date", value: "DATUM", help: "Referensdatum för checklistorna.", defaultValue: "i dag"),
      OptionSpec(
        "--previous", value: "MAPP",
        help: "Förra omgångens mapp: kommunernas svar förs över och märks för att bekräftas."),
      .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let county: County
    do throws(LookupError) {
      county = try session.register.county(session.arguments.value("--region") ?? "")
    } catch {
      throw .usage(error.description)
    }
    let day = try session.day("--date", default: session.context.today)
    let round = session.arguments.value("--round") ?? RoundWorkspace.defaultRound(for: day)
    guard let argument = session.arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let target = session.resolve(argument)
    try writing { () throws(FileSystemError) in
      try FileSystem.requireNewOrEmptyFolder(
        target, shown: argument, refusal: "'audit init' skriver aldrig över en omgång")
    }
    let model = try session.model()
    var previous: [String: PreviousAnswers] = [:]
    if let folder = session.arguments.value("--previous") {
      let earlier = try session.readRound(folder, region: county.code, model: model).current
      previous = PreviousAnswers.latest(in: earlier, resolve: session.resolve)
    }
    let workspace = RoundWorkspace(
      model: model, register: session.register, county: county, round: round,
      referenceDate: day, previous: previous)
    try writing { () throws(FileSystemError) in try write(workspace, to: target) }
    let carried =
      workspace.previousRound.map {
        "\n  svar från omgång \($0) överförda för "
          + "\(Swedish.count(previous.count, "kommun", "kommuner")); de ska bekräftas"
      } ?? ""
    session.console.write(
      """
      Skapade \(argument) för \(county.name), omgång \(round), referensdatum \(day):
        \(workspace.checklists.count) checklistor i \(argument)/\(RoundWorkspace.checklistsFolder)/
        tom mapp för svar: \(argument)/\(RoundWorkspace.responsesFolder)/
        läs \(argument)/README.md för hur checklistorna skickas ut och samlas in.\(carried)

      """)
    return .success
  }

  /// Writes the workspace into a hidden sibling folder first and moves it into place,
  /// so an error leaves nothing half-written.
  private static func write(_ workspace: RoundWorkspace, to target: String)
    throws(FileSystemError)
  {
    try FileSystem.writeFolderAtomically(target) { staging throws(FileSystemError) in
      try FileSystem.createDirectory("\(staging)/\(RoundWorkspace.checklistsFolder)")
      try FileSystem.createDirectory("\(staging)/\(RoundWorkspace.responsesFolder)")
      for entry in workspace.checklists {
        try FileSystem.writeAtomically(
          Data(("\u{FEFF}" + entry.checklist.csv()).utf8), to: "\(staging)/\(entry.file)",
          overwrite: false)
        let form = ChecklistForm(checklist: entry.checklist, toolVersion: ToolVersion.current)
        try FileSystem.writeAtomically(
          Data(form.html().utf8), to: "\(staging)/\(RoundWorkspace.formFile(entry.file))",
          overwrite: false)
      }
      try FileSystem.writeAtomically(
        Data(workspace.description.utf8), to: "\(staging)/\(RoundWorkspace.descriptionFile)")
      try FileSystem.writeAtomically(Data(workspace.readme.utf8), to: "\(staging)/README.md")
    }
  }
}
