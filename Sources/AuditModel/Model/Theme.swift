/// A theme of Socialstyrelsen's Öppna jämförelser, våld i nära relationer (ÖJ VNR).
///
/// Duties record the themes they answer so coverage of the national follow-up can
/// be checked.
public struct Theme: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `oj-barn`.
  public var id: String
  /// Swedish title.
  public var title: String
  /// Swedish description.
  public var description: String
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates a theme.
  public init(id: String, title: String, description: String, location: SourceLocation) {
    self.id = id
    self.title = title
    self.description = description
    self.location = location
  }
}
