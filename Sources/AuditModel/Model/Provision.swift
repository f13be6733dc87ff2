/// One provision of a statute, regulation or general advice, in force between two days.
///
/// When the wording of a paragraph changes (5 kap. 11 § SoL went from `bör` to `ska`
/// on 2007-07-01), each version is its own provision with the same instrument and
/// reference and non-overlapping validity.
public struct Provision: Hashable, Sendable, Identifiable {
  /// The stored fields, kept once and shared by every copy (see ``Shared``).
  private var fields: Shared<Fields>

  /// Stable id, e.g. `sol2001-5-11-2007`.
  public var id: String {
    get { fields.value.id }
    _modify { yield &fields.value.id }
  }
  /// The instrument, e.g. `SoL 2001:453` or `HSLF-FS 2022:39`.
  public var instrument: String {
    get { fields.value.instrument }
    _modify { yield &fields.value.instrument }
  }
  /// The instrument's full title, e.g. `Socialtjänstlag (2001:453)`.
  public var instrumentTitle: String {
    get { fields.value.instrumentTitle }
    _modify { yield &fields.value.instrumentTitle }
  }
  /// Chapter and paragraph, e.g. `5 kap. 11 §`.
  public var reference: String {
    get { fields.value.reference }
    _modify { yield &fields.value.reference }
  }
  /// Lag, förordning, föreskrift or allmänt råd.
  public var kind: ProvisionKind {
    get { fields.value.kind }
    _modify { yield &fields.value.kind }
  }
  /// The first day in force.
  public var validFrom: Day {
    get { fields.value.validFrom }
    _modify { yield &fields.value.validFrom }
  }
  /// The last day in force; `nil` while still in force.
  public var validUntil: Day? {
    get { fields.value.validUntil }
    _modify { yield &fields.value.validUntil }
  }
  /// What the provision says, in our own Swedish words.
  public var summary: String {
    get { fields.value.summary }
    _modify { yield &fields.value.summary }
  }
  /// What was read to verify it.
  public var source: String {
    get { fields.value.source }
    _modify { yield &fields.value.source }
  }
  /// Whether the paragraph was in force before `validFrom` in an earlier wording that
  /// the model does not describe (not verified). A duty resting on it is then not new
  /// on `validFrom`, only new to the model.
  public var hasUnmodelledEarlierWording: Bool {
    get { fields.value.hasUnmodelledEarlierWording }
    _modify { yield &fields.value.hasUnmodelledEarlierWording }
  }
  /// Whether the chapter and paragraph were checked; `false` when only the whole
  /// instrument is known (HSLF-FS 2022:39). Such a provision never makes a question a krav.
  public var isChapterVerified: Bool {
    get { fields.value.isChapterVerified }
    _modify { yield &fields.value.isChapterVerified }
  }
  /// Where it is defined.
  public var location: SourceLocation {
    get { fields.value.location }
    _modify { yield &fields.value.location }
  }

  /// Creates a provision.
  public init(
    id: String, instrument: String, instrumentTitle: String, reference: String,
    kind: ProvisionKind, validFrom: Day, validUntil: Day?, summary: String, source: String,
    hasUnmodelledEarlierWording: Bool = false, isChapterVerified: Bool = true,
    location: SourceLocation
  ) {
    fields = Shared(
      Fields(
        id: id, instrument: instrument, instrumentTitle: instrumentTitle, reference: reference,
        kind: kind, validFrom: validFrom, validUntil: validUntil, summary: summary, source: source,
        hasUnmodelledEarlierWording: hasUnmodelledEarlierWording,
        isChapterVerified: isChapterVerified, location: location))
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

extension Provision {
  /// The stored fields of a provision.
  struct Fields: Hashable, Sendable {
    var id: String
    var instrument: String
    var instrumentTitle: String
    var reference: String
    var kind: ProvisionKind
    var validFrom: Day
    var validUntil: Day?
    var summary: String
    var source: String
    var hasUnmodelledEarlierWording: Bool
    var isChapterVerified: Bool
    var location: SourceLocation
  }
}
