/// SplitMix64 (Steele, Lea and Flood): a small seeded random generator, so that
/// generated example data and generated tests are the same on every run and platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  /// The generator's state.
  public var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`; the slight modulo bias does not matter for test data.
  public mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  /// One of `choices`.
  public mutating func pick<T>(_ choices: [T]) -> T {
    choices[below(choices.count)]
  }

  /// `true` with probability `share` (0–1).
  public mutating func chance(_ share: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < share
  }
}
