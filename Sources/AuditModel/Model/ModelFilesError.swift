import Foundation

/// Why a model folder could not be read.
public enum ModelFilesError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder does not exist.
  case missingDirectory(String)
  /// A file could not be read.
  case unreadable(String)

  /// Swedish description.
  public var description: String {
    switch self {
    case .missingDirectory(let path):
      return "\(path): modellmappen finns inte — ange en mapp som innehåller model.json"
    case .unreadable(let path):
      return "\(path): filen kan inte läsas — kontrollera att den finns och är läsbar"
    }
  }
}
