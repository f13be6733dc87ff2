import Foundation

/// Finding, reading and checking response files: the one place that decides which files of a
/// folder are responses, so that validate, score, status, compare and brief read the same ones.
public enum ResponseFiles {
  /// One file to read: as the user should see it, and where it is (`nil` for standard input).
  public struct Entry: Sendable, Equatable {
    /// The path as shown in messages.
    public var shown: String
    /// The absolute path, or `nil` for standard input (`-`).
    public var path: String?
  }

  /// The files named by command-line `arguments` (files, folders or `-`).
  public struct Selection: Sendable, Equatable {
    /// The files to read, in argument order and each folder's files sorted.
    public var entries: [Entry] = []
    /// Arguments that name nothing, and folders without response files, in argument order.
    public var problems: [Problem] = []
    /// The files in the folders that are not read as responses, and why.
    public var skipped: [Diagnostic] = []
    /// The folders given, with the range of ``entries`` each holds, for the round rules.
    public var folders: [Folder] = []

    /// Whether an argument names nothing.
    public var hasMissing: Bool {
      problems.contains { if case .missing = $0 { return true } else { return false } }
    }
  }

  /// A folder given on the command line and which of the selection's entries are its files.
  public struct Folder: Sendable, Equatable {
    /// The folder as the user wrote it.
    public var argument: String
    /// The absolute path.
    public var path: String
    /// The indices of its files in ``Selection/entries``.
    public var files: Range<Int>
  }

  /// An argument that gives no file.
  public enum Problem: Sendable, Equatable {
    /// The argument names no file or folder.
    case missing(String)
    /// The folder holds no response file.
    case emptyFolder(String)
  }

  /// The files named by `arguments`, each made absolute by `resolve`.
  public static func select(_ arguments: [String], resolve: (String) -> String) -> Selection {
    var selection = Selection()
    for argument in arguments {
      if argument == "-" {
        selection.entries.append(Entry(shown: "-", path: nil))
        continue
      }
      let path = resolve(argument)
      if FileSystem.isDirectory(path) {
        let base = FolderName.trimmed(argument)
        let entries = ResponseFolder.entries(in: path, shown: base)
        let found = entries.filter(\.isResponse).map(\.name)
        selection.skipped += entries.compactMap(\.skipped)
        if found.isEmpty { selection.problems.append(.emptyFolder(argument)) }
        let start = selection.entries.count
        selection.entries += found.map {
          Entry(shown: base == "." ? $0 : "\(base)/\($0)", path: "\(path)/\($0)")
        }
        selection.folders.append(
          Folder(argument: argument, path: path, files: start..<selection.entries.count))
      } else if FileSystem.exists(path) {
        selection.entries.append(Entry(shown: argument, path: path))
      } else {
        selection.problems.append(.missing(argument))
      }
    }
    return selection
  }

  /// The outcome of reading and validating one file.
  public struct Outcome: Hashable, Sendable {
    /// The response, when the file has no errors.
    public var response: Response?
    /// Every problem, sorted.
    public var diagnostics: [Diagnostic]
    /// One line for `audit validate`.
    public var summary: String
    /// The municipality code the file names (its metadata, or the start of its file name),
    /// so that an invalid file can be shown as "ogiltigt svar" for its municipality.
    public var municipalityCode: String? = nil
    /// Whether the file says it is a civil-society response.
    public var isCivilSociety = false
    /// Questions answered "ej aktuellt" where the model never allows it.
    public var rejectedNotApplicable: [String] = []
  }

  /// Reads and validates one file.
  public static func check(_ data: Data, file: String, validator: ResponseValidator) -> Outcome {
    let read = ResponseReader().read(data, file: file)
    guard let raw = read.raw else {
      return Outcome(
        response: nil, diagnostics: read.diagnostics, summary: "\(file): kan inte läsas",
        municipalityCode: codeInName(file))
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
    if let label = raw.encoding.label { summary += " (läst som \(label))" }
    let named = raw.metadata["kommunkod"]?.trimmed ?? ""
    let perspective = AnswerValue.normalized(raw.metadata["perspektiv"]?.trimmed ?? "")
    return Outcome(
      response: errors == 0 ? result.response : nil, diagnostics: diagnostics, summary: summary,
      municipalityCode: result.response?.metadata.municipalityCode
        ?? (named.count == 4 && named.allSatisfy(\.isNumber) ? named : codeInName(file)),
      isCivilSociety: result.response.map { $0.metadata.perspective == .civilSociety }
        ?? perspective.hasPrefix("civil"),
      rejectedNotApplicable: result.rejectedNotApplicable)
  }

  /// The four digits a response file's name starts with (`1490-Borås.csv`), if any.
  static func codeInName(_ file: String) -> String? {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    let digits = name.prefix(4)
    return digits.count == 4 && digits.allSatisfy(\.isNumber) ? String(digits) : nil
  }

  /// Reads and checks every entry on all cores; `standardInput` is read once by the caller.
  /// An outcome is `nil` when its file could not be read. Files in round folders are taken from
  /// and kept in `caches` (see ``ResponseCache``).
  public static func check(
    _ entries: [Entry], standardInput: Data?, caches: ResponseCaches
  ) -> [Outcome?] {
    let results = Parallel.map(Array(entries.indices)) {
      index -> (outcome: Outcome, kept: ResponseCache.Entry?)? in
      let entry = entries[index]
      guard let data = entry.path.map({ FileSystem.read($0) }) ?? standardInput else {
        return nil
      }
      return caches.check(index, data: data, file: entry.shown)
    }
    caches.save(results.map { $0?.kept })
    return results.map { $0?.outcome }
  }

  /// The round rules of each folder in `selection`: one response per municipality and
  /// perspective, and only the round's own. `responses` are the valid responses by entry.
  public static func roundChecks(
    _ selection: Selection, responses: [Response?], register: Register,
    allowOtherRound: Bool, timeZone: TimeZone
  ) -> [(folder: Folder, rules: RoundRules, inventory: RoundInventory)] {
    selection.folders.map { folder in
      let rules = RoundRules(folder.path, register: register)
      let inventory = RoundInventory(
        folder.files.map { index in
          RoundInventory.Candidate(
            file: selection.entries[index].shown, response: responses[index],
            modified: selection.entries[index].path.flatMap(FileSystem.modificationDate))
        }, expected: rules.expectation, register: register,
        allowOtherRound: allowOtherRound, timeZone: timeZone)
      return (folder, rules, inventory)
    }
  }
}
