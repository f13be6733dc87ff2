/// A problem found in a file a person wrote, with the place to fix it.
///
/// Printed compiler style: `fel: FILE:LINE:COLUMN: what is wrong — how to fix it`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// The file cannot be used until it is fixed.
    case error = "fel"
    /// The file can be used, but something deserves a look.
    case warning = "varning"
  }

  /// How serious the problem is.
  public var severity: Severity
  /// The file, as the user named it.
  public var file: String
  /// Where in the file; `nil` when the problem concerns the whole file.
  public var position: SourcePosition?
  /// What is wrong, in Swedish.
  public var message: String
  /// How to fix it, in Swedish; empty when the message says it all.
  public var help: String

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, file: String, at position: SourcePosition?, _ message: String,
    help: String = ""
  ) {
    self.severity = severity
    self.file = file
    self.position = position
    self.message = message
    self.help = help
  }

  /// Whether this is an error.
  public var isError: Bool { severity == .error }

  /// The printed form.
  public var description: String {
    var place = file
    if let position { place += ":\(position.line):\(position.column)" }
    let text = help.isEmpty ? message : "\(message) — \(help)"
    return "\(severity.rawValue): \(place): \(text)"
  }

  /// Orders by file, then position, then message, so output is stable.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.file != rhs.file { return lhs.file < rhs.file }
    let left = lhs.position ?? SourcePosition(line: 0, column: 0)
    let right = rhs.position ?? SourcePosition(line: 0, column: 0)
    if left != right { return left < right }
    return lhs.message < rhs.message
  }
}
