import Foundation

enum ValidateCommand {
  static let spec = CommandSpec(
    name: "validate",
    summary: "Kontrollera ifyllda checklistor och visa alla fel på en gång.",
    discussion: """
      Läser CSV (semikolon, komma eller tabb; UTF-8 eller Windows-1252) och JSON.
      Frågorna kontrolleras mot plikterna som gällde svarets referensdatum. Varje
      problem skrivs som 'fel: FIL:RAD:KOLUMN: vad som är fel — hur det rättas'
      (varningar som 'varning:'). En mapp läses i sin helhet; för en omgångsmapp
      från 'audit init' läses undermappen svar/.
      Slutkod 0 när allt är giltigt (varningar tillåts), 65 vid fel, 66 när en fil
      saknas.
      """,
    arguments: [
      ArgumentSpec(
        "FIL|MAPP", help: "Ifyllda checklistor eller mappar med sådana; - läser standard in.",
        isRepeating: true)
    ],
    options: [.model, .help])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    var missing = false
    var files: [(shown: String, path: String?)] = []
    for argument in session.arguments.positionals {
      if argument == "-" {
        files.append(("-", nil))
        continue
      }
      let path = session.resolve(argument)
      session.extendRegister(
        near: FileSystem.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent)
      if FileSystem.isDirectory(path) {
        let found = ResponseFiles.list(in: path)
        if found.isEmpty {
          session.console.note(
            "varning: \(argument): mappen innehåller inga .csv- eller .json-filer")
        }
        let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
        files += found.map { (base == "." ? $0 : "\(base)/\($0)", "\(path)/\($0)") }
      } else if FileSystem.exists(path) {
        files.append((argument, path))
      } else {
        session.console.note("fel: \(argument): filen finns inte — kontrollera sökvägen")
        missing = true
      }
    }
    let validator = session.validator(model: model)
    var errors = 0
    var warnings = 0
    var invalid = 0
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      files.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    Parallel.forEach(files) { shown, path -> (String, ResponseFiles.Outcome?) in
      guard let data = path.map({ FileSystem.read($0) }) ?? standardInput else {
        return (shown, nil)
      }
      return (shown, ResponseFiles.check(data, file: shown, validator: validator))
    } consume: { shown, outcome in
      guard let outcome else {
        session.console.note("fel: \(shown): filen kan inte läsas — kontrollera behörigheten")
        missing = true
        return
      }
      session.console.report(outcome.diagnostics)
      let fileErrors = outcome.diagnostics.filter(\.isError).count
      errors += fileErrors
      warnings += outcome.diagnostics.count - fileErrors
      if fileErrors > 0 { invalid += 1 }
      session.console.write(outcome.summary + "\n")
    }
    // The civil-society registers of a round folder are checked by the same standard.
    for argument in session.arguments.positionals where argument != "-" {
      let path = session.resolve(argument)
      guard FileSystem.isDirectory(path) else { continue }
      let trimmed = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
      let base = trimmed == "." ? "" : trimmed
      let registers: [[Diagnostic]?] = [
        RoundFolder.readAgreements(path, shown: base, register: session.register)?.diagnostics,
        FileSystem.exists("\(path)/\(ShelterRegister.csvFile)")
          || FileSystem.exists("\(path)/\(ShelterRegister.jsonFile)")
          ? RoundFolder.readShelters(path, shown: base, register: session.register)?.diagnostics
          : nil,
      ]
      for diagnostics in registers.compactMap({ $0 }) {
        session.console.report(diagnostics)
        let registerErrors = diagnostics.filter(\.isError).count
        errors += registerErrors
        warnings += diagnostics.count - registerErrors
      }
    }
    let total = files.count
    session.console.write(
      "Kontrollerade \(Swedish.count(total, "fil", "filer")): giltiga \(total - invalid), "
        + "med fel \(invalid); \(errors) fel, \(Swedish.count(warnings, "varning", "varningar")).\n"
    )
    if missing { return .noInput }
    return errors > 0 ? .dataError : .success
  }
}

/// Finding and checking response files.
enum ResponseFiles {
  /// The `.csv` and `.json` files to read in a folder: its `svar/` folder for a round
  /// workspace, otherwise the folder itself; sorted, hidden files skipped.
  static func list(in folder: String) -> [String] {
    if FileSystem.exists("\(folder)/\(RoundWorkspace.descriptionFile)"),
      FileSystem.isDirectory("\(folder)/\(RoundWorkspace.responsesFolder)")
    {
      return list(in: "\(folder)/\(RoundWorkspace.responsesFolder)").map {
        "\(RoundWorkspace.responsesFolder)/\($0)"
      }
    }
    let registers: Set<String> = [
      RoundWorkspace.descriptionFile, AgreementRegister.csvFile, AgreementRegister.jsonFile,
      ShelterRegister.csvFile, ShelterRegister.jsonFile,
    ]
    return FileSystem.contents(of: folder).filter { name in
      !name.hasPrefix(".") && (name.hasSuffix(".csv") || name.hasSuffix(".json"))
        && !registers.contains(name) && !FileSystem.isDirectory("\(folder)/\(name)")
    }
  }

  /// The outcome of reading and validating one file.
  struct Outcome: Sendable {
    var response: Response?
    var diagnostics: [Diagnostic]
    var summary: String
  }

  /// Reads and validates one file.
  static func check(_ data: Data, file: String, validator: ResponseValidator) -> Outcome {
    let read = ResponseReader().read(data, file: file)
    guard let raw = read.raw else {
      return Outcome(
        response: nil, diagnostics: read.diagnostics, summary: "\(file): kan inte läsas")
    }
    let result = validator.validate(raw)
    let diagnostics = (read.diagnostics + result.diagnostics).sorted()
    let errors = diagnostics.filter(\.isError).count
    var summary = "\(file): "
    if let metadata = result.response?.metadata, errors == 0 {
      summary +=
        "giltig — \(metadata.municipalityCode) \(metadata.municipalityName), "
        + "\(metadata.perspectiveLabel), referensdatum \(metadata.referenceDate), "
        + "\(result.answeredQuestions) av \(result.applicableQuestions) frågor besvarade"
      if result.unconfirmedAnswers > 0 {
        summary += ", varav \(result.unconfirmedAnswers) överförda och obekräftade"
      }
    } else {
      summary += "\(errors) fel"
    }
    if raw.encoding == .windows1252 { summary += " (läst som Windows-1252)" }
    return Outcome(
      response: errors == 0 ? result.response : nil, diagnostics: diagnostics, summary: summary)
  }
}
