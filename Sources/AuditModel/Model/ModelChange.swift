/// One change in socialnämndens duties on one day: a duty came, went, changed
/// strength or moved to another provision.
public struct ModelChange: Hashable, Sendable {
  /// What happened.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// The duty applies from this day.
    case came = "tillkom"
    /// The duty no longer applies from this day.
    case went = "upphörde"
    /// The duty applies with another strength (e.g. `bör` became `ska`).
    case strengthChanged = "ändrad styrka"
    /// The duty rests on other provisions from this day (same strength).
    case moved = "nytt lagrum"
    /// The same paragraph got a new wording (same strength).
    case newWording = "ny lydelse"
    /// The duty existed before in a wording the model does not describe; the model
    /// follows it from this day.
    case firstModelled = "med i modellen"
  }

  /// The first day the new state applies.
  public var day: Day
  /// What happened.
  public var kind: Kind
  /// The duty.
  public var duty: Duty
  /// The lagrum the day before; empty when the duty came.
  public var citationBefore: String
  /// The lagrum on the day; empty when the duty went.
  public var citationAfter: String
  /// The strength the day before, if it applied.
  public var strengthBefore: Strength?
  /// The strength on the day, if it applies.
  public var strengthAfter: Strength?
  /// The instruments whose provisions started or ended on this day and touch the duty.
  public var instruments: [String]
}

extension DutyModel {
  /// The days in `(from, to]` on which any provision starts or stops being in force.
  public func changeDays(after from: Day, through to: Day) -> [Day] {
    var days = Set<Day>()
    for provision in provisions {
      if from < provision.validFrom, provision.validFrom <= to { days.insert(provision.validFrom) }
      if let until = provision.validUntil {
        let next = until.adding(days: 1)
        if from < next, next <= to { days.insert(next) }
      }
    }
    return days.sorted()
  }

  /// Every change in the duties between `from` (the state on that day) and `to`
  /// (the state on that day), by day and then model order.
  public func changes(from: Day, to: Day) -> [ModelChange] {
    guard from < to else { return [] }
    var result: [ModelChange] = []
    for day in changeDays(after: from, through: to) {
      let before = day.adding(days: -1)
      for duty in duties {
        let old = applied(duty, on: before)
        let new = applied(duty, on: day)
        guard var kind = changeKind(old: old, new: new) else { continue }
        if kind == .came, let new,
          new.basis.allSatisfy({
            $0.provision.validFrom != day || $0.provision.hasUnmodelledEarlierWording
          })
        {
          kind = .firstModelled
        }
        let instruments = Set(
          duty.basis.compactMap { entry -> String? in
            guard let provision = provision(entry.provision) else { return nil }
            let starts = provision.validFrom == day
            let ends = provision.validUntil == before
            return starts || ends ? provision.instrument : nil
          })
        result.append(
          ModelChange(
            day: day, kind: kind, duty: duty, citationBefore: old?.citation ?? "",
            citationAfter: new?.citation ?? "", strengthBefore: old?.strength,
            strengthAfter: new?.strength, instruments: instruments.sorted()))
      }
    }
    return result
  }

  private func changeKind(old: AppliedDuty?, new: AppliedDuty?) -> ModelChange.Kind? {
    switch (old, new) {
    case (nil, nil): return nil
    case (nil, .some): return .came
    case (.some, nil): return .went
    case (.some(let old), .some(let new)):
      if old.strength != new.strength { return .strengthChanged }
      let oldIDs = old.basis.map(\.provision.id).sorted()
      let newIDs = new.basis.map(\.provision.id).sorted()
      if oldIDs == newIDs { return nil }
      return old.citation == new.citation ? .newWording : .moved
    }
  }
}
