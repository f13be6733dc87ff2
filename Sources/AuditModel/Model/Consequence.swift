/// What is at stake when a duty is not met; orders findings by seriousness (issue 17).
public enum Consequence: String, Hashable, Sendable, CaseIterable, Codable {
  /// Acute protection, risk assessment, skyddat boende, children's safety, anmälan.
  case protection = "skydd och säkerhet"
  /// Support, insatser, perpetrator programmes, economic support, housing.
  case support = "stöd och insatser"
  /// Goals, routines, competence, planning, follow-up, cooperation.
  case governance = "styrning och förutsättningar"
}
