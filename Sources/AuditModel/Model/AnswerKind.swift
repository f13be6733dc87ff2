/// The kind of answer a question expects.
public enum AnswerKind: String, Hashable, Sendable, CaseIterable, Codable {
  /// ja / delvis / nej (also vet ej and ej aktuellt); the kind that is scored.
  case yesPartialNo
  /// A number.
  case number
  /// A day, `YYYY-MM-DD`.
  case date
  /// One of the question's choices.
  case choice
  /// Free text.
  case text

  /// A Swedish description for checklists and help.
  public var label: String {
    switch self {
    case .yesPartialNo: return "ja/delvis/nej"
    case .number: return "tal"
    case .date: return "datum (ÅÅÅÅ-MM-DD)"
    case .choice: return "val"
    case .text: return "text"
    }
  }
}
