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
