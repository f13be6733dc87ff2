/// One basis entry with its provision resolved.
public struct AppliedBasis: Hashable, Sendable {
  /// The provision.
  public var provision: Provision
  /// `ska` or `bör` there.
  public var obligation: Obligation

  /// The strength this entry gives the duty.
  public var strength: Strength {
    Strength(obligation: obligation, kind: provision.kind)
  }
}
