import Foundation

/// What `omgang.json` says about a round: its county, id, reference date, model version and
/// municipalities. Every field may be missing in a hand-edited file.
public struct RoundDescription: Hashable, Sendable {
  /// The county's code, e.g. `14`.
  public var countyCode: String?
  /// The round id, e.g. `2026-host`.
  public var round: String?
  /// The reference date of the round's checklists.
  public var referenceDate: Day?
  /// The model version the round's checklists were made from.
  public var modelVersion: String?
  /// The codes of the municipalities asked to answer.
  public var municipalities: [String]
  /// Whether the round says it is fictional (generated data).
  public var isFictional: Bool

  /// Creates a description.
  public init(
    countyCode: String? = nil, round: String? = nil, referenceDate: Day? = nil,
    modelVersion: String? = nil, municipalities: [String] = [], isFictional: Bool = false
  ) {
    self.countyCode = countyCode
    self.round = round
    self.referenceDate = referenceDate
    self.modelVersion = modelVersion
    self.municipalities = municipalities
    self.isFictional = isFictional
  }

  /// Reads the text of `omgang.json`; `nil` when it is not JSON.
  public init?(json text: String) {
    guard let root = try? JSONParser().parse(text) else { return nil }
    municipalities = (root["municipalities"]?.node.elements ?? []).compactMap {
      $0["code"]?.node.string
    }
    countyCode = root["countyCode"]?.node.string
    round = root["round"]?.node.string
    referenceDate = root["referenceDate"]?.node.string.flatMap(Day.init)
    modelVersion = root["modelVersion"]?.node.string
    isFictional =
      root["fictional"].map {
        $0.node.value == .bool(true) || !($0.node.string ?? "").isEmpty
      } ?? false
  }

  /// Reads `omgang.json` in `folder`: `nil` without a warning when there is none, `nil` with
  /// a Swedish warning when it is not JSON (the round's details then come from the responses).
  static func read(in folder: String, shown: String) -> (
    description: RoundDescription?, warning: String?
  ) {
    let file = "\(folder)/\(RoundWorkspace.descriptionFile)"
    guard let data = FileSystem.read(file) else { return (nil, nil) }
    guard let description = RoundDescription(json: decodeText(data).text) else {
      return (
        nil,
        "varning: \(shown)/\(RoundWorkspace.descriptionFile): kan inte läsas som JSON — "
          + "omgångens uppgifter tas från svaren"
      )
    }
    return (description, nil)
  }
}
