import Foundation

/// Deterministic JSON output: sorted keys, two-space indentation, no escaped slashes.
public enum JSONOutput {
  /// Encodes `value` as pretty, key-sorted JSON ending in a newline.
  public static func render<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

extension JSONOutput {
  /// What a rendered array opens with.
  public static let arrayStart = "[\n"
  /// What a rendered array closes with, after its last element.
  public static let arrayEnd = "\n]\n"
  /// What separates two elements of a rendered array.
  public static let arraySeparator = ",\n"

  /// `rendered` (the output of ``render(_:)`` for one value) as an element of a rendered
  /// array: indented as the whole array would be, without a separating comma. Arrays can so
  /// be written one element at a time, giving the same text as rendering them whole.
  public static func arrayElement(_ rendered: String) -> String {
    rendered.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
      .map { "  " + $0 }.joined(separator: "\n")
  }

  /// A non-empty array of rendered values, as ``render(_:)`` would give the whole array.
  public static func array(_ rendered: [String]) -> String {
    arrayStart + rendered.map(arrayElement).joined(separator: arraySeparator) + arrayEnd
  }
}
