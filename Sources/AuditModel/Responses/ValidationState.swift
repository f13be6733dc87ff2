/// The diagnostics collected while validating one file.
struct ValidationState {
  let raw: RawResponse
  var diagnostics: [Diagnostic] = []
  /// Carried-forward answers nobody confirmed or changed: question id and round.
  var unconfirmed: [(id: String, round: String)] = []
  /// Questions answered "ej aktuellt" where the model never allows it.
  var rejectedNotApplicable: [String] = []

  init(raw: RawResponse) {
    self.raw = raw
  }

  mutating func error(_ position: SourcePosition?, _ message: String, help: String) {
    diagnostics.append(Diagnostic(.error, file: raw.file, at: position, message, help: help))
  }

  mutating func warn(_ position: SourcePosition?, _ message: String, help: String) {
    diagnostics.append(Diagnostic(.warning, file: raw.file, at: position, message, help: help))
  }

  /// An error about one cell, naming its spreadsheet column when it has one.
  mutating func error(_ cell: RawResponse.Cell, _ message: String, help: String) {
    let text = cell.column.map { "\($0): \(message)" } ?? message
    error(cell.position, text, help: help)
  }

  /// Warns about every personnummer-like string in the free-text cells.
  mutating func scanForPersonalNumbers() {
    for (key, cell) in raw.metadata.sorted(by: { $0.key < $1.key }) {
      scan(cell, name: "fältet \"\(key)\"")
    }
    for row in raw.rows {
      scan(row.answer, name: "svaret")
      scan(row.comment, name: "kommentaren")
      scan(row.evidence, name: "underlaget")
    }
    for row in raw.exceptions {
      scan(row.justification, name: "motiveringen till ett undantag")
    }
  }

  /// Warns about every personnummer-like string in `cell`, which the warning calls `name`.
  private mutating func scan(_ cell: RawResponse.Cell, name: @autoclosure () -> String) {
    let matches = PersonalNumber.matches(in: cell.text)
    guard !matches.isEmpty else { return }
    let name = name()
    // Walk the text once, so that many matches in a long text stay linear.
    var index = cell.text.startIndex
    var offset = 0
    var position = cell.position
    for match in matches {
      while offset < match.offset {
        if cell.text[index] == "\n" {
          position = SourcePosition(line: position.line + 1, column: 1)
        } else {
          position.column += 1
        }
        index = cell.text.index(after: index)
        offset += 1
      }
      let place = cell.column.map { "\($0): " } ?? ""
      warn(
        position, "\(place)det som ser ut som ett personnummer står i \(name)",
        help: "ta bort det; checklistan ska inte innehålla personuppgifter "
          + "(det ersätts med \(PersonalNumber.replacement) i alla rapporter)")
    }
  }
}
