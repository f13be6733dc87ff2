/// What a round's responses must agree on, from `omgang.json` (and `--region`): the county or
/// list of municipalities, the round id, the reference date and the model version.
public struct RoundExpectation: Hashable, Sendable {
  /// The county; `nil` when the round does not say.
  public var county: County?
  /// The municipalities asked to answer; empty when the round does not list them.
  public var municipalities: Set<String>
  /// The round id; `nil` when the round does not say.
  public var round: String?
  /// The reference date; `nil` when the round does not say.
  public var referenceDate: Day?
  /// The model version of the round's checklists; `nil` when the round does not say.
  public var modelVersion: String?

  /// Creates an expectation.
  public init(
    county: County? = nil, municipalities: Set<String> = [], round: String? = nil,
    referenceDate: Day? = nil, modelVersion: String? = nil
  ) {
    self.county = county
    self.municipalities = municipalities
    self.round = round
    self.referenceDate = referenceDate
    self.modelVersion = modelVersion
  }

  /// Why `response` does not belong to the round, one Swedish reason each; empty when it does.
  public func reasons(_ response: Response, register: Register) -> [String] {
    let metadata = response.metadata
    var reasons: [String] = []
    let code = metadata.municipalityCode
    let label = "\(code) \(metadata.municipalityName)"
    if !municipalities.isEmpty, !municipalities.contains(code) {
      let place = county.map { " för \($0.name)" } ?? ""
      reasons.append("svaret gäller \(label), som inte ingår i omgången\(place)")
    } else if municipalities.isEmpty, let county,
      let municipality = register.municipalities.first(where: { $0.code == code }),
      municipality.countyCode != county.code
    {
      reasons.append("svaret gäller \(label), som inte hör till \(county.name)")
    }
    // The same text is the same folded; only a different one is folded (which is slow).
    if let round, !metadata.round.isEmpty, metadata.round != round,
      Suggestions.folded(metadata.round) != Suggestions.folded(round)
    {
      reasons.append("svaret hör till omgång \(metadata.round), inte till \(round)")
    }
    if let referenceDate, metadata.referenceDate != referenceDate {
      reasons.append(
        "svaret har referensdatum \(metadata.referenceDate), inte omgångens \(referenceDate)")
    }
    if let modelVersion, Self.isOlder(metadata.modelVersion, than: modelVersion) {
      reasons.append(
        "svaret gjordes med modellversion \(metadata.modelVersion), äldre än omgångens "
          + modelVersion)
    }
    return reasons
  }

  /// Whether version `lhs` is older than `rhs`, comparing dot-separated numbers
  /// (`2025.6.1` < `2026.11.1`); versions that are not numbers are never older.
  static func isOlder(_ lhs: String, than rhs: String) -> Bool {
    func parts(_ text: String) -> [Int]? {
      let numbers = text.split(separator: ".").map { Int($0) }
      guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else { return nil }
      return numbers.compactMap { $0 }
    }
    guard let left = parts(lhs), let right = parts(rhs) else { return false }
    for index in 0..<max(left.count, right.count) {
      let (a, b) = (
        index < left.count ? left[index] : 0, index < right.count ? right[index] : 0
      )
      if a != b { return a < b }
    }
    return false
  }
}
