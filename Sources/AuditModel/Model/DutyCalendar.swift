/// The duties in force on any day, worked out once for each stretch of days on which no
/// provision of the model comes into force or ends, so that reading thousands of responses
/// does not apply the model's provisions again for each one.
///
/// `duties(inForceOn:)` gives exactly ``DutyModel/duties(inForceOn:)``: which duties apply,
/// and with which provisions, changes only on the days a provision starts or the day after
/// one ends.
struct DutyCalendar: Sendable {
  /// The model the calendar was made from.
  let model: DutyModel
  /// The days a stretch starts, ascending.
  private let starts: [Day]
  /// The duties in force through each stretch (applied on its first day).
  private let stretches: [[AppliedDuty]]

  /// Works out the stretches of `model`.
  init(_ model: DutyModel) {
    self.model = model
    var days = Set<Day>()
    for provision in model.provisions {
      days.insert(provision.validFrom)
      if let until = provision.validUntil { days.insert(until.adding(days: 1)) }
    }
    starts = days.sorted()
    stretches = starts.map { model.duties(inForceOn: $0) }
  }

  /// The duties in force on `day`, in model order.
  func duties(inForceOn day: Day) -> [AppliedDuty] {
    // The last stretch that starts on or before `day`.
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= day { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return model.duties(inForceOn: day) }
    return stretches[low - 1].map { applied in
      var applied = applied
      applied.day = day
      return applied
    }
  }
}
