import AuditModel
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension CLIContext {
  /// This build of the tool as the cache of checked responses names it (see
  /// ``ResponseCache``): the version and the executable's size and modification time, so that
  /// a rebuilt or updated tool never takes what another build stored. `nil`, which turns the
  /// cache off, when `AUDIT_CACHE` is `0` or the executable cannot be found.
  public static func cacheTool(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard environment["AUDIT_CACHE"] != "0" else { return nil }
    #if canImport(Glibc)
      // The running executable, without the cost of setting up Bundle.main.
      var status = stat()
      guard stat("/proc/self/exe", &status) == 0 else { return nil }
      let modified = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
      return "\(ToolVersion.current) \(status.st_size) \(modified)"
    #else
      guard let path = Bundle.main.executablePath,
        let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        let size = attributes[.size] as? NSNumber,
        let modified = attributes[.modificationDate] as? Date
      else { return nil }
      return "\(ToolVersion.current) \(size.int64Value) \(modified.timeIntervalSince1970)"
    #endif
  }
}
