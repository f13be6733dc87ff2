import Foundation

/// The earlier rounds of a county that a brief or an overview shows as a trend.
public enum RoundHistory {
  /// The rounds among `candidates` of the same county as `current` with an earlier
  /// reference date, oldest first, each round once (by its round id).
  public static func earlier(than current: RoundFolder, among candidates: [RoundFolder])
    -> [RoundFolder]
  {
    guard let day = current.referenceDate else { return [] }
    var seen: Set<String> = [current.round]
    var rounds: [RoundFolder] = []
    let start = Day(ordinal: 0)
    let sorted = candidates.sorted {
      ($0.referenceDate ?? start, $0.round) < ($1.referenceDate ?? start, $1.round)
    }
    for round in sorted {
      guard let other = round.referenceDate, other < day,
        round.county?.code == current.county?.code, !seen.contains(round.round)
      else { continue }
      seen.insert(round.round)
      rounds.append(round)
    }
    return rounds
  }

  /// The folders beside `folder` (its siblings) that hold a round description, by path.
  public static func siblings(of folder: String) -> [String] {
    let parent = (folder as NSString).deletingLastPathComponent
    let own = (folder as NSString).standardizingPath
    return FileSystem.contents(of: parent).sorted().map { "\(parent)/\($0)" }.filter { path in
      (path as NSString).standardizingPath != own
        && FileSystem.exists("\(path)/\(RoundWorkspace.descriptionFile)")
    }
  }
}
