import Foundation

/// File names made from municipality and organisation names that work on Linux,
/// macOS and Windows: å, ä and ö are kept (in composed form), everything a file
/// system forbids or a shell trips on becomes `-`.
public enum SafeFileName {
  /// Names Windows reserves whatever the extension.
  static let reserved: Set<String> = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
  ]

  /// A safe stem (without extension) for `text`, at most 80 characters.
  public static func stem(_ text: String) -> String {
    var out = ""
    var lastWasDash = false
    for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
      let isSafe =
        CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_"
      if isSafe, scalar.properties.generalCategory != .format {
        out.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if !lastWasDash {
        out.append("-")
        lastWasDash = true
      }
    }
    var trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-. "))
    if trimmed.count > 80 { trimmed = String(trimmed.prefix(80)) }
    if trimmed.isEmpty { trimmed = "namnlos" }
    if reserved.contains(trimmed.lowercased()) { trimmed = "_" + trimmed }
    return trimmed
  }
}
