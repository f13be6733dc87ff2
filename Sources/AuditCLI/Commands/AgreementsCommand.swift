import AuditModel
import Foundation

enum AgreementsCommand {
  static let spec = CommandSpec(
    name: "agreements",
    summary: "Lista kommunernas avtal med civilsamhället och det som bör tas upp.",
    discussion: """
      Läser avtal.csv (eller avtal.json) i omgångsmappen och visar varje avtal med
      form, omfattning, belopp, tid, status och uppföljning, och flaggor räknade mot
      omgångens referensdatum: avtal som går ut inom sex månader, avtal som upphört
      utan ersättare, upphandling utan datum, varken avtal eller egna platser i
      skyddat boende, uppföljningar som inte hållits. Ansvaret ligger kvar hos
      kommunen vilken form avtalet än har.
      """,
    arguments: [ArgumentSpec("MAPP", help: "Omgångsmappen.")],
    options: [
      OptionSpec("--region", value: "LÄN", help: "Länet, om mappen inte anger det."),
      .format(AgreementListing.formats),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    guard let folder = session.arguments.positionals.first else {
      throw .usage("argumentet MAPP saknas")
    }
    let round = try session.readRound(
      folder, region: session.arguments.value("--region"), model: try session.model()
    ).current
    guard let register = round.agreements else {
      throw .noInput(
        "\(folder)/\(AgreementRegister.csvFile): avtalsregistret finns inte — skapa det med "
          + "rubrikraden: \(AgreementRegister.header.joined(separator: ";"))")
    }
    let diagnostics = round.registerDiagnostics
    if diagnostics.contains(where: \.isError) { throw .data(diagnostics) }
    session.console.report(diagnostics)
    try session.emit(
      AgreementListing(round: round, agreements: register.agreements, register: session.register))
    return .success
  }
}
