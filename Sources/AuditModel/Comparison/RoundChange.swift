/// What changed between two rounds of the same county: per municipality and area,
/// new deficiencies and closed ones. When the rounds fall under different law, only
/// duties in force in both are compared, and the others are listed with the reason.
public struct RoundChange: Hashable, Sendable {
  /// A duty left out of the comparison.
  public struct LeftOut: Hashable, Sendable {
    /// The duty.
    public var duty: Duty
    /// Why, in Swedish.
    public var reason: String
  }

  /// One municipality's change.
  public struct MunicipalityChange: Hashable, Sendable {
    /// The municipality.
    public var municipality: Municipality
    /// Total fulfilment on the common duties, before and after (`nil` = saknar svar).
    public var totalBefore: Double?
    /// After.
    public var totalAfter: Double?
    /// Whether the response before was incomplete (then ``totalBefore`` is `nil`: an
    /// incomplete response has no single figure).
    public var incompleteBefore = false
    /// Whether the response now is incomplete (then ``totalAfter`` is `nil`).
    public var incompleteAfter = false
    /// Per area id: before and after, on the common duties.
    public var areas: [String: (before: Double?, after: Double?)]
    /// Duties with a deficiency now that had none before.
    public var newDeficiencies: [String]
    /// Duties with a deficiency before that have none now.
    public var closedDeficiencies: [String]

    /// Compares by content.
    public static func == (lhs: MunicipalityChange, rhs: MunicipalityChange) -> Bool {
      lhs.municipality == rhs.municipality && lhs.totalBefore == rhs.totalBefore
        && lhs.totalAfter == rhs.totalAfter && lhs.newDeficiencies == rhs.newDeficiencies
        && lhs.closedDeficiencies == rhs.closedDeficiencies
        && lhs.areas.keys.sorted() == rhs.areas.keys.sorted()
        && lhs.areas.keys.allSatisfy {
          lhs.areas[$0]?.before == rhs.areas[$0]?.before
            && lhs.areas[$0]?.after == rhs.areas[$0]?.after
        }
    }

    /// Hashes the content.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(municipality)
      hasher.combine(newDeficiencies)
      hasher.combine(closedDeficiencies)
    }

    /// The change in total fulfilment, when both rounds have one.
    public var totalDelta: Double? {
      guard let before = totalBefore, let after = totalAfter else { return nil }
      return after - before
    }
  }

  /// The previous round's id.
  public var previousRound: String
  /// The current round's id.
  public var currentRound: String
  /// Duties compared (in force in both rounds), in model order.
  public var commonDuties: [String]
  /// Duties left out, with the reason.
  public var leftOut: [LeftOut]
  /// Per municipality, by code.
  public var municipalities: [MunicipalityChange]

  /// Compares `current` with `previous`.
  public init(previous: RegionComparison, current: RegionComparison, model: DutyModel) {
    previousRound = previous.round
    currentRound = current.round
    let before = Set(previous.answered.flatMap { $0.score?.duties.map(\.duty.id) ?? [] })
    let after = Set(current.answered.flatMap { $0.score?.duties.map(\.duty.id) ?? [] })
    let common = before.intersection(after)
    commonDuties = model.duties.map(\.id).filter(common.contains)
    let previousDay = previous.answered.compactMap { $0.score?.response.metadata.referenceDate }
      .max()
    let currentDay = current.answered.compactMap { $0.score?.response.metadata.referenceDate }.max()
    leftOut = model.duties.compactMap { duty in
      if before.contains(duty.id), !after.contains(duty.id) {
        return LeftOut(
          duty: duty,
          reason: "gäller inte i omgång \(current.round)"
            + (currentDay.map { " (referensdatum \($0))" } ?? ""))
      }
      if after.contains(duty.id), !before.contains(duty.id) {
        return LeftOut(
          duty: duty,
          reason: "gällde inte i omgång \(previous.round)"
            + (previousDay.map { " (referensdatum \($0))" } ?? ""))
      }
      return nil
    }
    let previousRows = Dictionary(
      previous.rows.map { ($0.municipality.code, $0) }, uniquingKeysWith: { a, _ in a })
    let areaIDs = current.areas.map(\.id)
    municipalities = current.rows.map { row in
      let old = previousRows[row.municipality.code]?.score
      let new = row.score
      func restricted(_ score: ResponseScore?) -> [DutyScore] {
        score?.duties.filter { common.contains($0.duty.id) } ?? []
      }
      let oldDuties = restricted(old)
      let newDuties = restricted(new)
      // Grouped once; each group keeps the duties' order, so the sums are the same.
      let oldByArea = Dictionary(grouping: oldDuties, by: \.duty.area)
      let newByArea = Dictionary(grouping: newDuties, by: \.duty.area)
      // An incomplete response has no single figure per area either.
      let oldIncomplete = old?.isIncomplete ?? false
      let newIncomplete = new?.isIncomplete ?? false
      var areas: [String: (before: Double?, after: Double?)] = [:]
      for area in areaIDs {
        areas[area] = (
          old == nil || oldIncomplete ? nil : Figures(oldByArea[area] ?? []).fulfilment,
          new == nil || newIncomplete ? nil : Figures(newByArea[area] ?? []).fulfilment
        )
      }
      let oldDeficient = Set(oldDuties.filter { $0.isDeficiency }.map(\.duty.id))
      let newDeficient = Set(newDuties.filter { $0.isDeficiency }.map(\.duty.id))
      let bothAnswered = old != nil && new != nil
      return MunicipalityChange(
        municipality: row.municipality,
        totalBefore: old == nil || oldIncomplete ? nil : Figures(oldDuties).fulfilment,
        totalAfter: new == nil || newIncomplete ? nil : Figures(newDuties).fulfilment,
        incompleteBefore: oldIncomplete, incompleteAfter: newIncomplete,
        areas: areas,
        newDeficiencies: bothAnswered ? newDeficient.subtracting(oldDeficient).sorted() : [],
        closedDeficiencies: bothAnswered ? oldDeficient.subtracting(newDeficient).sorted() : [])
    }
  }
}
