/// What a checklist made with `audit init --previous` says about a question compared with the
/// previous round, in the column "förra omgången".
///
/// An answer carried forward stays marked until the person confirms it (writes `bekräftat`)
/// or changes it; `audit validate` counts carried answers that are neither as unconfirmed.
public enum CarryMark: Hashable, Sendable {
  /// The answer was carried forward from `round`, where it read `answer`.
  case carried(round: String, answer: String)
  /// The person confirmed a carried answer.
  case confirmed
  /// The question did not exist in the previous round.
  case newQuestion
  /// The question's wording changed since the previous round; its old answer is not carried.
  case changedQuestion

  /// The column's header in a checklist's CSV.
  public static let column = "förra omgången"
  /// What a person writes to confirm a carried answer.
  public static let confirmedText = "bekräftat"
  private static let carriedPrefix = "överfört från "

  /// The text written in the column.
  public var text: String {
    switch self {
    case .carried(let round, let answer): return "\(Self.carriedPrefix)\(round): \(answer)"
    case .confirmed: return Self.confirmedText
    case .newQuestion: return "ny fråga"
    case .changedQuestion: return "ändrad fråga"
    }
  }

  /// Reads the column's text; `nil` for an empty cell or a text that is none of the marks.
  public init?(_ text: String) {
    let folded = AnswerValue.normalized(text)
    switch folded {
    case "": return nil
    case Self.confirmedText: self = .confirmed
    case "ny fråga": self = .newQuestion
    case "ändrad fråga": self = .changedQuestion
    default:
      guard folded.hasPrefix(Self.carriedPrefix) else { return nil }
      let rest = TextFolding.trimmed(text).dropFirst(Self.carriedPrefix.count)
      guard let colon = rest.firstIndex(of: ":") else { return nil }
      self = .carried(
        round: TextFolding.trimmed(String(rest[..<colon])),
        answer: TextFolding.trimmed(String(rest[rest.index(after: colon)...])))
    }
  }

  /// Whether `answer` is still the carried answer, unconfirmed.
  public func isUnconfirmed(answer: String) -> Bool {
    guard case .carried(_, let previous) = self else { return false }
    let given = AnswerValue.normalized(answer)
    return !given.isEmpty && given == AnswerValue.normalized(previous)
  }
}
