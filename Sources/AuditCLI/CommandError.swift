import AuditModel

/// An error that ends a command, with the exit code it gives.
public enum CommandError: Error, Equatable, Sendable {
  /// A mistake in the command line; the command's usage line follows the message.
  case usage(String)
  /// Bad data in files; every diagnostic is printed.
  case data([Diagnostic])
  /// A file or folder that should exist does not.
  case noInput(String)
  /// Output could not be written.
  case cannotCreate(String)

  /// The exit code.
  public var exitCode: ExitCode {
    switch self {
    case .usage: return .usage
    case .data: return .dataError
    case .noInput: return .noInput
    case .cannotCreate: return .cannotCreate
    }
  }
}
