/// A finding, as IVO and GREVIO write them: lagrum → what is missing → suggested
/// action → urgency.
public struct Finding: Hashable, Sendable {
  /// One question that shows the gap.
  public struct Gap: Hashable, Sendable {
    /// The question.
    public var question: Question
    /// What kind of gap.
    public var kind: GapKind
    /// The respondent's comment.
    public var comment: String
  }

  /// The duty.
  public var duty: Duty
  /// The lagrum as in force on the reference date.
  public var citation: String
  /// The duty's strength then.
  public var strength: Strength
  /// The questions that show the gap.
  public var gaps: [Gap]
  /// An exception that ran out before the reference date.
  public var expiredException: DutyException?
  /// The suggested action, from the model.
  public var action: String
  /// How soon to act.
  public var urgency: Urgency

  /// Whether the finding has a gap other than `vet ej`.
  public var hasDefiniteGap: Bool {
    expiredException != nil || gaps.contains { $0.kind != .unknown }
  }

  /// What is missing, in Swedish, one line per gap.
  public var missing: [String] {
    var lines = gaps.map { gap -> String in
      let comment = gap.comment.isEmpty ? "" : " Kommentar: \(PersonalNumber.redacted(gap.comment))"
      return "\(gap.question.id) \(gap.question.text) Svar: \(gap.kind.rawValue).\(comment)"
    }
    if let expired = expiredException {
      lines.append(
        "Undantaget gick ut \(expired.validUntil) och gäller inte längre "
          + "(motivering: \(PersonalNumber.redacted(expired.justification))).")
    }
    return lines
  }
}
