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
