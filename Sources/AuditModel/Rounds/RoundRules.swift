/// The round a folder of responses belongs to, as `omgang.json` describes it: its
/// municipalities and what their responses must agree on. A folder without `omgang.json`
/// has no round rules beyond one response per municipality and perspective.
public struct RoundRules: Sendable {
  /// The description, when the folder has a readable `omgang.json`.
  public var description: RoundDescription?
  /// The municipalities asked to answer; empty when the folder does not say.
  public var municipalities: [Municipality]
  /// What the responses must agree on.
  public var expectation: RoundExpectation

  /// Reads `omgang.json` in `folder`, if there is one.
  public init(_ folder: String, register: Register) {
    let data = FileSystem.read("\(folder)/\(RoundWorkspace.descriptionFile)")
    self.init(
      description: data.flatMap { RoundDescription(json: decodeText($0).text) }, register: register)
  }

  /// The rules of a round with `description`; `county` (from `--region`) replaces the
  /// description's county and municipality list.
  public init(description: RoundDescription?, county: County? = nil, register: Register) {
    self.description = description
    let described = description?.countyCode.flatMap { register.county(code: $0) }
    let listed = description?.municipalities ?? []
    if county == nil, !listed.isEmpty {
      municipalities = listed.compactMap { code in
        register.municipalities.first { $0.code == code }
      }
    } else if let chosen = county ?? described {
      municipalities = register.municipalities(inCounty: chosen.code)
    } else {
      municipalities = []
    }
    expectation = RoundExpectation(
      county: county ?? described, municipalities: county == nil ? Set(listed) : [],
      round: description?.round, referenceDate: description?.referenceDate,
      modelVersion: description?.modelVersion)
  }

  /// The line `validate` ends a round folder with, counted as `status` and `compare` count;
  /// `nil` when the folder names no municipalities.
  public func summary(_ inventory: RoundInventory, folder: String) -> String? {
    guard !municipalities.isEmpty else { return nil }
    let answered = inventory.answeredCount(among: municipalities)
    let round = description?.round.map { "Omgång \($0)" } ?? folder
    return "\(round): \(answered) av \(municipalities.count) kommuner har lämnat giltiga svar "
      + "som räknas.\n"
  }
}
