/// The scores and findings of one response.
public struct ResponseScore: Hashable, Sendable {
  /// The response.
  public var response: Response
  /// The model version used.
  public var modelVersion: String
  /// Every duty in force on the reference date, in model order.
  public var duties: [DutyScore]
  /// Every area, in model order, with its duties.
  public var areas: [AreaScore]
  /// The whole response.
  public var total: Figures

  /// The findings, most urgent first, then by area and duty.
  public var findings: [Finding] {
    let areaOrder = self.areaOrder
    return duties.compactMap(\.finding).sorted { lhs, rhs in
      if lhs.urgency != rhs.urgency { return lhs.urgency < rhs.urgency }
      let left = areaOrder[lhs.duty.area] ?? 0
      let right = areaOrder[rhs.duty.area] ?? 0
      if left != right { return left < right }
      return lhs.duty.id < rhs.duty.id
    }
  }

  /// Every exception stated, with whether it holds.
  public var exceptions: [(exception: DutyException, holds: Bool)] {
    duties.compactMap { duty in duty.exception.map { ($0, duty.exceptionHolds) } }
  }

  private var areaOrder: [String: Int] {
    Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($0.element.area.id, $0.offset) })
  }
}

/// The score of one area.
public struct AreaScore: Hashable, Sendable {
  /// The area.
  public var area: Area
  /// Its duties in force.
  public var duties: [DutyScore]
  /// Its figures.
  public var figures: Figures
}
