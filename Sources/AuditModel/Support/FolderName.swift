/// Folder paths as the user wrote them, for messages.
public enum FolderName {
  /// `argument` without a trailing slash (`svar/` → `svar`), so that file names can be
  /// appended with one slash.
  public static func trimmed(_ argument: String) -> String {
    argument.hasSuffix("/") ? String(argument.dropLast()) : argument
  }

  /// The parent of a path as the user wrote it: `a/b` → `a`, `a` → `.`, `.` → `..`.
  public static func parent(_ path: String) -> String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true)
    if parts.isEmpty || parts.allSatisfy({ $0 == "." }) { return ".." }
    if parts.last == ".." { return path + "/.." }
    if parts.count == 1 { return "." }
    return (path.hasPrefix("/") ? "/" : "") + parts.dropLast().joined(separator: "/")
  }
}
