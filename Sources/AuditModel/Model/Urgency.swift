/// How soon a finding should be acted on, graded as GREVIO and IVO grade theirs.
public enum Urgency: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// A gap against a `ska`: act now.
  case immediate = "åtgärda omgående"
  /// A partial or unknown gap against a `ska`: should be fixed.
  case should = "bör åtgärdas"
  /// A gap against a `bör`: consider.
  case consider = "överväg"

  /// Most urgent first.
  public static func < (lhs: Urgency, rhs: Urgency) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .immediate: return 0
    case .should: return 1
    case .consider: return 2
    }
  }
}
