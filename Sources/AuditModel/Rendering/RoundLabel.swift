/// A round id in words a politician reads: `2026-host` is "hösten 2026", `2025-var` is
/// "våren 2025". Other ids are shown as they are, after the word "omgång".
public enum RoundLabel {
  /// The round in words, e.g. `hösten 2026`; `omgång X` for an id of another form.
  public static func words(_ round: String) -> String {
    let parts = round.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isNumber) else {
      return "omgång \(round)"
    }
    switch parts[1].lowercased() {
    case "host", "höst": return "hösten \(parts[0])"
    case "var", "vår": return "våren \(parts[0])"
    default: return "omgång \(round)"
    }
  }

  /// The same with a capital first letter, to start a sentence or a heading.
  public static func capitalised(_ round: String) -> String {
    let text = words(round)
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}
