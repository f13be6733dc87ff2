/// What the shelters in a county offer together: places, places for children, and
/// which competences no shelter in the county has.
public struct ShelterCoverage: Hashable, Sendable {
  /// The county.
  public var county: County
  /// Shelters in the county.
  public var shelters: [Shelter]

  /// Summarises the shelters in `county`'s municipalities.
  public init(county: County, shelters: [Shelter], register: Register) {
    self.county = county
    let codes = Set(register.municipalities(inCounty: county.code).map(\.code))
    self.shelters = shelters.filter { codes.contains($0.municipalityCode) }
  }

  /// Places in total.
  public var places: Int { shelters.reduce(0) { $0 + $1.places } }

  /// Places in shelters that take children.
  public var placesTakingChildren: Int {
    shelters.filter(\.takesChildren).reduce(0) { $0 + $1.places }
  }

  /// Competences no shelter in the county offers.
  public var missingCompetences: [String] {
    Shelter.competences.filter { competence in !shelters.contains { $0.offers(competence) } }
  }

  /// Languages offered somewhere in the county.
  public var languages: [String] {
    Array(Set(shelters.flatMap(\.languages))).sorted()
  }

  /// The coverage in one Swedish paragraph, with the principle that the municipality's
  /// duty to find a suitable placement does not depend on where the shelter is.
  public var text: String {
    var text =
      "I \(county.name) finns \(Swedish.count(shelters.count, "skyddat boende", "skyddade boenden")) "
      + "med sammanlagt \(places) platser, varav \(placesTakingChildren) i boenden som tar emot barn."
    let missing = missingCompetences
    text +=
      missing.isEmpty
      ? " Alla kompetenser i registret finns i något boende i länet."
      : " Inget boende i länet erbjuder: \(missing.joined(separator: ", "))."
    text +=
      " Kommunens skyldighet att hitta en lämplig placering gäller oavsett var boendet ligger."
    return text
  }
}
