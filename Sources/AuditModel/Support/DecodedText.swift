import Foundation

/// Text read from a file together with the encoding it was read as.
public struct DecodedText: Hashable, Sendable {
  /// The decoded text, without any byte order mark.
  public var text: String
  /// The encoding the bytes were decoded as.
  public var encoding: TextEncodingGuess

  /// Creates a decoded text.
  public init(text: String, encoding: TextEncodingGuess) {
    self.text = text
    self.encoding = encoding
  }
}
