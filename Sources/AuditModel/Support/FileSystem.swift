import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file operations the tool needs, with atomic writes.
public enum FileSystem {
  /// The process's current folder.
  public static var currentDirectory: String {
    FileManager.default.currentDirectoryPath
  }

  /// Whether a file or folder exists at `path`.
  public static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// Whether `path` is an existing folder.
  public static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// When the file at `path` was last changed, or `nil` when that cannot be found out.
  ///
  /// From `stat`, worked out as `FileManager.attributesOfItem` does (a test checks they agree),
  /// without the rest of what that call looks up: the owner's and group's names, read from
  /// /etc/passwd and /etc/group for every file.
  public static func modificationDate(_ path: String) -> Date? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if canImport(Darwin)
      let time = status.st_mtimespec
    #else
      let time = status.st_mtim
    #endif
    return Date(
      timeIntervalSinceReferenceDate: Double(time.tv_sec)
        - Date.timeIntervalBetween1970AndReferenceDate + Double(time.tv_nsec) / 1_000_000_000)
  }

  /// Reads a whole file, or `nil` when it cannot be read (or is a folder).
  ///
  /// With `open` and `read` into a buffer of the file's size: several times cheaper than
  /// `FileManager.contents(atPath:)` for the thousands of small files a national round has.
  public static func read(_ path: String) -> Data? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
    // One byte more than the size, so that a file that grew since is noticed and read on.
    // The buffer is not cleared first: every byte handed on was read into it.
    var capacity = max(Int(status.st_size), 0) + 1
    guard var buffer = malloc(capacity) else { return nil }
    var count = 0
    while true {
      if count == capacity {
        capacity *= 2
        guard let larger = realloc(buffer, capacity) else {
          free(buffer)
          return nil
        }
        buffer = larger
      }
      let got = readBytes(descriptor, buffer.advanced(by: count), capacity - count)
      if got < 0 {
        if errno == EINTR { continue }
        free(buffer)
        return nil
      }
      if got == 0 { break }
      count += got
    }
    return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
  }

  /// Creates a folder and its parents.
  public static func createDirectory(_ path: String) throws(FileSystemError) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite("\(path): kan inte skapa mappen — kontrollera behörigheten")
    }
  }

  /// The names in a folder, sorted, or an empty list.
  public static func contents(of path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// Checks that `path` is a folder that does not exist yet or is empty, so that a
  /// command that lays out a whole folder never mixes its files with others.
  /// - Parameters:
  ///   - shown: the path as the user wrote it.
  ///   - refusal: why the command refuses, e.g. "'audit init' skriver aldrig över en omgång".
  public static func requireNewOrEmptyFolder(_ path: String, shown: String, refusal: String)
    throws(FileSystemError)
  {
    guard exists(path) else { return }
    guard isDirectory(path) else {
      throw .cannotWrite("\(shown): det finns redan en fil med det namnet — välj en ny mapp")
    }
    guard contents(of: path).isEmpty else {
      throw .cannotWrite("\(shown): mappen är inte tom — \(refusal); välj en ny mapp")
    }
  }

  /// Writes a whole folder: `fill` writes into a hidden sibling folder, which is then moved
  /// to `target` (which must be missing or empty), so an error leaves nothing half-written.
  public static func writeFolderAtomically(
    _ target: String, _ fill: (_ staging: String) throws(FileSystemError) -> Void
  ) throws(FileSystemError) {
    let url = URL(fileURLWithPath: target)
    let parent = url.deletingLastPathComponent().path
    guard isDirectory(parent) else {
      throw .cannotWrite("\(parent): mappen finns inte — skapa den först")
    }
    let staging = temporaryName(for: target)
    removeStaleTemporaries(for: target)
    do throws(FileSystemError) {
      try fill(staging)
      if exists(target) { try? FileManager.default.removeItem(atPath: target) }
      do {
        try FileManager.default.moveItem(atPath: staging, toPath: target)
      } catch {
        throw .cannotWrite("\(target): kan inte skapa mappen — kontrollera behörigheten")
      }
    } catch {
      try? FileManager.default.removeItem(atPath: staging)
      throw error
    }
  }
}

/// `read(2)`, under a name that the static `FileSystem.read(_:)` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
