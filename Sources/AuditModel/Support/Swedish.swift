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

/// Spreadsheet column names: 0 → A, 25 → Z, 26 → AA.
public enum SpreadsheetColumn {
  /// The letters of the zero-based column `index`.
  public static func letters(_ index: Int) -> String {
    var number = index + 1
    var letters = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
      number = (number - 1) / 26
    }
    return letters
  }
}
