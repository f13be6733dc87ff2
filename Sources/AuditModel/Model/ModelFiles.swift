import Foundation

/// The text files of a duty model, keyed by their path relative to the model folder.
///
/// The shipped model comes from ``EmbeddedModel``; `--model DIR` reads a folder.
public struct ModelFiles: Hashable, Sendable {
  /// `(relative path, text)` pairs, sorted by path.
  public var files: [(path: String, text: String)] {
    storage.keys.sorted().map { ($0, storage[$0] ?? "") }
  }
  /// How paths are shown in diagnostics: the folder the user named.
  public var displayRoot: String

  private var storage: [String: String]

  /// Creates a file set from relative paths and texts.
  public init(_ files: [String: String], displayRoot: String) {
    self.storage = files
    self.displayRoot = displayRoot
  }

  /// The ``ContentHash`` of every file's path and text, in path order: what a cache of checked
  /// responses is keyed on, so that a changed model never gives a stored result.
  public var fingerprint: UInt64 {
    var all = ""
    for (path, text) in files { all += "\(path)\u{0}\(text)\u{0}" }
    return ContentHash.of(all)
  }

  /// The text of one file, if present.
  public func text(_ path: String) -> String? {
    storage[path]
  }

  /// The path as shown to the user.
  public func displayPath(_ path: String) -> String {
    displayRoot.isEmpty ? path : "\(displayRoot)/\(path)"
  }

  /// The model shipped inside the binary.
  public static var embedded: ModelFiles {
    ModelFiles(
      Dictionary(uniqueKeysWithValues: EmbeddedFiles.model.map { ($0.path, $0.text) }),
      displayRoot: "checklists/model")
  }

  /// Reads every `.json` file below `directory`.
  /// - Throws: ``ModelFilesError`` when the folder is missing or a file cannot be read.
  public static func read(directory: String) throws(ModelFilesError) -> ModelFiles {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw .missingDirectory(directory) }
    let root = URL(fileURLWithPath: directory)
    guard let enumerator = manager.enumerator(atPath: directory) else {
      throw .missingDirectory(directory)
    }
    var files: [String: String] = [:]
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".json") else { continue }
      let url = root.appendingPathComponent(relative)
      guard let data = manager.contents(atPath: url.path) else {
        throw .unreadable(url.path)
      }
      files[relative] = decodeText(data).text
    }
    let shown = FolderName.trimmed(directory)
    return ModelFiles(files, displayRoot: shown)
  }

  /// Compares file sets by content.
  public static func == (lhs: ModelFiles, rhs: ModelFiles) -> Bool {
    lhs.storage == rhs.storage
  }

  /// Hashes the content.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage)
  }
}
