import AuditModel
import Foundation

/// One run of a command: its arguments, context, console and the data it loads.
final class Session {
  let arguments: ParsedArguments
  let context: CLIContext
  let console: Console
  let spec: CommandSpec
  private var cachedModel: DutyModel?
  /// The model files' fingerprint, once the model is loaded.
  private var modelFingerprint: UInt64?
  /// What the command read, kept until the process exits (see
  /// ``CLIContext/keepsDataUntilExit``).
  private var kept: [any Sendable] = []

  /// Keeps `value` until the process exits, when the context asks for it.
  func keepUntilExit(_ value: any Sendable) {
    if context.keepsDataUntilExit { kept.append(value) }
  }

  /// Sessions whose data is kept until the process exits; only the executable adds to it,
  /// from its one thread, just before it exits.
  nonisolated(unsafe) static var keptUntilExit: [Session] = []
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
    register = register.addingFiles(near: folder)
  }

  /// What is in force on each day, worked out once per session, however many folders are
  /// read.
  private func calendar(model: DutyModel) -> DutyCalendar {
    let calendar = cachedCalendar ?? DutyCalendar(model)
    cachedCalendar = calendar
    return calendar
  }

  /// A validator for `model` (the session's), the register as it is now and today.
  func validator(model: DutyModel) -> ResponseValidator {
    ResponseValidator(register: register, today: context.today, calendar: calendar(model: model))
  }

  /// A reader of round folders with the session's register, calendar, time zone and
  /// `--allow-other-round`.
  private func roundReader(model: DutyModel) -> RoundReader {
    var reader = RoundReader(
      register: register, today: context.today, calendar: calendar(model: model))
    reader.allowOtherRound = arguments.isSet("--allow-other-round")
    reader.timeZone = context.timeZone
    reader.cache = cacheIdentity
    return reader
  }

  /// Reads the round folder `argument` (and the previous round, when given) with the
  /// session's register and calendar; the folder's warnings go to standard error.
  func readRound(
    _ argument: String, previous: String? = nil, region: String?, model: DutyModel
  ) throws(CommandError) -> RoundAnalysis {
    let path = resolve(argument)
    if FileSystem.isDirectory(path) { extendRegister(near: path) }
    let earlier = previous.map { (argument: $0, path: resolve($0)) }
    if let earlier, FileSystem.isDirectory(earlier.path) { extendRegister(near: earlier.path) }
    let reader = roundReader(model: model)
    do throws(RoundError) {
      let (current, before) = try reader.read(
        argument, path: path, previous: earlier, region: region)
      for note in current.notes + (before?.notes ?? []) { console.note(note) }
      let analysis = RoundAnalysis(current: current, previous: before, model: model)
      keepUntilExit(analysis)
      return analysis
    } catch {
      throw CommandError(error)
    }
  }

  /// Reads several round folders at once, each with the county it names.
  func readRounds(_ arguments: [String], model: DutyModel) throws(CommandError) -> [RoundFolder] {
    let folders = arguments.map { (argument: $0, path: resolve($0), region: String?.none) }
    for folder in folders where FileSystem.isDirectory(folder.path) {
      extendRegister(near: folder.path)
    }
    let reader = roundReader(model: model)
    do throws(RoundError) {
      let rounds = try reader.readAll(folders)
      keepUntilExit(rounds)
      for note in rounds.flatMap(\.notes) { console.note(note) }
      return rounds
    } catch {
      throw CommandError(error)
    }
  }

  /// A path made absolute against the context's current folder.
  func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (context.currentDirectory as NSString).appendingPathComponent(path)
  }

  /// The duty model: the embedded one, or `--model DIR`. Warnings go to standard error;
  /// any error stops the command with exit 65.
  func model() throws(CommandError) -> DutyModel {
    if let cachedModel { return cachedModel }
    guard let folder = arguments.value("--model") else {
      // The embedded model, loaded and checked when the tool was built.
      cachedModel = DutyModel.embedded
      modelFingerprint = DutyModel.embeddedFingerprint
      return DutyModel.embedded
    }
    let files = try modelFiles(in: folder)
    let result = ModelLoader().load(files)
    guard let model = result.model else {
      console.note(
        "fel: pliktmodellen i \(files.displayRoot) har fel — kör 'audit lint-model' för att se dem")
      throw .data(result.diagnostics.filter(\.isError))
    }
    cachedModel = model
    modelFingerprint = files.fingerprint
    return model
  }

  /// What the cache of checked responses is keyed on besides the files (see
  /// ``ResponseCache``); `nil` when the cache is off or the model is not loaded.
  var cacheIdentity: ResponseCache.Identity? {
    guard let tool = context.cacheTool, let model = modelFingerprint else { return nil }
    return ResponseCache.Identity(tool: tool, model: model)
  }

  /// The model files in `folder` (as the user wrote it), or the embedded model.
  func modelFiles(in folder: String?) throws(CommandError) -> ModelFiles {
    guard let folder else { return .embedded }
    do throws(ModelFilesError) {
      var read = try ModelFiles.read(directory: resolve(folder))
      read.displayRoot = FolderName.trimmed(folder)
      return read
    } catch {
      throw .noInput(error.description)
    }
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
      try write(Data(text.utf8), to: resolve(path))
      console.note("skrev \(path)")
    } else if context.outputIsTerminal, text.hasPrefix("<!DOCTYPE html") {
      // A page of HTML is unreadable in a terminal: say how to get a file instead.
      throw .usage("HTML skrivs inte till terminalen — ange -o FIL.html eller --format md")
    } else {
      console.write(text)
    }
  }

  /// The `--format` asked for among `formats` (the parser has checked the choice), or the
  /// first of them.
  func format(among formats: [OutputFormat]) -> OutputFormat {
    arguments.value("--format").flatMap(OutputFormat.init(rawValue:)) ?? formats[0]
  }

  /// Writes `text`, rendered in `format`, to `--output FILE` or standard out, with the
  /// byte-order mark the format needs (CSV: Swedish Excel needs it to read UTF-8, also on
  /// standard out, so that `> fil.csv` gives the same file as `-o fil.csv`).
  func emit(_ text: String, as format: OutputFormat) throws(CommandError) {
    try emit(format.startsWithByteOrderMark ? "\u{FEFF}" + text : text)
  }

  /// Writes `report` in the `--format` asked for.
  func emit<Report: FormattedReport>(_ report: Report) throws(CommandError) {
    let format = format(among: Report.formats)
    guard let text = report.rendered(as: format) else {
      throw .usage("formatet \(format.rawValue) finns inte för det här kommandot")
    }
    try emit(text, as: format)
  }

  /// Writes `data` atomically to `path`.
  func write(_ data: Data, to path: String, overwrite: Bool = true) throws(CommandError) {
    do throws(FileSystemError) {
      try FileSystem.writeAtomically(data, to: path, overwrite: overwrite)
    } catch {
      throw CommandError(error)
    }
  }
}
