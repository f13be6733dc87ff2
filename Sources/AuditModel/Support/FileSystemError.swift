/// Why a file or folder could not be written, in Swedish, naming the path and what to do.
public enum FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file or folder could not be written or created.
  case cannotWrite(String)

  /// The Swedish message.
  public var description: String {
    switch self {
    case .cannotWrite(let message): return message
    }
  }
}
