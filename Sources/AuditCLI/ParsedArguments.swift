import AuditModel

/// The command line of one subcommand after parsing against its ``CommandSpec``.
public struct ParsedArguments: Sendable, Equatable {
  /// Positional arguments in order.
  public var positionals: [String] = []
  /// Option values by long name; a flag has one empty value per occurrence.
  public var values: [String: [String]] = [:]

  /// Parses `tokens` (the arguments after the subcommand name).
  /// - Throws: ``CommandError/usage(_:)`` naming the nearest option for a typo.
  public static func parse(_ tokens: [String], for spec: CommandSpec) throws(CommandError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var onlyPositionals = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if onlyPositionals || token == "-" || !token.hasPrefix("-") {
        parsed.positionals.append(token)
        continue
      }
      if token == "--" {
        onlyPositionals = true
        continue
      }
      var name = token
      var inline: String?
      if let equals = token.firstIndex(of: "="), token.hasPrefix("--") {
        name = String(token[..<equals])
        inline = String(token[token.index(after: equals)...])
      }
      guard let option = spec.options.first(where: { $0.name == name || $0.shortName == name })
      else {
        let names = spec.options.map(\.name)
        let hint = Suggestions.nearest(to: name, among: names).first.map {
          " — menade du \($0)?"
        }
        throw .usage("okänd flagga \(name) för 'audit \(spec.name)'\(hint ?? "")")
      }
      var value = ""
      if let valueName = option.valueName {
        if let inline {
          value = inline
        } else if index < tokens.count {
          value = tokens[index]
          index += 1
        } else {
          throw .usage("\(option.name) behöver ett värde (\(valueName))")
        }
        if !option.choices.isEmpty, !option.choices.contains(value) {
          throw .usage(
            "\(option.name) \(value) är inte tillåtet — välj ett av "
              + option.choices.joined(separator: ", "))
        }
      } else if inline != nil {
        throw .usage("\(option.name) tar inget värde")
      }
      if !option.isRepeating, parsed.values[option.name] != nil {
        throw .usage("\(option.name) får bara anges en gång")
      }
      parsed.values[option.name, default: []].append(value)
    }
    if parsed.isSet("--help") { return parsed }
    for option in spec.options where option.isRequired && parsed.values[option.name] == nil {
      throw .usage("\(option.name) måste anges")
    }
    let required = spec.arguments.filter { !$0.isOptional }.count
    if parsed.positionals.count < required,
      let missing = spec.arguments.dropFirst(
        parsed.positionals.count
      ).first
    {
      throw .usage("argumentet \(missing.name) saknas")
    }
    let repeating = spec.arguments.contains(where: \.isRepeating)
    if !repeating, parsed.positionals.count > spec.arguments.count {
      throw .usage(
        "för många argument: \(parsed.positionals.dropFirst(spec.arguments.count).joined(separator: " "))"
      )
    }
    return parsed
  }

  /// Whether a flag or option was given.
  public func isSet(_ name: String) -> Bool {
    values[name] != nil
  }

  /// The value of an option given once, or `nil`.
  public func value(_ name: String) -> String? {
    values[name]?.last
  }

  /// Every value of a repeating option.
  public func all(_ name: String) -> [String] {
    values[name] ?? []
  }
}
