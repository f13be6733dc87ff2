import Foundation

/// The duties and questions in force on any day, worked out once (when first needed) for each
/// stretch of days on which no provision of the model comes into force or ends, so that reading thousands of
/// responses does not apply the model's provisions again for each one.
///
/// `duties(inForceOn:)` gives exactly ``DutyModel/duties(inForceOn:)``: which duties apply,
/// and with which provisions, changes only on the days a provision starts or the day after
/// one ends.
public struct DutyCalendar: Sendable {
  /// What is in force through one stretch of days.
  struct Stretch: Sendable {
    /// The duties, applied on the stretch's first day.
    var duties: [AppliedDuty]
    /// Their questions, in model order.
    var questions: [Question]
    /// The same questions by id (the first, should an id repeat).
    var questionIndex: [String: Question]
    /// The ids of the duties.
    var dutyIDs: Set<String>

    init(_ duties: [AppliedDuty]) {
      self.duties = duties
      dutyIDs = Set(duties.map(\.duty.id))
      questions = duties.flatMap(\.duty.questions)
      questionIndex = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
  }

  /// The model the calendar was made from.
  public let model: DutyModel
  /// Every question of the model by id, in force or not (the first, should an id repeat).
  let allQuestions: [String: Question]
  /// The days a stretch starts, ascending.
  private let starts: [Day]
  /// What is in force through each stretch and the duties applied on given days, worked out
  /// when first asked for and shared by every copy of the calendar.
  private let memo = Memo()

  /// Works out the stretches of `model`.
  public init(_ model: DutyModel) {
    self.model = model
    allQuestions = Dictionary(
      model.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var days = Set<Day>()
    for provision in model.provisions {
      days.insert(provision.validFrom)
      if let until = provision.validUntil { days.insert(until.adding(days: 1)) }
    }
    starts = days.sorted()
  }

  /// What is in force on `day`: the duties applied on their stretch's first day.
  func stretch(on day: Day) -> Stretch {
    // The last stretch that starts on or before `day`.
    var low = 0
    var high = starts.count
    while low < high {
      let middle = (low + high) / 2
      if starts[middle] <= day { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return Stretch(model.duties(inForceOn: day)) }
    let start = starts[low - 1]
    if let known = memo.stretch(from: start) { return known }
    let stretch = Stretch(model.duties(inForceOn: start))
    memo.store(stretch, from: start)
    return stretch
  }

  /// The duties in force on `day`, in model order.
  public func duties(inForceOn day: Day) -> [AppliedDuty] {
    if let known = memo.duties(on: day) { return known }
    let duties = stretch(on: day).duties.map { applied in
      var applied = applied
      applied.day = day
      return applied
    }
    memo.store(duties, on: day)
    return duties
  }

  /// The footing of every question of ``duties(inForceOn:)`` on `day`, duty by duty in the
  /// same order: `AppliedDuty.footing(of:in:)` of each, worked out once per day instead of
  /// once per response.
  func footings(inForceOn day: Day) -> [[AppliedFooting]] {
    if let known = memo.footings(on: day) { return known }
    let footings = duties(inForceOn: day).map { applied in
      applied.duty.questions.map { applied.footing(of: $0, in: model) }
    }
    memo.store(footings, on: day)
    return footings
  }

  /// Stretches by first day, applied duties and their questions' footings by day, behind a lock so that files read on
  /// several cores can share them.
  private final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var byDay: [Day: [AppliedDuty]] = [:]
    private var stretches: [Day: Stretch] = [:]
    private var footingsByDay: [Day: [[AppliedFooting]]] = [:]

    func stretch(from start: Day) -> Stretch? {
      lock.withLock { stretches[start] }
    }

    func store(_ stretch: Stretch, from start: Day) {
      lock.withLock { stretches[start] = stretch }
    }

    func duties(on day: Day) -> [AppliedDuty]? {
      lock.withLock { byDay[day] }
    }

    func store(_ duties: [AppliedDuty], on day: Day) {
      lock.withLock { byDay[day] = duties }
    }

    func footings(on day: Day) -> [[AppliedFooting]]? {
      lock.withLock { footingsByDay[day] }
    }

    func store(_ footings: [[AppliedFooting]], on day: Day) {
      lock.withLock { footingsByDay[day] = footings }
    }
  }
}
