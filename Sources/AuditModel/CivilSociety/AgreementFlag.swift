/// Something in a municipality's arrangements with civil society that the dialogue
/// meeting should take up, computed against the round's reference date.
public struct AgreementFlag: Hashable, Sendable {
  /// What kind of flag.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A current agreement ends within six months.
    case endsSoon = "avtal går ut inom sex månader"
    /// An agreement has ended and nothing current covers what it covered.
    case endedWithoutReplacement = "avtal har upphört utan ersättare"
    /// A procurement is announced but has no date.
    case procurementWithoutDate = "upphandling utan datum"
    /// No current agreement on skyddat boende and no shelter places of the municipality's own.
    case noAgreementNoShelter = "varken avtal eller egna platser i skyddat boende"
    /// Agreed follow-ups have not been held.
    case followUpsNotHeld = "avtalade uppföljningar har inte hållits"
    /// The municipality has no row at all in the register: unknown, never "no agreement".
    case notInRegister = "uppgift saknas i avtalsregistret"
  }

  /// The kind.
  public var kind: Kind
  /// The municipality.
  public var municipalityCode: String
  /// The agreement, when the flag concerns one.
  public var agreement: Agreement?
  /// What the flag means here, in Swedish.
  public var detail: String
  /// The question it raises at the dialogue meeting.
  public var question: String
}

extension String {
  /// The string with its first letter capitalised.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
