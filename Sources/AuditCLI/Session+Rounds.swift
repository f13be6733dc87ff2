import AuditModel

extension Session {
  /// Says which files of `round` are not counted and why (as warnings: the command goes on
  /// with the responses that count), and gives the exit code: 65 when not every file could be
  /// used.
  @discardableResult
  func reportNotCounted(_ round: RoundFolder) -> ExitCode {
    for file in round.invalidFiles {
      console.note(Self.invalidNote(file: file.file, errors: file.errors))
    }
    for note in (round.inventory.diagnostics + round.skipped).sorted() {
      var warning = note
      warning.severity = .warning
      console.report([warning])
    }
    let uncounted = round.files.contains { $0.response != nil && $0.standing != .counted }
    let unusable =
      !round.invalidFiles.isEmpty || uncounted || round.skipped.contains(where: \.isError)
    return unusable ? .dataError : .success
  }
}
