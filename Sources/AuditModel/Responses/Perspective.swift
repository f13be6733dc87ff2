/// Whose view a response gives: the municipality's own, or a civil-society
/// organisation's (e.g. a kvinnojour) view of the municipality.
public enum Perspective: String, Hashable, Sendable, CaseIterable, Codable {
  /// The municipality's self-assessment.
  case municipality = "kommun"
  /// A civil-society organisation answering about the municipality.
  case civilSociety = "civilsamhälle"

  /// A Swedish label for reports, e.g. `civilsamhälle (Kvinnojouren X)`.
  public func label(organisation: String?) -> String {
    guard self == .civilSociety else { return rawValue }
    guard let organisation, !organisation.isEmpty else { return rawValue }
    return "\(rawValue) (\(organisation))"
  }
}
