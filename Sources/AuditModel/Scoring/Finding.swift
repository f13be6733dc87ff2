/// A finding, as IVO and GREVIO write them: lagrum → what is missing → suggested
/// action → urgency.
///
/// A finding is a brist only when a question whose own footing is a krav on the reference
/// date is answered `nej` (or an exception against a *ska* duty ran out); a `delvis` on a
/// krav is a partly met krav, its own kind; gaps on allmänt råd and god praxis questions make
/// a förbättringsområde.
public struct Finding: Hashable, Sendable {
  /// What kind of finding, named and counted separately everywhere.
  public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A krav answered `nej` (or an expired exception on a *ska*).
    case deficiency = "brist"
    /// A krav answered `delvis`, and no krav answered `nej`.
    case partlyMet = "delvis uppfyllt krav"
    /// Gaps only on allmänt råd or god praxis.
    case improvementArea = "förbättringsområde"
    /// Only `vet ej`.
    case unknown = "okänt läge"
  }

  /// One question that shows the gap.
  public struct Gap: Hashable, Sendable {
    /// The question.
    public var question: Question
    /// What kind of gap.
    public var kind: GapKind
    /// The respondent's comment.
    public var comment: String
    /// The question's own footing on the reference date.
    public var footing: AppliedFooting
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
  /// What kind of finding it is.
  public var kind: Kind
  /// The duty's level.
  public var level: DutyLevel

  /// Whether the finding has a gap other than `vet ej`.
  public var hasDefiniteGap: Bool {
    expiredException != nil || gaps.contains { $0.kind != .unknown }
  }

  /// Whether the finding is a brist: a krav answered `nej`, or an exception against a *ska*
  /// duty that ran out. A `delvis` on a krav is ``Kind/partlyMet``, not a brist.
  public var isDeficiency: Bool { kind == .deficiency }

  /// The duty's consequence class, from the model.
  public var consequence: Consequence? { duty.consequence }

  /// The footing that decides the finding's seriousness: the strongest among its definite
  /// gaps (`vet ej` only when there is nothing else).
  public var seriousFooting: Footing {
    let definite = gaps.filter { $0.kind != .unknown }.compactMap(\.footing.footing).max()
    guard expiredException != nil, let duty = strength.footing else {
      return definite ?? footing
    }
    return max(definite ?? duty, duty)
  }

  /// The strongest footing among the gaps (the duty's own for an expired exception alone).
  public var footing: Footing {
    let strongest = gaps.compactMap(\.footing.footing).max()
    guard expiredException != nil, let duty = strength.footing else {
      return strongest ?? .goodPractice
    }
    return max(strongest ?? duty, duty)
  }

  /// The gaps split by footing, strongest footing first; footings without gaps are left out.
  public var gapsByFooting: [(footing: Footing, gaps: [Gap])] {
    Footing.allCases.sorted(by: >).compactMap { footing in
      let matching = gaps.filter { $0.footing.footing == footing }
      return matching.isEmpty ? nil : (footing, matching)
    }
  }

  /// What is missing, in Swedish, one line per gap, each saying in words what the
  /// question rests on ("Lagen kräver detta (…)", "Socialstyrelsen rekommenderar detta
  /// (…)", "Vanlig god praxis är att göra så (…)").
  public var missing: [String] {
    var lines = gaps.map { gap -> String in
      let comment = gap.comment.isEmpty ? "" : " Kommentar: \(PersonalNumber.redacted(gap.comment))"
      return "\(gap.question.id) \(gap.question.text) Svar: \(gap.kind.rawValue). "
        + "\(gap.footing.sentence)\(comment)"
    }
    if let expired = expiredException {
      lines.append(
        "Undantaget gick ut \(expired.validUntil) och gäller inte längre "
          + "(motivering: \(PersonalNumber.redacted(expired.justification))).")
    }
    return lines
  }
}
