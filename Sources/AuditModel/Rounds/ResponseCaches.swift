import Foundation

/// The response caches of the round folders among the files a command checks (see
/// ``ResponseCache``): files given one by one, from standard input or from a plain folder are
/// always checked.
public struct ResponseCaches: Sendable {
  /// The cache for each entry of the selection, by the index of its folder.
  private let folderOfEntry: [Int?]
  private let caches: [ResponseCache?]
  private let validator: ResponseValidator

  /// Opens the caches of the round folders in `selection`; none when `identity` is `nil`.
  public init(
    _ selection: ResponseFiles.Selection, validator: ResponseValidator,
    identity: ResponseCache.Identity?
  ) {
    var folderOfEntry = [Int?](repeating: nil, count: selection.entries.count)
    var caches: [ResponseCache?] = []
    for (index, folder) in selection.folders.enumerated() {
      caches.append(
        identity.flatMap {
          ResponseCache.open(
            round: folder.path, identity: $0, register: validator.register,
            today: validator.today)
        })
      for entry in folder.files { folderOfEntry[entry] = index }
    }
    self.folderOfEntry = folderOfEntry
    self.caches = caches
    self.validator = validator
  }

  /// Checks entry `index` of the selection, whose content is `data`, shown as `file`; with
  /// the cache entry to keep when the entry lies in a round folder with a cache.
  public func check(_ index: Int, data: Data, file: String)
    -> (outcome: ResponseFiles.Outcome, kept: ResponseCache.Entry?)
  {
    let cache = folderOfEntry[index].flatMap { caches[$0] }
    return ResponseCache.outcome(in: cache, name: file, data: data) {
      ResponseFiles.check(data, file: file, validator: validator)
    }
  }

  /// Writes each cache with the entries kept for its folder (by entry index, as `check` gave
  /// them). A folder with a file that could not be read keeps its cache as it was.
  public func save(_ kept: [ResponseCache.Entry?]) {
    for (folder, cache) in caches.enumerated() {
      guard let cache else { continue }
      let indices = folderOfEntry.indices.filter { folderOfEntry[$0] == folder }
      let entries = indices.compactMap { kept[$0] }
      guard entries.count == indices.count else { continue }
      cache.save(entries)
    }
  }
}
