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
      .format(["table", "csv", "json"], default: "table"),
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
    let flags = round.agreementFlags
    let names = Dictionary(
      session.register.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    switch session.arguments.value("--format") ?? "table" {
    case "json":
      let items = register.agreements.map { agreement -> JSONOutputValue in
        let own = flags.filter { $0.agreement == agreement }
        return .object([
          "municipalityCode": .string(agreement.municipalityCode),
          "organisation": .string(agreement.organisation),
          "form": .string(agreement.form.rawValue),
          "scope": .array(agreement.scope.map { .string($0) }),
          "amountPerYear": agreement.amountPerYear.map { .integer($0) } ?? .null,
          "start": agreement.start.map { .string($0.description) } ?? .null,
          "end": agreement.end.map { .string($0.description) } ?? .null,
          "followUpsPerYear": .integer(agreement.followUpsPerYear),
          "latestFollowUp": agreement.latestFollowUp.map { .string($0.description) } ?? .null,
          "status": .string(agreement.status.rawValue),
          "plannedProcurementDate": agreement.plannedProcurementDate.map { .string($0.description) }
            ?? .null,
          "flags": .array(own.map { .string($0.kind.rawValue) }),
        ])
      }
      let municipalityFlags = flags.filter { $0.agreement == nil }.map { flag -> JSONOutputValue in
        .object([
          "municipalityCode": .string(flag.municipalityCode), "flag": .string(flag.kind.rawValue),
        ])
      }
      try session.emit(
        JSONOutput.render(
          JSONOutputValue.object([
            "round": .string(round.round),
            "referenceDate": round.referenceDate.map { .string($0.description) } ?? .null,
            "agreements": .array(items), "municipalityFlags": .array(municipalityFlags),
          ])))
    case "csv":
      var rows = [AgreementRegister.header + ["kommun", "flaggor"]]
      for agreement in register.agreements {
        rows.append([
          agreement.municipalityCode, agreement.organisation, agreement.form.rawValue,
          agreement.scope.joined(separator: ", "), agreement.amountPerYear.map(String.init) ?? "",
          agreement.start?.description ?? "", agreement.end?.description ?? "",
          "\(agreement.followUpsPerYear)", agreement.latestFollowUp?.description ?? "",
          agreement.status.rawValue, agreement.plannedProcurementDate?.description ?? "",
          names[agreement.municipalityCode] ?? "",
          flags.filter { $0.agreement == agreement }.map(\.kind.rawValue).joined(separator: "; "),
        ])
      }
      try session.emitCSV(CSVWriter().render(rows))
    default:
      var out = "Avtal med civilsamhället, omgång \(round.round)"
      out += round.referenceDate.map { ", referensdatum \($0)" } ?? ""
      out += "\n\n"
      for municipality in round.municipalities {
        let own = register.agreements.filter { $0.municipalityCode == municipality.code }
        let ownFlags = flags.filter { $0.municipalityCode == municipality.code }
        guard !own.isEmpty || !ownFlags.isEmpty else { continue }
        out += "\(municipality.code) \(municipality.name)\n"
        for agreement in own { out += "  \(Brief.describe(agreement))\n" }
        for flag in ownFlags { out += "  ! \(flag.detail)\n" }
      }
      out += "\n\(Swedish.count(register.agreements.count, "avtal", "avtal")), "
      out += "\(Swedish.count(flags.count, "flagga", "flaggor")). Ansvaret ligger kvar hos "
      out += "kommunen vilken form avtalet än har.\n"
      try session.emit(out)
    }
    return .success
  }
}
