/// Reads a duty model from its JSON files, collecting every problem at once.
///
/// This is the compiler of `checklists/model/`: `audit lint-model` prints its
/// diagnostics, and every command that needs the model refuses to run on a model
/// with errors.
public struct ModelLoader: Sendable {
  /// The model, or `nil` when any error was found.
  public struct Result: Sendable {
    /// The model when it has no errors.
    public var model: DutyModel?
    /// Every problem found, sorted by file and position.
    public var diagnostics: [Diagnostic]
  }

  /// Creates a loader.
  public init() {}

  /// Loads and checks `files`.
  public func load(_ files: ModelFiles) -> Result {
    var state = LoadState(files: files)
    state.run()
    let diagnostics = state.diagnostics.sorted()
    let hasErrors = diagnostics.contains(where: \.isError)
    guard !hasErrors, let scoring = state.scoring else {
      return Result(model: nil, diagnostics: diagnostics)
    }
    let model = DutyModel(
      version: state.version, title: state.title, description: state.description,
      retiredIDs: state.retiredIDs, areas: state.areas, themes: state.themes,
      provisions: state.provisions, duties: state.duties, scoring: scoring,
      questionnaire: state.questionnaire, ojShares: state.ojShares)
    return Result(model: model, diagnostics: diagnostics)
  }
}
