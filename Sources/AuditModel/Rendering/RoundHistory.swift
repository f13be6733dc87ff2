import Foundation

/// The earlier rounds of a county that a brief or an overview shows as a trend.
public enum RoundHistory {
  /// The rounds among `candidates` of the same county as `current` with an earlier
  /// reference date, oldest first, each round once (by its round id), at most the latest
  /// ``maxRounds``.
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
    return Array(rounds.suffix(maxRounds))
  }

  /// The folders that may hold earlier rounds of the county of the round in `folder`:
  /// its siblings (`LÄN/2025-var` beside `LÄN/2026-host`) and its cousins with the same name
  /// (`MAPP/2025-var/14` for `MAPP/2026-host/14`). Only folders whose `omgang.json` names the
  /// same county and an earlier reference date are returned, so that no other county's
  /// responses are read, and only the latest `limit` of them (a trend for a meeting needs
  /// the last few rounds, not every round since the start), oldest first.
  public static func candidates(for folder: String, limit: Int = maxRounds) -> [String] {
    let own = (folder as NSString).standardizingPath
    guard let current = RoundDescription.read(in: own, shown: own).description,
      let day = current.referenceDate
    else { return [] }
    let parent = (own as NSString).deletingLastPathComponent
    let grandparent = (parent as NSString).deletingLastPathComponent
    let leaf = (own as NSString).lastPathComponent
    var paths = FileSystem.contents(of: parent).sorted().map { "\(parent)/\($0)" }
    paths += FileSystem.contents(of: grandparent).sorted().map { "\(grandparent)/\($0)/\(leaf)" }
    var seen: Set<String> = [own]
    var found: [(path: String, day: Day)] = []
    for path in paths {
      let standard = (path as NSString).standardizingPath
      guard !seen.contains(standard), FileSystem.isDirectory(standard) else { continue }
      seen.insert(standard)
      guard let description = RoundDescription.read(in: standard, shown: path).description,
        let other = description.referenceDate, description.countyCode == current.countyCode,
        other < day
      else { continue }
      found.append((path, other))
    }
    let latest = found.sorted { ($0.day, $0.path) > ($1.day, $1.path) }.prefix(limit)
    return latest.reversed().map(\.path)
  }

  /// How many earlier rounds a brief shows at most: with this round, five points.
  public static let maxRounds = 4
}
