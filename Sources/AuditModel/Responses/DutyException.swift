/// A duty the municipality says it covers another way (undantag), with a
/// justification and a last valid day. It shows in every report; once expired it
/// turns back into a finding.
public struct DutyException: Hashable, Sendable {
  /// The duty id.
  public var dutyID: String
  /// Why, and how the duty is covered.
  public var justification: String
  /// The last day the exception holds.
  public var validUntil: Day

  /// Creates an exception.
  public init(dutyID: String, justification: String, validUntil: Day) {
    self.dutyID = dutyID
    self.justification = justification
    self.validUntil = validUntil
  }

  /// Whether the exception holds on `day`.
  public func holds(on day: Day) -> Bool {
    day <= validUntil
  }
}
