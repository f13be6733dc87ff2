import AuditModel

extension Session {
  /// Says which files of `round` are not counted and why (as warnings: the command goes on
  /// with the responses that count).
  func reportNotCounted(_ round: RoundFolder) {
    for file in round.invalidFiles {
      console.note(
        "varning: \(file.file): har \(Swedish.count(file.errors, "fel", "fel")) och räknas "
          + "inte — kör 'audit validate \(file.file)'")
    }
    for note in (round.inventory.diagnostics + round.skipped).sorted() {
      var warning = note
      warning.severity = .warning
      console.report([warning])
    }
  }
}
