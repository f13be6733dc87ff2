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

/// What a command may know about the world it runs in; tests set it.
public struct CLIContext: Sendable {
  /// The day that counts as today (default dates, expiry checks).
  public var today: Day
  /// The folder relative paths start from.
  public var currentDirectory: String
  /// The time zone file dates are shown in (when two responses compete, for instance).
  public var timeZone: TimeZone
  /// Whether standard out is a terminal (then HTML is not written to it).
  public var outputIsTerminal = false

  /// Creates a context.
  public init(
    today: Day = .today(), currentDirectory: String = FileSystem.currentDirectory,
    timeZone: TimeZone = .current
  ) {
    self.today = today
    self.currentDirectory = currentDirectory
    self.timeZone = timeZone
  }
}
