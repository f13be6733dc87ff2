import Foundation

/// One run of a command: its arguments, context, console and the data it loads.
final class Session {
  let arguments: ParsedArguments
  let context: CLIContext
  let console: Console
  let spec: CommandSpec
  private var cachedModel: DutyModel?
  private var cachedCalendar: DutyCalendar?

  init(arguments: ParsedArguments, context: CLIContext, console: Console, spec: CommandSpec) {
    self.arguments = arguments
    self.context = context
    self.console = console
    self.spec = spec
  }

  /// The register of municipalities and counties: SCB's, plus any fictional or local
  /// additions found beside a round folder (`register/kommuner.csv`, `register/lan.csv`).
  private(set) var register: Register = .embedded

  /// Adds the register files found in a `register` folder in `folder` or up to two
  /// folders above it (a county folder holding several rounds).
  func extendRegister(near folder: String) {
    var candidates: [String] = []
    var current = folder
    for _ in 0..<3 {
      candidates.append("\(current)/register")
      current = (current as NSString).deletingLastPathComponent
    }
    for candidate in candidates {
      guard let municipalities = FileSystem.read("\(candidate)/kommuner.csv"),
        let counties = FileSystem.read("\(candidate)/lan.csv")
      else { continue }
      let extra = Register.parse(
        municipalities: decodeText(municipalities).text, counties: decodeText(counties).text)
      register = register.adding(extra)
      return
    }
  }

  /// A validator for `model` (the session's), the register as it is now and today; what is
  /// in force on each day is worked out once per session, however many folders are read.
  func validator(model: DutyModel) -> ResponseValidator {
    let calendar = cachedCalendar ?? DutyCalendar(model)
    cachedCalendar = calendar
    return ResponseValidator(register: register, today: context.today, calendar: calendar)
  }

  /// A path made absolute against the context's current folder.
  func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (context.currentDirectory as NSString).appendingPathComponent(path)
  }

  /// The duty model: the embedded one, or `--model DIR`. Warnings go to standard error;
  /// any error stops the command with exit 65.
  func model() throws(CommandError) -> DutyModel {
    if let cachedModel { return cachedModel }
    let files: ModelFiles
    if let folder = arguments.value("--model") {
      do {
        var read = try ModelFiles.read(directory: resolve(folder))
        read.displayRoot = folder
        files = read
      } catch {
        throw .noInput(error.description)
      }
    } else {
      files = .embedded
    }
    let result = ModelLoader().load(files)
    guard let model = result.model else {
      console.note(
        "fel: pliktmodellen i \(files.displayRoot) har fel — kör 'audit lint-model' för att se dem")
      throw .data(result.diagnostics.filter(\.isError))
    }
    cachedModel = model
    return model
  }

  /// A day option (`--date`), or `fallback` when absent.
  func day(_ option: String, default fallback: Day) throws(CommandError) -> Day {
    guard let text = arguments.value(option) else { return fallback }
    guard let day = Day(text) else {
      throw .usage("\(option) \(text) är inget giltigt datum — skriv ÅÅÅÅ-MM-DD, t.ex. 2025-07-01")
    }
    return day
  }

  /// Writes a result to `--output FILE` (atomically) or to standard out.
  func emit(_ text: String) throws(CommandError) {
    if let path = arguments.value("--output"), path != "-" {
      try FileSystem.writeAtomically(Data(text.utf8), to: resolve(path))
      console.note("skrev \(path)")
    } else {
      console.write(text)
    }
  }

  /// Writes CSV with a byte-order mark, as Swedish Excel needs to read UTF-8, also
  /// to standard out so that `> fil.csv` gives the same file as `-o fil.csv`.
  func emitCSV(_ text: String) throws(CommandError) {
    try emit("\u{FEFF}" + text)
  }
}
