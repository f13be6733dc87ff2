/// The score of one area.
public struct AreaScore: Hashable, Sendable {
  /// The area.
  public var area: Area
  /// Its duties in force.
  public var duties: [DutyScore]
  /// Its figures.
  public var figures: Figures
}
