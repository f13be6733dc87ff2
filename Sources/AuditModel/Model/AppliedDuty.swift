/// A duty as it applies on one day: the provisions in force then and the strength
/// they give it.
public struct AppliedDuty: Hashable, Sendable {
  /// The duty.
  public var duty: Duty
  /// The day it is applied on.
  public var day: Day
  /// The basis entries whose provisions are in force on `day`, strongest first.
  public let basis: [AppliedBasis]
  /// The lagrum as in force on the day, strongest first, e.g.
  /// `13 kap. 1 § SoL 2025:400; HSLF-FS 2022:39`: worked out once, as every finding on the
  /// duty quotes it.
  public let citation: String

  /// Applies `duty` on `day` with the basis entries in force then, strongest first.
  public init(duty: Duty, day: Day, basis: [AppliedBasis]) {
    self.duty = duty
    self.day = day
    self.basis = basis
    citation = basis.map(\.provision.citation).joined(separator: "; ")
  }

  /// The strongest obligation among the provisions in force.
  public var strength: Strength {
    basis.lazy.map(\.strength).max() ?? Strength(obligation: .should, kind: .generalAdvice)
  }

}

extension DutyModel {
  /// The duty as it applies on `day`, or `nil` when none of its provisions is in force.
  public func applied(_ duty: Duty, on day: Day) -> AppliedDuty? {
    let basis = duty.basis.compactMap { entry -> AppliedBasis? in
      guard let provision = provision(entry.provision), provision.isInForce(on: day) else {
        return nil
      }
      return AppliedBasis(provision: provision, obligation: entry.obligation)
    }
    guard !basis.isEmpty else { return nil }
    let ordered = basis.enumerated().sorted { lhs, rhs in
      lhs.element.strength != rhs.element.strength
        ? lhs.element.strength > rhs.element.strength : lhs.offset < rhs.offset
    }.map(\.element)
    return AppliedDuty(duty: duty, day: day, basis: ordered)
  }

  /// The duties in force on `day`, in model order.
  public func duties(inForceOn day: Day) -> [AppliedDuty] {
    duties.compactMap { applied($0, on: day) }
  }

  /// The duty with `id`, if any.
  public func duty(_ id: String) -> Duty? {
    duties.first { $0.id == id }
  }
}
