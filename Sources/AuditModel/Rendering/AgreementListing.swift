/// `audit agreements` output: a round's agreements with civil society and their flags.
public struct AgreementListing: Sendable, FormattedReport {
  /// The round.
  public var round: RoundFolder
  /// The agreements register.
  public var agreements: [Agreement]
  /// Municipality names by code.
  public var names: [String: String]

  /// Lists the agreements of `round`, naming municipalities from `register`.
  public init(round: RoundFolder, agreements: [Agreement], register: Register) {
    self.round = round
    self.agreements = agreements
    names = Dictionary(
      register.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
  }

  /// Table, CSV and JSON.
  public static let formats: [OutputFormat] = [.table, .csv, .json]

  /// The listing in `format`.
  public func rendered(as format: OutputFormat) -> String? {
    let flags = round.agreementFlags
    switch format {
    case .json: return json(flags)
    case .csv: return csv(flags)
    case .table: return table(flags)
    case .md, .html: return nil
    }
  }

  private func json(_ flags: [AgreementFlag]) -> String {
    let items = agreements.map { agreement -> JSONOutputValue in
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
    return JSONOutput.render(
      JSONOutputValue.object([
        "round": .string(round.round),
        "referenceDate": round.referenceDate.map { .string($0.description) } ?? .null,
        "agreements": .array(items), "municipalityFlags": .array(municipalityFlags),
      ]))
  }

  private func csv(_ flags: [AgreementFlag]) -> String {
    var rows = [AgreementRegister.header + ["kommun", "flaggor"]]
    for agreement in agreements {
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
    return CSVWriter().render(rows)
  }

  private func table(_ flags: [AgreementFlag]) -> String {
    var out = "Avtal med civilsamhället, omgång \(round.round)"
    out += round.referenceDate.map { ", referensdatum \($0)" } ?? ""
    out += "\n\n"
    for municipality in round.municipalities {
      let own = agreements.filter { $0.municipalityCode == municipality.code }
      let ownFlags = flags.filter { $0.municipalityCode == municipality.code }
      guard !own.isEmpty || !ownFlags.isEmpty else { continue }
      out += "\(municipality.code) \(municipality.name)\n"
      for agreement in own { out += "  \(Brief.describe(agreement))\n" }
      for flag in ownFlags { out += "  ! \(flag.detail)\n" }
    }
    out += "\n\(Swedish.count(agreements.count, "avtal", "avtal")), "
    out += "\(Swedish.count(flags.count, "flagga", "flaggor")). Ansvaret ligger kvar hos "
    out += "kommunen vilken form avtalet än har.\n"
    return out
  }
}
