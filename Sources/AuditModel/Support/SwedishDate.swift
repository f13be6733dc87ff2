/// Days written in words, as a politician reads them: `1 juli 2025`.
public enum SwedishDate {
  /// The Swedish month names, January first.
  static let months = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
  ]

  /// `day` in words, e.g. `1 juli 2025`.
  public static func words(_ day: Day) -> String {
    let parts = day.components
    return "\(parts.day) \(months[parts.month - 1]) \(parts.year)"
  }
}
