extension Brief {
  /// Whether a question is about protection: its duty's consequence is skydd och säkerhet,
  /// or it is about skyddat boende.
  func isAboutProtection(_ question: Question) -> Bool {
    model.duty(question.dutyID)?.consequence == .protection
      || TextFolding.contains(question.text.lowercased(), "skyddat boende")
  }

  /// The municipality's disagreements with civil society, protection and shelter first,
  /// then in the order of the model.
  var orderedDiscrepancies: [RegionComparison.Discrepancy] {
    let own = comparison.discrepancies.filter { $0.municipality.code == municipality.code }
    return own.filter { isAboutProtection($0.question) }
      + own.filter { !isAboutProtection($0.question) }
  }

  /// One disagreement in words; with the question id for officials.
  func describe(_ item: RegionComparison.Discrepancy) -> String {
    let id = isDetailed ? "\(item.question.id) " : ""
    var text = "\(id)\(item.question.text) Kommunen svarar \(item.municipalityAnswer.text)"
    if !item.municipalityComment.isEmpty { text += " (\"\(item.municipalityComment)\")" }
    text += ", \(item.organisation) svarar \(item.organisationAnswer.text)"
    if !item.organisationComment.isEmpty { text += " (\"\(item.organisationComment)\")" }
    return text + "."
  }

  /// The municipality's agreement flags, those about skyddat boende first.
  var orderedFlags: [AgreementFlag] {
    let own = flags.filter { $0.municipalityCode == municipality.code }
    func protection(_ flag: AgreementFlag) -> Bool {
      flag.kind == .noAgreementNoShelter
        || (flag.agreement?.scope.contains("skyddat boende") ?? false)
    }
    return own.filter(protection) + own.filter { !protection($0) }
  }

  /// How many items a politician sees of a list before "N till".
  static let politicianListLimit = 3

  /// One agreement in words, dates written out; an ended agreement says that it has ended.
  public static func describe(_ agreement: Agreement, on day: Day?) -> String {
    if agreement.form == .none { return "Inget avtal med civilsamhället." }
    let name = agreement.organisation.isEmpty ? "Ny leverantör" : agreement.organisation
    var text = "\(name): \(agreement.form.rawValue)"
    if !agreement.scope.isEmpty { text += " om \(agreement.scope.joined(separator: ", "))" }
    if let amount = agreement.amountPerYear {
      text += ", \(SwedishNumber.grouped(amount)) kr per år"
    }
    let ended = day.map { agreement.hasEnded(by: $0) } ?? false
    if let start = agreement.start { text += ", från \(SwedishDate.words(start))" }
    if let end = agreement.end {
      if let day, end < day {
        text += ", upphörde \(SwedishDate.words(end))"
      } else if agreement.status == .terminated {
        text += ", uppsagt och upphör \(SwedishDate.words(end))"
      } else {
        text += " till \(SwedishDate.words(end))"
      }
    } else if agreement.status == .terminated {
      text += ", uppsagt"
    } else if agreement.status == .inProcurement {
      text += ", under upphandling"
    } else {
      text += " tills vidare"
    }
    if !ended, agreement.status != .inProcurement { text += " (\(agreement.status.rawValue))" }
    if !ended, agreement.followUpsPerYear > 0 {
      text +=
        "; ska följas upp \(Swedish.count(agreement.followUpsPerYear, "gång", "gånger")) per år"
      if let latest = agreement.latestFollowUp {
        text += ", senast uppföljt \(SwedishDate.words(latest))"
      }
    }
    return text + "."
  }
}

extension Brief {
  /// One agreement in words, as the agreement listing shows it (dates as in the register).
  public static func describe(_ agreement: Agreement) -> String {
    if agreement.form == .none { return "Inget avtal med civilsamhället." }
    var text = "\(agreement.organisation): \(agreement.form.rawValue)"
    if !agreement.scope.isEmpty { text += " om \(agreement.scope.joined(separator: ", "))" }
    if let amount = agreement.amountPerYear {
      text += ", \(SwedishNumber.grouped(amount)) kr per år"
    }
    if let start = agreement.start { text += ", från \(start)" }
    text += agreement.end.map { " till \($0)" } ?? " tills vidare"
    text += "; \(agreement.status.rawValue)"
    if agreement.followUpsPerYear > 0 {
      text +=
        "; ska följas upp \(Swedish.count(agreement.followUpsPerYear, "gång", "gånger")) per år"
      if let latest = agreement.latestFollowUp { text += ", senast \(latest)" }
    }
    return text + "."
  }
}
