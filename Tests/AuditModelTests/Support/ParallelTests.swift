import Testing

@testable import AuditModel

struct ParallelTests {
  @Test(arguments: [0, 1, 2, 63, 64, 65, 1_000])
  func mapKeepsTheInputOrder(_ count: Int) {
    let inputs = Array(0..<count)
    let work: @Sendable (Int) -> String = { value in
      // Uneven work, so that a later input can finish first.
      (0..<(value % 7) * 500).reduce(0) { $0 &+ $1 } >= 0 ? "svar \(value)" : ""
    }
    #expect(Parallel.map(inputs, work) == inputs.map(work))
  }

  @Test(arguments: [0, 1, 64, 65, 200])
  func forEachHandsOnEveryResultInOrder(_ count: Int) {
    var seen: [Int] = []
    Parallel.forEach(Array(0..<count), batchSize: 64) {
      $0 * 2
    } consume: {
      seen.append($0)
    }
    #expect(seen == (0..<count).map { $0 * 2 })
  }
}
