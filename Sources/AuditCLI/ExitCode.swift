import AuditModel

/// The exit codes of `audit`, following BSD sysexits.
public enum ExitCode: Int32, Sendable {
  /// Everything worked.
  case success = 0
  /// Findings exist and `--fail-on` asked to fail on them.
  case findings = 1
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// An input file had bad data (EX_DATAERR).
  case dataError = 65
  /// An input file was missing (EX_NOINPUT).
  case noInput = 66
  /// Internal error (EX_SOFTWARE).
  case software = 70
  /// An output could not be written (EX_CANTCREAT).
  case cannotCreate = 73
}

extension CommandError {
  /// The command error for a file that could not be written (exit 73).
  init(_ error: FileSystemError) {
    self = .cannotCreate(error.description)
  }

  /// The command error for a round that could not be read: a missing folder or file (66) or
  /// an unknown county (64).
  init(_ error: RoundError) {
    switch error {
    case .missing(let message): self = .noInput(message)
    case .unknownCounty(let message): self = .usage(message)
    }
  }
}

/// Runs file writes, turning a write error into exit 73.
func writing<T>(_ body: () throws(FileSystemError) -> T) throws(CommandError) -> T {
  do {
    return try body()
  } catch {
    throw CommandError(error)
  }
}
