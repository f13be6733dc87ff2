/// A protected shelter (skyddat boende) in the shelter register, with its special
/// competences, so a länsstyrelse can see what the county can offer.
public struct Shelter: Hashable, Sendable {
  /// Who runs it.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A non-profit (idéburen) shelter, e.g. a kvinnojour's.
    case nonProfit = "idéburen"
    /// Run by a municipality.
    case municipal = "kommunal"
    /// Private.
    case privateCompany = "privat"
  }

  /// The competence facets a shelter can offer (Unizon's search facets and more).
  public static let competences = [
    "förstärkt skalskydd", "missbruk", "barnverksamhet", "hedersrelaterat våld",
    "funktionsnedsättning", "husdjur", "män", "hbtqi", "digital säkerhet",
  ]

  /// The shelter's name.
  public var name: String
  /// Who runs it.
  public var kind: Kind
  /// SCB kommunkod of where it is.
  public var municipalityCode: String
  /// Places.
  public var places: Int
  /// Whether it takes children.
  public var takesChildren: Bool
  /// Languages spoken besides Swedish.
  public var languages: [String]
  /// Competences from ``competences``.
  public var competences: [String]
  /// Where the row stands in its file.
  public var location: SourceLocation

  /// Creates a shelter.
  public init(
    name: String, kind: Kind, municipalityCode: String, places: Int, takesChildren: Bool,
    languages: [String], competences: [String], location: SourceLocation
  ) {
    self.name = name
    self.kind = kind
    self.municipalityCode = municipalityCode
    self.places = places
    self.takesChildren = takesChildren
    self.languages = languages
    self.competences = competences
    self.location = location
  }

  /// Whether the shelter offers `competence` (a facet or a language), compared
  /// without case and diacritics.
  public func offers(_ competence: String) -> Bool {
    let wanted = Suggestions.folded(competence)
    if wanted == Suggestions.folded("barn") { return takesChildren }
    return (competences + languages).contains { Suggestions.folded($0) == wanted }
  }
}
