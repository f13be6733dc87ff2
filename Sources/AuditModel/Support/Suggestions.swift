import Foundation

/// Finds the nearest matches to a mistyped word, for "menade du …?" hints.
public enum Suggestions {
  /// The candidates within a small edit distance of `word`, nearest first.
  ///
  /// Comparison ignores case and Swedish diacritics, so `Boras` finds `Borås`.
  /// - Parameters:
  ///   - word: what the user wrote.
  ///   - candidates: the valid words.
  ///   - limit: how many to return at most.
  public static func nearest(to word: String, among candidates: [String], limit: Int = 3)
    -> [String]
  {
    let target = Array(folded(word))
    guard !target.isEmpty else { return [] }
    let threshold = max(1, min(3, target.count / 3))
    var scored: [(distance: Int, candidate: String)] = []
    for candidate in candidates {
      let folded = Array(folded(candidate))
      // Lengths that differ by more than the threshold can never match (and a prefix
      // match needs the candidate to be longer): skip the quadratic distance.
      if target.count - folded.count > threshold { continue }
      if folded.count - target.count > threshold, !folded.starts(with: target) { continue }
      var distance = editDistance(target, folded)
      if distance > threshold, folded.count > target.count, folded.starts(with: target) {
        distance = threshold
      }
      if distance <= threshold { scored.append((distance, candidate)) }
    }
    scored.sort {
      $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate
    }
    return Array(scored.prefix(limit).map(\.candidate))
  }

  /// Lower-cases and removes diacritics, so `Åmål` and `amal` compare equal.
  public static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Edit distance where swapping two neighbouring characters counts as one edit
  /// (optimal string alignment), since `titel` for `title` is one slip, not two.
  static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[rhs.count]
  }
}
