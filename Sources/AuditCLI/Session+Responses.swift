import AuditModel
import Foundation

extension Session {
  /// Reads and validates every response named by `arguments` (files, folders or `-`), and
  /// gives the valid ones with the validator that accepted them and the number of files that
  /// had errors. Warnings and errors go to standard error, and each file with errors is
  /// listed as "ogiltigt svar (N fel) – rätta filen"; one bad file does not stop the others
  /// (the command then ends with 65). A missing file stops the command.
  func validResponses(_ arguments: [String], model: DutyModel)
    throws(CommandError) -> (responses: [Response], validator: ResponseValidator, invalid: Int)
  {
    guard !arguments.isEmpty else { throw .usage("ange minst en fil eller mapp") }
    for argument in arguments where argument != "-" {
      let path = resolve(argument)
      extendRegister(
        near: FileSystem.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent)
    }
    let validator = validator(model: model)
    let selection = ResponseFiles.select(arguments, resolve: resolve)
    for case .missing(let argument) in selection.problems {
      throw .noInput("\(argument): filen finns inte — kontrollera sökvägen")
    }
    // Files that cannot be read are listed; the others are still scored.
    console.report(selection.skipped)
    let entries = selection.entries
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      entries.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let outcomes = ResponseFiles.check(
      entries, standardInput: standardInput,
      caches: ResponseCaches(selection, validator: validator, identity: cacheIdentity))
    keepUntilExit(outcomes)
    var invalid: [(file: String, errors: Int)] = []
    for (entry, outcome) in zip(entries, outcomes) {
      guard let outcome else { throw .noInput("\(entry.shown): filen kan inte läsas") }
      console.report(outcome.diagnostics)
      let errors = outcome.diagnostics.filter(\.isError).count
      if errors > 0 { invalid.append((entry.shown, errors)) }
    }
    // A folder's responses follow the round rules: one per municipality, only the round's own.
    // Those that break them are reported and not scored, like files with errors.
    var uncounted = Set<String>()
    for check in ResponseFiles.roundChecks(
      selection, responses: outcomes.map { $0?.response }, register: register,
      allowOtherRound: self.arguments.isSet("--allow-other-round"), timeZone: context.timeZone)
    {
      console.report(check.inventory.diagnostics)
      for (candidate, standing) in check.inventory.standings
      where standing == .duplicate || standing == .otherRound {
        uncounted.insert(candidate.file)
      }
    }
    for (file, errors) in invalid {
      console.note(Self.invalidNote(file: file, errors: errors))
    }
    let responses = zip(entries, outcomes).compactMap { entry, outcome in
      uncounted.contains(entry.shown) ? nil : outcome?.response
    }
    let notUsed = invalid.count + uncounted.count + selection.skipped.filter(\.isError).count
    guard !responses.isEmpty else {
      throw .data([
        Diagnostic(
          .error, file: arguments.joined(separator: " "), at: nil, "inga svar att bedöma",
          help: "ange ifyllda checklistor, eller en mapp där de finns")
      ])
    }
    return (responses, validator, notUsed)
  }

  /// The line that lists a file with errors, which is not used.
  static func invalidNote(file: String, errors: Int) -> String {
    "varning: \(file): ogiltigt svar (\(Swedish.count(errors, "fel", "fel"))) – rätta filen; "
      + "den räknas inte — kör 'audit validate \(file)'"
  }
}
