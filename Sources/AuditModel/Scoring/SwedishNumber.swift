import Foundation

/// Number formatting as Swedish readers expect it.
public enum SwedishNumber {
  /// One decimal with a decimal comma: `62,5`; `–` for `nil`.
  public static func oneDecimal(_ value: Double?) -> String {
    guard let value else { return "–" }
    let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
    let whole = Int(tenths) / 10
    let decimal = abs(Int(tenths)) % 10
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return "\(sign)\(whole),\(decimal)"
  }

  /// A number as short as it can be written: `1`, `0,5`, `2,25`.
  public static func plain(_ value: Double) -> String {
    if value == value.rounded() { return String(Int(value)) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    return text.replacingOccurrences(of: ".", with: ",")
  }

  /// A whole number with spaces between thousands: `450 000`.
  public static func grouped(_ value: Int) -> String {
    let digits = Array(String(abs(value)))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(" ") }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// Rounded to one decimal, for JSON.
  public static func rounded(_ value: Double?) -> Double? {
    value.map { ($0 * 10).rounded(.toNearestOrAwayFromZero) / 10 }
  }
}
