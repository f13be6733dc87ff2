import AuditModel
import Foundation

enum ValidateCommand {
  static let spec = CommandSpec(
    name: "validate",
    summary: "Kontrollera ifyllda checklistor och visa alla fel på en gång.",
    discussion: """
      Läser CSV (semikolon, komma eller tabb; UTF-8, Windows-1252 eller UTF-16) och JSON.
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
    options: [.allowOtherRound, .model, .help])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let arguments = session.arguments.positionals
    for argument in arguments where argument != "-" {
      let path = session.resolve(argument)
      session.extendRegister(
        near: FileSystem.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent)
    }
    let selection = ResponseFiles.select(arguments, resolve: session.resolve)
    for problem in selection.problems {
      switch problem {
      case .emptyFolder(let folder):
        session.console.note("varning: \(folder): mappen innehåller inga .csv- eller .json-filer")
      case .missing(let argument):
        session.console.note("fel: \(argument): filen finns inte — kontrollera sökvägen")
      }
    }
    var missing = selection.hasMissing
    let files = selection.entries
    let validator = session.validator(model: model)
    let skipped = selection.skipped
    let unreadable = skipped.filter(\.isError).count
    var errors = unreadable
    var warnings = skipped.count - unreadable
    var invalid = unreadable
    var responses = [Response?](repeating: nil, count: files.count)
    var index = 0
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      files.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let caches = ResponseCaches(selection, validator: validator, identity: session.cacheIdentity)
    var kept = [ResponseCache.Entry?](repeating: nil, count: files.count)
    Parallel.forEach(Array(files.indices)) {
      index -> (String, (outcome: ResponseFiles.Outcome, kept: ResponseCache.Entry?)?) in
      let entry = files[index]
      guard let data = entry.path.map({ FileSystem.read($0) }) ?? standardInput else {
        return (entry.shown, nil)
      }
      return (entry.shown, caches.check(index, data: data, file: entry.shown))
    } consume: { shown, result in
      defer { index += 1 }
      kept[index] = result?.kept
      guard let outcome = result?.outcome else {
        session.console.note("fel: \(shown): filen kan inte läsas — kontrollera behörigheten")
        missing = true
        return
      }
      responses[index] = outcome.response
      session.keepUntilExit(outcome)
      session.console.report(outcome.diagnostics)
      let fileErrors = outcome.diagnostics.filter(\.isError).count
      errors += fileErrors
      warnings += outcome.diagnostics.count - fileErrors
      if fileErrors > 0 { invalid += 1 }
      session.console.write(outcome.summary + "\n")
    }
    caches.save(kept)
    // The civil-society registers of a round folder are checked by the same standard.
    for folder in selection.folders {
      for diagnostics in RoundFolder.registerDiagnostics(
        folder.path, shown: folder.argument, register: session.register)
      {
        session.console.report(diagnostics)
        let registerErrors = diagnostics.filter(\.isError).count
        errors += registerErrors
        warnings += diagnostics.count - registerErrors
      }
    }
    session.console.report(skipped.sorted())
    // One response per municipality and perspective, and only the round's own, in every folder.
    var rounds: [String] = []
    for check in ResponseFiles.roundChecks(
      selection, responses: responses, register: session.register,
      allowOtherRound: session.arguments.isSet("--allow-other-round"),
      timeZone: session.context.timeZone)
    {
      let diagnostics = check.inventory.diagnostics
      session.console.report(diagnostics)
      let folderErrors = diagnostics.filter(\.isError).count
      errors += folderErrors
      warnings += diagnostics.count - folderErrors
      invalid +=
        check.inventory.standings.filter {
          [.duplicate, .otherRound].contains($0.standing)
        }.count
      if let line = check.rules.summary(check.inventory, folder: check.folder.argument) {
        rounds.append(line)
      }
    }
    let total = files.count + unreadable
    let notRead = skipped.count - unreadable
    session.console.write(
      "Kontrollerade \(Swedish.count(total, "fil", "filer")): giltiga \(total - invalid), "
        + "med fel \(invalid); \(errors) fel, \(Swedish.count(warnings, "varning", "varningar")).\n"
        + (notRead > 0
          ? "\(Swedish.count(notRead, "fil", "filer")) i mappen läses inte (se varningarna).\n"
          : "")
        + rounds.joined())
    if missing { return .noInput }
    return errors > 0 ? .dataError : .success
  }
}
