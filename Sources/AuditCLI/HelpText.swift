import AuditModel

/// Renders Swedish help in the layout of swift-argument-parser: ÖVERSIKT,
/// ANVÄNDNING, ARGUMENT, FLAGGOR, KOMMANDON, labels padded to one column.
enum HelpText {
  static let labelWidth = 26

  static func command(_ spec: CommandSpec) -> String {
    var out = "ÖVERSIKT: \(spec.summary)\n"
    if !spec.discussion.isEmpty { out += "\n\(spec.discussion)\n" }
    out += "\nANVÄNDNING: \(spec.usage)\n"
    if !spec.arguments.isEmpty {
      out += "\nARGUMENT:\n"
      for argument in spec.arguments {
        out += row("<\(argument.name)>", argument.help)
      }
    }
    out += "\nFLAGGOR:\n"
    for option in spec.options {
      var label = option.shortName.map { "\($0), \(option.name)" } ?? option.name
      if let valueName = option.valueName { label += " <\(valueName)>" }
      var help = option.help
      if !option.choices.isEmpty {
        help += " (val: \(option.choices.joined(separator: ", "))"
        help += option.defaultValue.map { "; standard: \($0))" } ?? ")"
      } else if let defaultValue = option.defaultValue {
        help += " (standard: \(defaultValue))"
      }
      out += row(label, help)
    }
    return out
  }

  static func main(_ commands: [CommandSpec], version: String) -> String {
    var out = """
      ÖVERSIKT: audit \(version) — socialnämndens ansvar vid våld i nära relationer:
      pliktmodell, checklistor, bedömning, jämförelser och underlag till dialogmöten.

      ANVÄNDNING: audit <kommando> [flaggor]

      FLAGGOR:

      """
    out += row("--version", "Visa versionen.")
    out += row("-h, --help", "Visa den här hjälpen.")
    out += "\nKOMMANDON:\n"
    for command in commands where !command.isHidden {
      out += row(command.name, command.summary)
    }
    out += "\n  Se 'audit help <kommando>' för hjälp om ett kommando.\n"
    return out
  }

  private static func row(_ label: String, _ help: String) -> String {
    let indent = "  "
    let padding = labelWidth - label.count
    if padding >= 2 {
      return indent + label + String(repeating: " ", count: padding) + help + "\n"
    }
    return indent + label + "\n" + String(repeating: " ", count: labelWidth + 2) + help + "\n"
  }
}
