/// What a checklist or response says about itself, so a returned file explains itself.
public struct ResponseMetadata: Hashable, Sendable, Codable {
  /// The format's name and version, `audit-checklista 1`.
  public static let formatName = "audit-checklista 1"

  /// SCB kommunkod.
  public var municipalityCode: String
  /// The municipality's name.
  public var municipalityName: String
  /// The round, e.g. `2026-host`.
  public var round: String
  /// The day the answers describe; the duties in force that day apply.
  public var referenceDate: Day
  /// Whose view the answers give.
  public var perspective: Perspective
  /// The organisation, for a civil-society response.
  public var organisation: String
  /// The duty model version the checklist was made from.
  public var modelVersion: String
  /// Who answered, as a role (never a person's name).
  public var respondentRole: String

  /// Creates metadata.
  public init(
    municipalityCode: String, municipalityName: String, round: String, referenceDate: Day,
    perspective: Perspective, organisation: String = "", modelVersion: String,
    respondentRole: String = ""
  ) {
    self.municipalityCode = municipalityCode
    self.municipalityName = municipalityName
    self.round = round
    self.referenceDate = referenceDate
    self.perspective = perspective
    self.organisation = organisation
    self.modelVersion = modelVersion
    self.respondentRole = respondentRole
  }

  /// The perspective with the organisation, for labels.
  public var perspectiveLabel: String {
    perspective.label(organisation: organisation)
  }
}

extension Day: Codable {
  /// Decodes `YYYY-MM-DD`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(text) är inget datum ÅÅÅÅ-MM-DD")
    }
    self = day
  }

  /// Encodes `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
