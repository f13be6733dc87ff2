/// The national shares of the Öppna jämförelser indicators (ÖJ VNR) that questions of the
/// model match (`checklists/model/oj-andelar.json`), by year. Only the fictional example data
/// use them; scoring never does.
public struct OJShares: Hashable, Sendable {
  /// The file in the model folder.
  public static let file = "oj-andelar.json"

  /// One indicator a question matches.
  public struct Indicator: Hashable, Sendable {
    /// The question id.
    public var question: String
    /// The indicator's name, e.g. "ÖJ 4: rutin för skolgång i skyddat boende".
    public var indicator: String
    /// The national share (0–1) by year, oldest first.
    public var shares: [Share]

    /// Creates an indicator.
    public init(question: String, indicator: String, shares: [Share]) {
      self.question = question
      self.indicator = indicator
      self.shares = shares
    }
  }

  /// One year's national share.
  public struct Share: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The share of municipalities that meet the indicator, 0–1.
    public var share: Double

    /// Creates a share.
    public init(year: Int, share: Double) {
      self.year = year
      self.share = share
    }
  }

  /// The indicators, in file order.
  public var indicators: [Indicator]

  /// Creates the shares.
  public init(indicators: [Indicator]) {
    self.indicators = indicators
  }

  /// The share for `question` in `year`: the latest year up to it, or the earliest year
  /// before the series starts; `nil` when the question matches no indicator.
  public func share(for question: String, in year: Int) -> Double? {
    guard let shares = indicators.first(where: { $0.question == question })?.shares,
      let first = shares.first
    else { return nil }
    return shares.last { $0.year <= year }?.share ?? first.share
  }
}
