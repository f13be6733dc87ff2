import AuditModel
import Foundation

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
  /// Whether what a command reads is kept until the process ends instead of freed value by
  /// value when the command is done: the system takes the memory back at once when the
  /// process exits, which saves a few milliseconds per command on a national round. The
  /// executable, which exits right after, sets it; tests run in process leave it off.
  public var keepsDataUntilExit = false
  /// The build of the tool, for the cache of checked responses beside each round folder
  /// (see ``ResponseCache``); `nil`, as in tests run in process, turns the cache off.
  public var cacheTool: String?

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
