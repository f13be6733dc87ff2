import Foundation

/// What `omgang.json` says about a round: its county, id, reference date, municipalities and
/// whether its data are fictional.
public struct RoundDescription: Sendable {
  /// The county code.
  public var countyCode: String?
  /// The round id, e.g. `2026-host`.
  public var round: String?
  /// The reference date.
  public var referenceDate: Day?
  /// The codes of the round's municipalities, when it lists them.
  public var municipalities: [String]
  /// Whether the round says its data are fictional.
  public var isFictional: Bool

  /// Reads `omgang.json` in `folder`: `nil` without a warning when there is none, `nil` with
  /// a Swedish warning when it is not JSON (the round's details then come from the responses).
  static func read(in folder: String, shown: String) -> (
    description: RoundDescription?, warning: String?
  ) {
    let file = "\(folder)/\(RoundWorkspace.descriptionFile)"
    guard let data = FileSystem.read(file) else { return (nil, nil) }
    guard let root = try? JSONParser().parse(decodeText(data).text) else {
      return (
        nil,
        "varning: \(shown)/\(RoundWorkspace.descriptionFile): kan inte läsas som JSON — "
          + "omgångens uppgifter tas från svaren"
      )
    }
    let municipalities = (root["municipalities"]?.node.elements ?? []).compactMap {
      $0["code"]?.node.string
    }
    let description = RoundDescription(
      countyCode: root["countyCode"]?.node.string, round: root["round"]?.node.string,
      referenceDate: root["referenceDate"]?.node.string.flatMap(Day.init),
      municipalities: municipalities,
      isFictional: root["fictional"].map {
        $0.node.value == .bool(true) || !($0.node.string ?? "").isEmpty
      } ?? false)
    return (description, nil)
  }
}
