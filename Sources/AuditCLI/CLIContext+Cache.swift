import AuditModel
import Foundation

extension CLIContext {
  /// This build of the tool as the cache of checked responses names it (see
  /// ``ResponseCache``): the version and the executable's size and modification time, so that
  /// a rebuilt or updated tool never takes what another build stored. `nil`, which turns the
  /// cache off, when `AUDIT_CACHE` is `0` or the executable cannot be found.
  public static func cacheTool(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard environment["AUDIT_CACHE"] != "0", let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber,
      let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return "\(ToolVersion.current) \(size.int64Value) \(modified.timeIntervalSince1970)"
  }
}
