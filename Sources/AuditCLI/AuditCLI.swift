import AuditModel

/// The `audit` command line: parses arguments, runs a subcommand and returns the
/// exit code. The executable only calls ``run(arguments:context:stdout:stderr:)``.
public enum AuditCLI {
  /// The tool's version.
  public static let version = ToolVersion.current

  /// Runs `audit` with `arguments` (without the program name).
  /// - Parameters:
  ///   - arguments: the command line after `audit`.
  ///   - context: today's date and the current folder.
  ///   - stdout: receives results.
  ///   - stderr: receives diagnostics and progress.
  /// - Returns: the exit code (see ``ExitCode``).
  public static func run(
    arguments: [String], context: CLIContext = CLIContext(),
    stdout: @escaping (String) -> Void, stderr: @escaping (String) -> Void
  ) -> Int32 {
    let console = Console(out: stdout, err: stderr)
    return execute(arguments, context: context, console: console).rawValue
  }

  static let commands: [Command] = [
    DemoCommand.command,
    DutiesCommand.command,
    ChangesCommand.command,
    LintModelCommand.command,
    MunicipalitiesCommand.command,
    ChecklistCommand.command,
    InitCommand.command,
    ValidateCommand.command,
    ScoreCommand.command,
    CompareCommand.command,
    StatusCommand.command,
    BriefCommand.command,
    AgreementsCommand.command,
    SheltersCommand.command,
    GenerateNationalCommand.command,
  ]

  private static func execute(_ arguments: [String], context: CLIContext, console: Console)
    -> ExitCode
  {
    guard let first = arguments.first else {
      console.write(HelpText.main(commands.map(\.spec), version: version))
      return .success
    }
    switch first {
    case "--version":
      console.write(version + "\n")
      return .success
    case "-h", "--help":
      console.write(HelpText.main(commands.map(\.spec), version: version))
      return .success
    case "help":
      guard let name = arguments.dropFirst().first else {
        console.write(HelpText.main(commands.map(\.spec), version: version))
        return .success
      }
      guard let command = commands.first(where: { $0.spec.name == name }) else {
        return unknownCommand(name, console: console)
      }
      console.write(HelpText.command(command.spec))
      return .success
    default:
      guard let command = commands.first(where: { $0.spec.name == first }) else {
        return unknownCommand(first, console: console)
      }
      return run(command, Array(arguments.dropFirst()), context: context, console: console)
    }
  }

  private static func run(
    _ command: Command, _ tokens: [String], context: CLIContext, console: Console
  ) -> ExitCode {
    do {
      let parsed = try ParsedArguments.parse(tokens, for: command.spec)
      if parsed.isSet("--help") {
        console.write(HelpText.command(command.spec))
        return .success
      }
      let session = Session(
        arguments: parsed, context: context, console: console, spec: command.spec)
      if context.keepsDataUntilExit { Session.keptUntilExit.append(session) }
      return try command.run(session)
    } catch {
      switch error {
      case .usage(let message):
        console.note("fel: \(message)")
        console.note("ANVÄNDNING: \(command.spec.usage)")
        console.note("  Se 'audit \(command.spec.name) --help'.")
      case .data(let diagnostics):
        console.report(diagnostics)
      case .noInput(let message), .cannotCreate(let message):
        console.note("fel: \(message)")
      }
      return error.exitCode
    }
  }

  private static func unknownCommand(_ name: String, console: Console) -> ExitCode {
    let names = commands.map(\.spec.name)
    let hint = Suggestions.nearest(to: name, among: names).first.map { " — menade du '\($0)'?" }
    console.note("fel: okänt kommando '\(name)'\(hint ?? "")")
    console.note("ANVÄNDNING: audit <kommando> [flaggor]")
    console.note("  Se 'audit --help' för alla kommandon.")
    return .usage
  }
}

/// A subcommand: its spec and what it does.
struct Command: Sendable {
  let spec: CommandSpec
  let run: @Sendable (Session) throws(CommandError) -> ExitCode
}
