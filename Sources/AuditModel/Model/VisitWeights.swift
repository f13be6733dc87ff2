/// The weights behind the länsstyrelse's visit order, from `scoring.json` (issue 17).
public struct VisitWeights: Hashable, Sendable {
  /// Points when the municipality has not answered the round.
  public var noResponse: Double
  /// Points when its only response has errors and could not be used.
  public var invalidResponse: Double
  /// Points when its response is below the completeness threshold.
  public var incomplete: Double
  /// Points per brist (krav answered nej).
  public var perDeficiency: Double
  /// Points per duty only partly met on a krav.
  public var perPartlyMet: Double
  /// At most this many points from brister and partly met duties together.
  public var findingsCap: Double
  /// Extra points per brist on a duty whose consequence is skydd och säkerhet.
  public var perProtectionDeficiency: Double
  /// At most this many extra points for brister on protection.
  public var protectionCap: Double
  /// Points when last round's total was at or below last round's lower quartile.
  public var lowLastRound: Double
  /// Points when the total fell more than ``fallThreshold`` percentage points.
  public var falling: Double
  /// The fall, in percentage points, that counts.
  public var fallThreshold: Double
  /// Points when an agreement on skyddat boende ended without replacement.
  public var endedShelterAgreement: Double
  /// Points per other kind of agreement flag.
  public var agreementFlag: Double
  /// Points when civil society disagrees on a question of a protection duty.
  public var protectionDisagreement: Double
  /// Points per other question where civil society disagrees.
  public var perDisagreement: Double
  /// At most this many points from other disagreements.
  public var disagreementCap: Double
  /// Points per agreement flag that the municipality's answers contradict.
  public var perRegisterDiscrepancy: Double

  /// Creates weights from a table keyed as in `scoring.json`; missing keys are 0.
  public init(_ table: [String: Double]) {
    noResponse = table["noResponse"] ?? 0
    invalidResponse = table["invalidResponse"] ?? 0
    incomplete = table["incomplete"] ?? 0
    perDeficiency = table["perDeficiency"] ?? 0
    perPartlyMet = table["perPartlyMet"] ?? 0
    findingsCap = table["findingsCap"] ?? 0
    perProtectionDeficiency = table["perProtectionDeficiency"] ?? 0
    protectionCap = table["protectionCap"] ?? 0
    lowLastRound = table["lowLastRound"] ?? 0
    falling = table["falling"] ?? 0
    fallThreshold = table["fallThreshold"] ?? 0
    endedShelterAgreement = table["endedShelterAgreement"] ?? 0
    agreementFlag = table["agreementFlag"] ?? 0
    protectionDisagreement = table["protectionDisagreement"] ?? 0
    perDisagreement = table["perDisagreement"] ?? 0
    disagreementCap = table["disagreementCap"] ?? 0
    perRegisterDiscrepancy = table["perRegisterDiscrepancy"] ?? 0
  }

  /// The keys `scoring.json` must give, in the order they are documented.
  public static let keys = [
    "noResponse", "invalidResponse", "incomplete", "perDeficiency", "perPartlyMet",
    "findingsCap", "perProtectionDeficiency", "protectionCap", "lowLastRound", "falling",
    "fallThreshold",
    "endedShelterAgreement", "agreementFlag", "protectionDisagreement", "perDisagreement",
    "disagreementCap", "perRegisterDiscrepancy",
  ]
}
