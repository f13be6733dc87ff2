/// One provision a duty rests on, with the obligation it carries there.
public struct Basis: Hashable, Sendable {
  /// The provision id.
  public var provision: String
  /// `ska`, `bör` or `villkor` in that provision.
  public var obligation: Obligation
  /// Where it is written.
  public var location: SourceLocation

  /// Creates a basis entry.
  public init(provision: String, obligation: Obligation, location: SourceLocation) {
    self.provision = provision
    self.obligation = obligation
    self.location = location
  }
}
