/// Small helpers for Swedish text.
public enum Swedish {
  /// `1 fråga`, `3 frågor`.
  public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    "\(number) \(number == 1 ? singular : plural)"
  }

  /// `a`, `a och b`, `a, b och c`.
  public static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " och " + last
  }
}
