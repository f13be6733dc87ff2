import AuditModel

/// `audit status`: who has answered a round, whether the answers are valid, and what is left.
enum StatusCommand {
  static let spec = CommandSpec(
    name: "status",
    summary: "Visa vilka kommuner som svarat, om svaren är giltiga och vad som återstår.",
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen.")],
    options: [
      OptionSpec(
        "--region", value: "LÄN", help: "Länet (kod eller namn), om mappen inte anger det."),
      .allowOtherRound, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    guard let folder = session.arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let round = try session.readRound(
      folder, region: session.arguments.value("--region"), model: model
    ).current
    session.console.write(StatusReport(round: round).text())
    return .success
  }
}
