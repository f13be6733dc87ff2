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
    let entries = selection.entries
    // Standard input is read here, once; the files are read and checked on all cores.
    let standardInput =
      entries.contains { $0.path == nil } ? FileHandle.standardInput.readDataToEndOfFile() : nil
    let outcomes = ResponseFiles.check(entries, standardInput: standardInput, validator: validator)
    var responses: [Response] = []
    var invalid: [(file: String, errors: Int)] = []
    for (entry, outcome) in zip(entries, outcomes) {
      guard let outcome else { throw .noInput("\(entry.shown): filen kan inte läsas") }
      console.report(outcome.diagnostics)
      let errors = outcome.diagnostics.filter(\.isError).count
      if errors > 0 { invalid.append((entry.shown, errors)) }
      if let response = outcome.response { responses.append(response) }
    }
    for (file, errors) in invalid {
      console.note(Self.invalidNote(file: file, errors: errors))
    }
    return (responses, validator, invalid.count)
  }

  /// The line that lists a file with errors, which is not used.
  static func invalidNote(file: String, errors: Int) -> String {
    "varning: \(file): ogiltigt svar (\(Swedish.count(errors, "fel", "fel"))) – rätta filen; "
      + "den räknas inte — kör 'audit validate \(file)'"
  }
}
