/// A municipality's arrangement with a civil-society organisation (e.g. a kvinnojour),
/// as the agreements register of a round records it. The responsibility stays with
/// the municipality whatever the form.
public struct Agreement: Hashable, Sendable {
  /// How the arrangement is made.
  public enum Form: String, Hashable, Sendable, CaseIterable {
    /// Idéburet offentligt partnerskap.
    case partnership = "IOP"
    /// A contract after a procurement.
    case procured = "avtal efter upphandling"
    /// A direct award.
    case directAward = "direktupphandling"
    /// An association grant.
    case grant = "föreningsbidrag"
    /// No arrangement.
    case none = "inget"
  }

  /// Where the agreement stands.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    /// In force.
    case current = "gällande"
    /// Terminated.
    case terminated = "uppsagt"
    /// Being procured.
    case inProcurement = "under upphandling"
  }

  /// What the agreement covers.
  public static let scopes = [
    "skyddat boende", "stödsamtal", "telefon/chatt", "barn", "förebyggande arbete",
    "våldsutövare", "annat",
  ]

  /// SCB kommunkod.
  public var municipalityCode: String
  /// The organisation.
  public var organisation: String
  /// The form.
  public var form: Form
  /// What it covers (from ``scopes``).
  public var scope: [String]
  /// Amount per year in kronor, if stated.
  public var amountPerYear: Int?
  /// First day.
  public var start: Day?
  /// Last day; `nil` means until further notice.
  public var end: Day?
  /// Agreed follow-ups per year.
  public var followUpsPerYear: Int
  /// The latest follow-up held.
  public var latestFollowUp: Day?
  /// Status.
  public var status: Status
  /// For an agreement under procurement: when the new one is planned to start.
  public var plannedProcurementDate: Day?
  /// Where the row stands in its file.
  public var location: SourceLocation

  /// Creates an agreement.
  public init(
    municipalityCode: String, organisation: String, form: Form, scope: [String],
    amountPerYear: Int?, start: Day?, end: Day?, followUpsPerYear: Int, latestFollowUp: Day?,
    status: Status, plannedProcurementDate: Day?, location: SourceLocation
  ) {
    self.municipalityCode = municipalityCode
    self.organisation = organisation
    self.form = form
    self.scope = scope
    self.amountPerYear = amountPerYear
    self.start = start
    self.end = end
    self.followUpsPerYear = followUpsPerYear
    self.latestFollowUp = latestFollowUp
    self.status = status
    self.plannedProcurementDate = plannedProcurementDate
    self.location = location
  }

  /// Whether the agreement is in force on `day`.
  public func isCurrent(on day: Day) -> Bool {
    guard status == .current, form != .none else { return false }
    if let start, day < start { return false }
    if let end, end < day { return false }
    return true
  }

  /// Whether the agreement has ended by `day` (terminated, or its last day passed).
  public func hasEnded(by day: Day) -> Bool {
    guard form != .none else { return false }
    if let end, end < day { return true }
    return status == .terminated
  }
}
