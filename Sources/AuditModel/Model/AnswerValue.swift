import Foundation

/// One answer as given: a ja/delvis/nej-kind answer, or a number, day, choice or text.
public enum AnswerValue: Hashable, Sendable {
  /// ja.
  case yes
  /// delvis.
  case partial
  /// nej.
  case no
  /// vet ej: a gap of unknown status.
  case unknown
  /// ej aktuellt: leaves the denominator; needs a reason in the comment.
  case notApplicable
  /// A number.
  case number(Double)
  /// A day.
  case date(Day)
  /// One of the question's choices.
  case choice(String)
  /// Free text.
  case text(String)

  /// The five words every scored question accepts, as written in checklists.
  public static let scoredWords = ["ja", "delvis", "nej", "vet ej", "ej aktuellt"]

  /// The Swedish text of the answer, as a checklist writes it.
  public var text: String {
    switch self {
    case .yes: return "ja"
    case .partial: return "delvis"
    case .no: return "nej"
    case .unknown: return "vet ej"
    case .notApplicable: return "ej aktuellt"
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15
        ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    case .date(let day): return day.description
    case .choice(let choice): return choice
    case .text(let text): return text
    }
  }

  /// Folds case and runs of white space: `"  Vet   EJ "` becomes `"vet ej"`.
  public static func normalized(_ raw: String) -> String {
    TextFolding.normalized(raw)
  }

  /// Reads `vet ej` and `ej aktuellt`, which every question accepts, or `nil`.
  public static func commonWord(_ normalized: String) -> AnswerValue? {
    switch normalized {
    case "vet ej": return .unknown
    case "ej aktuellt": return .notApplicable
    default: return nil
    }
  }

  /// Parses a number as Swedes write it: `1 200`, `1,5`, `-3`.
  public static func number(_ raw: String) -> Double? {
    let compact = raw.filter { !$0.isWhitespace && $0 != "\u{00A0}" }
      .replacingOccurrences(of: ",", with: ".")
    guard !compact.isEmpty, compact.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
      return nil
    }
    return Double(compact)
  }
}
