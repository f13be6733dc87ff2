import AuditModel
import Foundation

extension Session {
  /// Reads and validates every response named by `arguments` (files, folders or `-`), and
  /// gives them with the validator that accepted them.
  /// Warnings go to standard error; any error or missing file stops the command.
  func validResponses(_ arguments: [String], model: DutyModel)
    throws(CommandError) -> (responses: [Response], validator: ResponseValidator)
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
    console.report(selection.skipped.filter { !$0.isError })
    var errors = selection.skipped.filter(\.isError)
    let entries = selection.entries
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      entries.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let outcomes = ResponseFiles.check(entries, standardInput: standardInput, validator: validator)
    var responses: [Response] = []
    for (entry, outcome) in zip(entries, outcomes) {
      guard let outcome else { throw .noInput("\(entry.shown): filen kan inte läsas") }
      if outcome.diagnostics.contains(where: \.isError) {
        errors += outcome.diagnostics
      } else {
        console.report(outcome.diagnostics)
      }
      if let response = outcome.response { responses.append(response) }
    }
    // A folder's responses follow the round rules: one per municipality, only the round's own.
    for check in ResponseFiles.roundChecks(
      selection, responses: outcomes.map { $0?.response }, register: register,
      allowOtherRound: self.arguments.isSet("--allow-other-round"), timeZone: context.timeZone)
    {
      errors += check.inventory.diagnostics.filter(\.isError)
      console.report(check.inventory.diagnostics.filter { !$0.isError })
    }
    if !errors.isEmpty {
      console.report(errors)
      console.note(
        "fel: svaren har fel och bedöms inte — rätta dem (se 'audit validate') och försök igen")
      throw .data([])
    }
    guard !responses.isEmpty else {
      throw .data([
        Diagnostic(
          .error, file: arguments.joined(separator: " "), at: nil, "inga svar att bedöma",
          help: "ange ifyllda checklistor, eller en mapp där de finns")
      ])
    }
    return (responses, validator)
  }
}
