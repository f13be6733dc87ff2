/// What kind of gap a question (or a duty) shows, as urgency rules name them.
public enum GapKind: String, Hashable, Sendable, CaseIterable, Codable {
  /// Answered `nej`.
  case no = "nej"
  /// Answered `delvis`.
  case partial = "delvis"
  /// Answered `vet ej`.
  case unknown = "vet ej"
  /// An exception that has run out.
  case expiredException = "utgånget undantag"
}
