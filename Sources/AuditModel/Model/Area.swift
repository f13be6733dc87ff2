/// An area of socialnämndens work that groups duties, e.g. "Barn" or "Samverkan".
public struct Area: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `barn`.
  public var id: String
  /// Swedish title.
  public var title: String
  /// One Swedish line saying what the area covers.
  public var description: String
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates an area.
  public init(id: String, title: String, description: String, location: SourceLocation) {
    self.id = id
    self.title = title
    self.description = description
    self.location = location
  }
}
