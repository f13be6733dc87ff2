/// What the answers say about one duty: its level (issue 17), or why it has none.
public enum DutyStatus: String, Hashable, Sendable, CaseIterable, Codable {
  /// No gaps on the deciding questions, and something was scored.
  case met = "uppfylld"
  /// A partial gap (normally `delvis`) on the deciding questions, nothing worse.
  case partlyMet = "delvis uppfylld"
  /// An unmet gap (normally `nej`, or an expired exception) on the deciding questions.
  case notMet = "ej uppfylld"
  /// Only `vet ej` gaps on the deciding questions: the level is unknown.
  case unknown = "okänd"
  /// Nothing scored (no ja/delvis/nej answers).
  case notAssessed = "ej bedömd"
  /// Every question `ej aktuellt`.
  case notApplicable = "ej aktuell"
  /// Covered by a valid exception.
  case excepted = "undantag"
}
