import AuditModel

enum ChangesCommand {
  static let spec = CommandSpec(
    name: "changes",
    summary: "Visa vilka plikter som tillkom, upphörde, ändrade styrka eller flyttade.",
    discussion: """
      Jämför läget dagen --from med läget dagen --to och visar varje ändring med
      datum och den författning som ändrade den. En plikt som flyttade från
      SoL 2001:453 till SoL 2025:400 visas som nytt lagrum, inte som upphörd och ny.
      """,
    options: [
      OptionSpec(
        "--from", value: "DATUM", help: "Läget som jämförs från, ÅÅÅÅ-MM-DD.",
        isRequired: true),
      OptionSpec(
        "--to", value: "DATUM", help: "Läget som jämförs till, ÅÅÅÅ-MM-DD.",
        defaultValue: "i dag"),
      .format(ChangeListing.formats),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let from = try session.day("--from", default: session.context.today)
    let to = try session.day("--to", default: session.context.today)
    guard from <= to else {
      throw .usage("--from \(from) ligger efter --to \(to) — byt plats på datumen")
    }
    let listing = ChangeListing(model: try session.model(), from: from, to: to)
    try session.emit(listing)
    return .success
  }
}
