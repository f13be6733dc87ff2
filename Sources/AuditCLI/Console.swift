import AuditModel
import Foundation

/// Where a command writes: standard out for results, standard error for
/// diagnostics and progress.
final class Console {
  private let out: (String) -> Void
  private let err: (String) -> Void

  init(out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
    self.out = out
    self.err = err
  }

  /// Writes a result to standard out.
  func write(_ text: String) {
    out(text)
  }

  /// Writes a line to standard error.
  func note(_ line: String) {
    err(line + "\n")
  }

  /// Writes diagnostics to standard error, one a line.
  func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { err(diagnostic.description + "\n") }
  }
}
