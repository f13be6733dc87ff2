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
    let entries = selection.entries
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      entries.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let outcomes = ResponseFiles.check(entries, standardInput: standardInput, validator: validator)
    var responses: [Response] = []
    var errors: [Diagnostic] = []
    for (entry, outcome) in zip(entries, outcomes) {
      guard let outcome else { throw .noInput("\(entry.shown): filen kan inte läsas") }
      if outcome.diagnostics.contains(where: \.isError) {
        errors += outcome.diagnostics
      } else {
        console.report(outcome.diagnostics)
      }
      if let response = outcome.response { responses.append(response) }
    }
    if !errors.isEmpty {
      console.report(errors)
      console.note(
        "fel: svaren har fel och bedöms inte — rätta dem (se 'audit validate') och försök igen")
      throw .data([])
    }
    return (responses, validator)
  }
}
