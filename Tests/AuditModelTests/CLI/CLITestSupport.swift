import Foundation

@testable import AuditCLI
@testable import AuditModel

/// The result of one in-process run of `audit`.
struct CLIRun {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Collects text written from the CLI's output closures.
final class TextSink: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer = ""

  func append(_ text: String) {
    lock.lock()
    buffer += text
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return buffer
  }
}

/// Runs `audit` in process with a fixed today and folder.
func runAudit(
  _ arguments: [String], today: String = "2026-11-25", in folder: URL = TestPaths.root
) -> CLIRun {
  let out = TextSink()
  let err = TextSink()
  let context = CLIContext(
    today: Day(today) ?? Day(ordinal: 0), currentDirectory: folder.path,
    timeZone: TimeZone(identifier: "Europe/Stockholm") ?? .current)
  let status = AuditCLI.run(
    arguments: arguments, context: context, stdout: out.append, stderr: err.append)
  return CLIRun(status: status, stdout: out.text, stderr: err.text)
}
