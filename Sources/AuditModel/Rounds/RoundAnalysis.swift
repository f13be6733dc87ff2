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
    // The two rounds are compared on two cores.
    let comparisons = Parallel.map([current] + (previous.map { [$0] } ?? [])) {
      $0.comparison(model: model)
    }
    comparison = comparisons[0]
    change = comparisons.dropFirst().first.map {
      RoundChange(previous: $0, current: comparisons[0], model: model)
    }
  }

  /// The previous round's reference date.
  public var previousReferenceDate: Day? {
    previous?.referenceDate
  }
}
