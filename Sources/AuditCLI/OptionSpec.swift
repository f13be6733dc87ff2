import AuditModel

/// An option: `--name VALUE` or a flag `--name`.
public struct OptionSpec: Sendable {
  /// The long name with dashes, e.g. `--date`.
  public var name: String
  /// A short form with one dash, e.g. `-o`.
  public var shortName: String?
  /// The value placeholder, e.g. `DATUM`; `nil` for a flag.
  public var valueName: String?
  /// Swedish help.
  public var help: String
  /// The default, shown in parentheses.
  public var defaultValue: String?
  /// The allowed values, shown in parentheses and checked.
  public var choices: [String]
  /// Whether it may be given several times.
  public var isRepeating: Bool
  /// Whether it must be given.
  public var isRequired: Bool
  /// Whether it is listed in the help but not in the usage line (e.g. `--help`).
  public var isHelpOnly: Bool

  /// Creates an option spec.
  public init(
    _ name: String, short shortName: String? = nil, value valueName: String? = nil,
    help: String, defaultValue: String? = nil, choices: [String] = [],
    isRepeating: Bool = false, isRequired: Bool = false, isHelpOnly: Bool = false
  ) {
    self.name = name
    self.shortName = shortName
    self.valueName = valueName
    self.help = help
    self.defaultValue = defaultValue
    self.choices = choices
    self.isRepeating = isRepeating
    self.isRequired = isRequired
    self.isHelpOnly = isHelpOnly
  }

  /// `--help`, listed in every command.
  public static let help = OptionSpec(
    "--help", short: "-h", help: "Visa den här hjälpen.", isHelpOnly: true)
  /// `--model DIR`, for commands that read the duty model.
  public static let model = OptionSpec(
    "--model", value: "MAPP",
    help: "Läs pliktmodellen från MAPP i stället för den inbyggda (checklists/model).")
  /// `--format`, with the formats `formats` offers, the first as default.
  static func format(_ formats: [OutputFormat]) -> OptionSpec {
    OptionSpec(
      "--format", value: "FORMAT", help: "Utdataformat.",
      defaultValue: formats.first?.rawValue, choices: formats.map(\.rawValue))
  }
  /// `--allow-other-round`, for commands that read a round folder.
  public static let allowOtherRound = OptionSpec(
    "--allow-other-round",
    help: "Räkna också svar från en annan omgång, ett annat län eller en äldre modellversion.")
  /// `--output FILE`.
  public static let output = OptionSpec(
    "--output", short: "-o", value: "FIL",
    help: "Skriv resultatet till FIL i stället för standard ut.")
}
