import Foundation

/// The files of a folder of responses (a round's `svar/`, or any folder given to `validate`),
/// each either to be read as a response or listed with the reason it is not: nothing in the
/// folder is passed over in silence.
public enum ResponseFolder {
  /// The extensions, in lower case, of the files read as responses: CSV, Excel's
  /// "Unicode-text" (`.txt`), JSON, and workbooks, which get an error saying how to save as CSV.
  public static let readExtensions: Set<String> = [
    "csv", "txt", "tsv", "json", "xlsx", "xls", "ods",
  ]

  /// Files a round folder holds beside its responses, which are never responses.
  static let roundFiles: Set<String> = [
    RoundWorkspace.descriptionFile, AgreementRegister.csvFile, AgreementRegister.jsonFile,
    ShelterRegister.csvFile, ShelterRegister.jsonFile,
  ]

  /// One name in the folder and what is done with it.
  public struct Entry: Hashable, Sendable {
    /// The name relative to the folder given, e.g. `svar/1490-Borås.csv`.
    public var name: String
    /// Why the file is not read as a response; `nil` when it is.
    public var skipped: Diagnostic?

    /// Whether the file is read as a response.
    public var isResponse: Bool { skipped == nil }
  }

  /// The entries of `folder`, sorted by name: its `svar/` folder for a round workspace (with
  /// `omgang.json`), otherwise the folder itself. `shown` is the folder as the user wrote it,
  /// for the diagnostics.
  public static func entries(in folder: String, shown: String) -> [Entry] {
    if FileSystem.exists("\(folder)/\(RoundWorkspace.descriptionFile)"),
      FileSystem.isDirectory("\(folder)/\(RoundWorkspace.responsesFolder)")
    {
      let inner = shown.isEmpty || shown == "." ? "" : "\(shown)/"
      return entries(
        in: "\(folder)/\(RoundWorkspace.responsesFolder)",
        shown: "\(inner)\(RoundWorkspace.responsesFolder)", prefix: RoundWorkspace.responsesFolder)
    }
    return entries(in: folder, shown: shown, prefix: nil)
  }

  private static func entries(in folder: String, shown: String, prefix: String?) -> [Entry] {
    FileSystem.contents(of: folder).compactMap { name in
      if prefix == nil, roundFiles.contains(name) { return nil }
      let path = "\(folder)/\(name)"
      let display = shown.isEmpty || shown == "." ? name : "\(shown)/\(name)"
      let relative = prefix.map { "\($0)/\(name)" } ?? name
      if prefix == nil, FileSystem.isDirectory(path) { return nil }
      return Entry(name: relative, skipped: reason(name, path: path, shown: display))
    }
  }

  /// Why `name` is not read, or `nil` when it is read as a response.
  static func reason(_ name: String, path: String, shown: String) -> Diagnostic? {
    func skip(_ message: String, help: String) -> Diagnostic {
      Diagnostic(.warning, file: shown, at: nil, message, help: help)
    }
    if name.hasPrefix(".~lock.") || name.hasPrefix("~$") {
      return skip(
        "låsfil från Excel eller LibreOffice, läses inte",
        help: "den finns medan filen är öppen; stäng programmet, så försvinner den")
    }
    if name.hasPrefix(".") {
      return skip(
        "dold fil, läses inte", help: "flytta den ut ur mappen om den inte hör dit")
    }
    if FileSystem.isDirectory(path) {
      return skip("mappen läses inte", help: "lägg svaren direkt i mappen, inte i en undermapp")
    }
    let type = (name as NSString).pathExtension.lowercased()
    if type == "html" || type == "htm" {
      return skip(
        "filen läses inte: ett formulär (HTML) är inget svar",
        help: "öppna formuläret i webbläsaren, fyll i och tryck Spara svar; lägg CSV-filen som "
          + "laddas ned här")
    }
    guard readExtensions.contains(type) else {
      return skip(
        type.isEmpty
          ? "filen läses inte: den har ingen filändelse"
          : "filen läses inte: .\(type) är ingen checklista",
        help: "spara svaret som CSV UTF-8 (.csv), eller flytta filen ut ur mappen")
    }
    if !FileSystem.exists(path) {
      return Diagnostic(
        .error, file: shown, at: nil, "länken pekar på en fil som inte finns",
        help: "ta bort länken, eller låt den peka på svaret")
    }
    return nil
  }
}
