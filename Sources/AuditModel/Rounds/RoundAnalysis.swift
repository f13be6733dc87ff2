/// A round read with its previous round: the comparison of each and the change between them,
/// the pipeline that compare, brief and demo share.
public struct RoundAnalysis: Sendable {
  /// The round.
  public var current: RoundFolder
  /// The previous round, when one was given.
  public var previous: RoundFolder?
  /// The comparison of the round.
  public var comparison: RegionComparison
  /// The change since the previous round.
  public var change: RoundChange?

  /// Compares `current` and, when given, the change since `previous`.
  public init(current: RoundFolder, previous: RoundFolder?, model: DutyModel) {
    self.current = current
    self.previous = previous
    comparison = current.comparison(model: model)
    change = previous.map {
      RoundChange(previous: $0.comparison(model: model), current: comparison, model: model)
    }
  }

  /// The previous round's reference date.
  public var previousReferenceDate: Day? {
    previous?.referenceDate
  }
}
