import AuditModel

/// The description of one subcommand: its name, help text, arguments and options.
public struct CommandSpec: Sendable {
  /// The subcommand's name, e.g. `duties`.
  public var name: String
  /// One Swedish line for the command list.
  public var summary: String
  /// Longer Swedish text for `--help`, may be empty.
  public var discussion: String
  /// Positional arguments.
  public var arguments: [ArgumentSpec]
  /// Options.
  public var options: [OptionSpec]
  /// Whether the command is left out of the command list (still runs and has help).
  public var isHidden: Bool

  /// Creates a command spec.
  public init(
    name: String, summary: String, discussion: String = "", arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], isHidden: Bool = false
  ) {
    self.name = name
    self.summary = summary
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.isHidden = isHidden
  }

  /// The usage line, e.g. `audit duties [--date DATUM] [--format FORMAT]`.
  public var usage: String {
    var parts = ["audit", name]
    for argument in arguments {
      let text = argument.isRepeating ? "\(argument.name) ..." : argument.name
      parts.append(argument.isOptional ? "[\(text)]" : text)
    }
    for option in options where !option.isHelpOnly {
      let text = option.valueName.map { "\(option.name) \($0)" } ?? option.name
      parts.append(option.isRequired ? text : "[\(text)]")
    }
    return parts.joined(separator: " ")
  }
}
