/// Why a round folder or a response file could not be read, in Swedish.
public enum RoundError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A folder or file that should exist does not, or cannot be read.
  case missing(String)
  /// A county given by the user is not in the register.
  case unknownCounty(String)

  /// The Swedish message.
  public var description: String {
    switch self {
    case .missing(let message), .unknownCounty(let message): return message
    }
  }
}
