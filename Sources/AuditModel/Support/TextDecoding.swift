import Foundation

/// Temporary: replaced by the full decoder.
public enum TextEncodingGuess: Sendable { case utf8, utf8WithBOM, windows1252 }
/// Temporary.
public struct DecodedText: Sendable {
  /// Text.
  public var text: String
  /// Encoding.
  public var encoding: TextEncodingGuess
}
/// Temporary.
public func decodeText(_ data: Data) -> DecodedText {
  DecodedText(text: String(decoding: data, as: UTF8.self), encoding: .utf8)
}
