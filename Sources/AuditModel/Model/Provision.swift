/// One provision of a statute, regulation or general advice, in force between two days.
///
/// When the wording of a paragraph changes (5 kap. 11 § SoL went from `bör` to `ska`
/// on 2007-07-01), each version is its own provision with the same instrument and
/// reference and non-overlapping validity.
public struct Provision: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `sol2001-5-11-2007`.
  public var id: String
  /// The instrument, e.g. `SoL 2001:453` or `HSLF-FS 2022:39`.
  public var instrument: String
  /// The instrument's full title, e.g. `Socialtjänstlag (2001:453)`.
  public var instrumentTitle: String
  /// Chapter and paragraph, e.g. `5 kap. 11 §`.
  public var reference: String
  /// Lag, förordning, föreskrift or allmänt råd.
  public var kind: ProvisionKind
  /// The first day in force.
  public var validFrom: Day
  /// The last day in force; `nil` while still in force.
  public var validUntil: Day?
  /// What the provision says, in our own Swedish words.
  public var summary: String
  /// What was read to verify it.
  public var source: String
  /// Whether the paragraph was in force before `validFrom` in an earlier wording that
  /// the model does not describe (not verified). A duty resting on it is then not new
  /// on `validFrom`, only new to the model.
  public var hasUnmodelledEarlierWording: Bool
  /// Whether the chapter and paragraph were checked; `false` when only the whole
  /// instrument is known (HSLF-FS 2022:39). Such a provision never makes a question a krav.
  public var isChapterVerified: Bool
  /// Where it is defined.
  public var location: SourceLocation

  /// Creates a provision.
  public init(
    id: String, instrument: String, instrumentTitle: String, reference: String,
    kind: ProvisionKind, validFrom: Day, validUntil: Day?, summary: String, source: String,
    hasUnmodelledEarlierWording: Bool = false, isChapterVerified: Bool = true,
    location: SourceLocation
  ) {
    self.hasUnmodelledEarlierWording = hasUnmodelledEarlierWording
    self.isChapterVerified = isChapterVerified
    self.id = id
    self.instrument = instrument
    self.instrumentTitle = instrumentTitle
    self.reference = reference
    self.kind = kind
    self.validFrom = validFrom
    self.validUntil = validUntil
    self.summary = summary
    self.source = source
    self.location = location
  }

  /// Whether the provision is in force on `day`.
  public func isInForce(on day: Day) -> Bool {
    validFrom <= day && (validUntil.map { day <= $0 } ?? true)
  }

  /// The citation as a reader expects it, e.g. `5 kap. 11 § SoL 2001:453`, or
  /// `HSLF-FS 2022:39 (kapitel ej kontrollerat)` when the chapter was not checked.
  public var citation: String {
    guard isChapterVerified else { return "\(instrument) (kapitel ej kontrollerat)" }
    return reference.isEmpty ? instrument : "\(reference) \(instrument)"
  }
}
