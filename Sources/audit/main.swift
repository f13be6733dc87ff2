import AuditCLI
import Foundation

let status = AuditCLI.run(
  arguments: Array(CommandLine.arguments.dropFirst()),
  context: {
    var context = CLIContext()
    context.outputIsTerminal = isatty(STDOUT_FILENO) != 0
    context.cacheTool = CLIContext.cacheTool()
    context.keepsDataUntilExit = true
    return context
  }(),
  stdout: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
  stderr: { text in FileHandle.standardError.write(Data(text.utf8)) })
exit(status)
