/// How far the answers show a duty met (issue 17): three levels, plus okänd and ej aktuellt.
///
/// The level follows the duty's strongest footing among its applicable questions: when it
/// has krav questions, only they decide the level (a "nej" on good practice beside a met
/// krav is a förbättringsområde, not an unmet duty).
public enum DutyLevel: String, Hashable, Sendable, CaseIterable, Codable {
  /// Every scored question of the deciding footing answered `ja`.
  case met = "uppfylld"
  /// A gap that `scoring.json` calls partial (normally `delvis`), and none worse.
  case partlyMet = "delvis uppfylld"
  /// A gap that `scoring.json` calls unmet (normally `nej` or an expired exception).
  case notMet = "ej uppfylld"
  /// Only `vet ej`: the level is not known.
  case unknown = "okänd"
  /// Every question answered `ej aktuellt`.
  case notApplicable = "ej aktuellt"
}
