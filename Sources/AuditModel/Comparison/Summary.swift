/// The spread of one figure across a county's municipalities: median and quartiles,
/// computed over the municipalities that have a figure (missing responses never count
/// as zero).
public struct Summary: Hashable, Sendable, Codable {
  /// How many values.
  public var count: Int
  /// Smallest value.
  public var minimum: Double?
  /// Lower quartile.
  public var lowerQuartile: Double?
  /// Median.
  public var median: Double?
  /// Upper quartile.
  public var upperQuartile: Double?
  /// Largest value.
  public var maximum: Double?

  /// Summarises `values`. Quartiles use linear interpolation between the sorted values
  /// at position p·(n − 1) (Excel's KVARTIL.INK / QUARTILE.INC), so the median of an even
  /// count is the mean of the two middle values.
  public init(_ values: [Double]) {
    let sorted = values.sorted()
    count = sorted.count
    minimum = sorted.first
    maximum = sorted.last
    lowerQuartile = Summary.quantile(sorted, 0.25)
    median = Summary.quantile(sorted, 0.5)
    upperQuartile = Summary.quantile(sorted, 0.75)
  }

  /// The `p` quantile of sorted values, or `nil` when there are none.
  public static func quantile(_ sorted: [Double], _ p: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let position = p * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    let fraction = position - Double(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
  }
}
