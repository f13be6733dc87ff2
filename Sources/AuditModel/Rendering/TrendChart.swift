/// A small line chart of one municipality's total fulfilment per round, with the county
/// median as a dashed line. It is always shown beside a table of the same values.
public enum TrendChart {
  /// One round of the trend.
  public struct Point: Hashable, Sendable {
    /// The round in words, e.g. `hösten 2026`.
    public var label: String
    /// The municipality's total fulfilment, or `nil` when it did not answer.
    public var value: Double?
    /// The county median that round.
    public var median: Double?

    /// Creates a point.
    public init(label: String, value: Double?, median: Double?) {
      self.label = label
      self.value = value
      self.median = median
    }
  }

  /// An accessible inline SVG; `name` is the municipality.
  public static func svg(_ points: [Point], name: String) -> String {
    guard points.count > 1 else { return "" }
    let left = 40
    let top = 14
    let plotWidth = 90 * (points.count - 1)
    let plotHeight = 100
    let width = max(left + plotWidth + 50, 300)
    let height = top + plotHeight + 34
    func x(_ index: Int) -> Int { left + 20 + index * (plotWidth - 20) / (points.count - 1) }
    func y(_ value: Double) -> Int {
      top + Int(((100 - value) / 100 * Double(plotHeight)).rounded())
    }
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
    out += "aria-labelledby=\"trend-title trend-desc\" width=\"\(width)\" height=\"\(height)\" "
    out += "viewBox=\"0 0 \(width) \(height)\" font-family=\"Arial, sans-serif\" font-size=\"11\">"
    out += "<title id=\"trend-title\">Uppfyllelse per omgång för \(HTML.escape(name))</title>"
    out += "<desc id=\"trend-desc\">\(HTML.escape(text(points, name: name)))</desc>"
    for tick in [0, 50, 100] {
      let ty = y(Double(tick))
      out += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(left + plotWidth + 30)\" y2=\"\(ty)\" "
      out += "stroke=\"#bbb\"/>"
      out += "<text x=\"\(left - 4)\" y=\"\(ty + 4)\" text-anchor=\"end\">\(tick) %</text>"
    }
    let medians = points.enumerated().compactMap { index, point in
      point.median.map { "\(x(index)),\(y($0))" }
    }
    if medians.count > 1 {
      out += "<polyline points=\"\(medians.joined(separator: " "))\" fill=\"none\" "
      out += "stroke=\"#555\" stroke-dasharray=\"4 3\"/>"
    }
    let values = points.enumerated().compactMap { index, point in
      point.value.map { "\(x(index)),\(y($0))" }
    }
    if values.count > 1 {
      out += "<polyline points=\"\(values.joined(separator: " "))\" fill=\"none\" "
      out += "stroke=\"#000\" stroke-width=\"2\"/>"
    }
    for (index, point) in points.enumerated() {
      out += "<text x=\"\(x(index))\" y=\"\(top + plotHeight + 16)\" text-anchor=\"middle\">"
      out += "\(HTML.escape(point.label))</text>"
      guard let value = point.value else {
        out += "<text x=\"\(x(index))\" y=\"\(y(0) - 6)\" text-anchor=\"middle\">saknar svar</text>"
        continue
      }
      out += "<circle cx=\"\(x(index))\" cy=\"\(y(value))\" r=\"4\" fill=\"#000\"/>"
      out += "<text x=\"\(x(index))\" y=\"\(y(value) - 8)\" text-anchor=\"middle\" "
      out += "font-weight=\"bold\">\(SwedishNumber.oneDecimal(value))</text>"
    }
    out += "<text x=\"4\" y=\"\(height - 2)\">Heldragen: kommunen. Streckad: länets "
    out += "median.</text></svg>"
    return out
  }

  /// The chart in words, with every value.
  public static func text(_ points: [Point], name: String) -> String {
    let parts = points.map { point in
      let value = point.value.map { "\(SwedishNumber.oneDecimal($0)) %" } ?? "inget svar"
      let median = point.median.map { " (länets median \(SwedishNumber.oneDecimal($0)) %)" } ?? ""
      return "\(point.label): \(value)\(median)"
    }
    return "Uppfyllelse för \(name) per omgång: \(parts.joined(separator: "; "))."
  }
}
