import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// Writes `data` to `path` atomically: a temporary file in the same folder, then a
  /// rename, so a reader never sees half a file. The temporary file is removed on every
  /// failure, and temporaries that an interrupted run left for the same target are removed
  /// first.
  /// - Parameter overwrite: whether an existing file may be replaced.
  /// - Throws: ``FileSystemError/cannotWrite(_:)`` with a Swedish explanation that tells a full
  ///   disk, a missing permission and a missing folder apart.
  public static func writeAtomically(_ data: Data, to path: String, overwrite: Bool = true)
    throws(FileSystemError)
  {
    try writeAtomically(data, to: path, overwrite: overwrite, write: writeAll)
  }

  /// ``writeAtomically(_:to:overwrite:)`` with the function that writes the bytes to an open
  /// file, which returns 0 or an `errno` value (tests pass one that fails).
  static func writeAtomically(
    _ data: Data, to path: String, overwrite: Bool,
    write: (Int32, UnsafeRawBufferPointer) -> Int32
  ) throws(FileSystemError) {
    removeStaleTemporaries(for: path)
    if !overwrite, exists(path) {
      throw .cannotWrite(
        "\(path): filen finns redan — ta bort den, välj ett annat namn eller använd --force")
    }
    let temporary = temporaryName(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw writeFailure(errno, path: path) }
    var failure = data.withUnsafeBytes { write(descriptor, $0) }
    if fsync(descriptor) != 0, failure == 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    // rename(2) replaces the target in one step: a reader sees the old file or the new
    // one, never neither (FileManager.replaceItemAt is not atomic on every platform).
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    guard failure == 0 else {
      unlink(temporary)
      throw writeFailure(failure, path: path)
    }
  }

  /// The hidden temporary name a write to `path` uses: `.NAME.PID.tmp` beside it.
  static func temporaryName(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    ).path
  }

  /// Removes the temporaries (files or staging folders) an interrupted earlier run left for
  /// `path`: `.NAME.PID.tmp` beside it, whatever the process id.
  public static func removeStaleTemporaries(for path: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = ".\(url.lastPathComponent)."
    for name in contents(of: folder) where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let middle = name.dropFirst(prefix.count).dropLast(4)
      guard !middle.isEmpty, middle.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
      try? FileManager.default.removeItem(atPath: "\(folder)/\(name)")
    }
  }

  /// The error for a write to `path` that failed with `code` (an `errno` value).
  static func writeFailure(_ code: Int32, path: String) -> FileSystemError {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    switch code {
    case ENOSPC, EDQUOT:
      return .cannotWrite(
        "\(path): disken är full — frigör utrymme på disken (eller välj en annan mapp) och kör "
          + "kommandot igen")
    case EACCES, EPERM, EROFS:
      return .cannotWrite(
        "\(path): behörighet saknas att skriva i mappen \(folder) — ändra behörigheten eller "
          + "välj en annan mapp")
    case ENOENT, ENOTDIR:
      return .cannotWrite("\(path): kan inte skriva i mappen \(folder) — mappen finns inte")
    default:
      return .cannotWrite(
        "\(path): kan inte skriva filen (\(String(cString: strerror(code)))) — kontrollera "
          + "mappen och disken")
    }
  }

  /// Writes all of `bytes` to `descriptor`; 0 or the `errno` of the failure.
  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return 0
  }
}
