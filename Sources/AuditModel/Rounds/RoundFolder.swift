import Foundation

/// A round folder as it was read: its description (`omgang.json`, when present), every
/// response file with its validation outcome, the scored valid responses and the round's
/// civil-society registers.
public struct RoundFolder: Sendable {
  /// One response file and what validation said.
  public struct FileState: Sendable {
    /// The file as shown in messages.
    public var file: String
    /// The response, when the file is valid.
    public var response: Response?
    /// The number of errors.
    public var errors: Int
    /// The number of warnings.
    public var warnings: Int
    /// The response's completeness in percent, when it was scored.
    public var completeness: Double?
    /// Whether the response counts in the round, and if not why (see ``RoundInventory``).
    public var standing: RoundInventory.Standing = .invalid
    /// The municipality the file is about, from its metadata or file name.
    public var municipalityCode: String? = nil
    /// Whether the file is a civil-society response.
    public var isCivilSociety = false
    /// Questions answered "ej aktuellt" where the model never allows it.
    public var rejectedNotApplicable: [String] = []
  }

  /// The folder as the user named it.
  public var folder: String
  /// The county, from `--region`, `omgang.json` or the responses' municipality codes.
  public var county: County?
  /// The round id.
  public var round: String
  /// The reference date: `omgang.json`'s, or else the latest of the responses.
  public var referenceDate: Day?
  /// The municipalities the round covers.
  public var municipalities: [Municipality]
  /// Every response file, in file-name order.
  public var files: [FileState]
  /// The scores of the responses that count.
  public var scores: [ResponseScore]
  /// Which responses count and why the others do not.
  public var inventory: RoundInventory
  /// The files in the folder that were not read as responses, or could not be read, and why.
  public var skipped: [Diagnostic]
  /// Whether `omgang.json` says the round is fictional (generated data).
  public var declaredFictional = false
  /// The agreements register, when the round has one.
  public var agreements: AgreementRegister?
  /// The shelter register, in the round folder or a folder above it.
  public var shelters: ShelterRegister?
  /// The register the round was read with (SCB's plus any found beside the folder).
  public var register: Register = .embedded
  /// Warnings about the folder itself (an unreadable `omgang.json`), in Swedish.
  public var notes: [String] = []

  /// The flags of the round's agreements, against its reference date.
  public var agreementFlags: [AgreementFlag] {
    guard let agreements, let day = referenceDate else { return [] }
    return AgreementFlags.flags(
      agreements: agreements.agreements, shelters: shelters?.shelters ?? [],
      municipalities: municipalities, on: day)
  }

  /// Problems in the registers, for every command that reads the round.
  public var registerDiagnostics: [Diagnostic] {
    (agreements?.diagnostics ?? []) + (shelters?.diagnostics ?? [])
  }

  /// Whether the round's municipalities are fictional (example data, county code 99).
  public var isFictional: Bool {
    declaredFictional || county?.code == "99" || municipalities.contains { $0.countyCode == "99" }
  }

  /// The files with errors, which are not counted.
  public var invalidFiles: [FileState] {
    files.filter { $0.errors > 0 }
  }

  /// The comparison of this round; invalid municipal files show as "ogiltigt svar".
  public func comparison(model: DutyModel) -> RegionComparison {
    let invalid = invalidFiles.filter { !$0.isCivilSociety }.map {
      RegionComparison.InvalidFile(
        municipalityCode: $0.municipalityCode, file: $0.file, errors: $0.errors,
        rejectedNotApplicable: $0.rejectedNotApplicable)
    }
    return RegionComparison(
      county: county, round: round, municipalities: municipalities, scores: scores, model: model,
      invalid: invalid)
  }

  /// The error for `municipality` when it has several responses in the round, none of which
  /// counts; `nil` otherwise.
  public func duplicateDiagnostic(_ municipality: Municipality) -> Diagnostic? {
    guard inventory.duplicatedCodes.contains(municipality.code) else { return nil }
    return Diagnostic(
      .error, file: folder, at: nil,
      "\(municipality.code) \(municipality.name) har flera svar i omgången och räknas inte",
      help: "behåll det svar som gäller i \(RoundWorkspace.responsesFolder)/ och flytta de andra")
  }
}
