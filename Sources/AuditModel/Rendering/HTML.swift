/// Small helpers for the self-contained HTML the tool writes: escaping, the page
/// frame with inline CSS, and the fulfilment colour scale.
public enum HTML {
  /// Escapes text so that it is shown as written, never read as markup.
  public static func escape(_ text: String) -> String {
    // Byte by byte: the five characters are ASCII, and a browser reads them as markup even
    // when a combining mark follows (as in `"\u{301}`), which a check per Character misses.
    let special: (UInt8) -> Bool = { byte in
      byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
    guard text.utf8.contains(where: special) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22: out += Array("&quot;".utf8)
      case 0x27: out += Array("&#39;".utf8)
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A bucket of the fulfilment scale: its range, background colour, text colour and label.
  public struct Band: Sendable {
    /// Lowest value in the band.
    public var from: Double
    /// Background colour.
    public var colour: String
    /// Text colour on the background (black or white, contrast at least 4.5:1).
    public var text: String
    /// Swedish label for the legend.
    public var label: String
  }

  /// The fulfilment scale, from light yellow (high) through green and blue to dark blue
  /// (low): neighbouring steps differ by at least 15 units of CIE lightness, also as seen
  /// with protanopia or deuteranopia, so the scale reads in greyscale and for red-green
  /// colour-blind readers. Colour always means fulfilment, never rank, and every cell also
  /// shows its number.
  public static let bands: [Band] = [
    Band(from: 80, colour: "#fff6bf", text: "#000000", label: "80–100 %"),
    Band(from: 60, colour: "#a9cc8c", text: "#000000", label: "60–79 %"),
    Band(from: 40, colour: "#5f9caf", text: "#000000", label: "40–59 %"),
    Band(from: 20, colour: "#3f6aa3", text: "#ffffff", label: "20–39 %"),
    Band(from: 0, colour: "#1c2c66", text: "#ffffff", label: "0–19 %"),
  ]

  /// The background of a cell with no applicable duty ("–"): plain white.
  public static let notApplicableColour = "#ffffff"

  /// The background of a municipality that has not answered: a hatch pattern, so that it
  /// differs from "–" and from every band also in greyscale print.
  public static let missingPattern =
    "repeating-linear-gradient(45deg, #ffffff, #ffffff 4px, #c8c8c8 4px, #c8c8c8 6px)"

  /// The band of a fulfilment value.
  public static func band(_ value: Double) -> Band {
    bands.first { value >= $0.from } ?? bands[bands.count - 1]
  }

  /// The colour for a fulfilment value; white for none.
  public static func colour(_ value: Double?) -> String {
    guard let value else { return notApplicableColour }
    return band(value).colour
  }

  /// The inline style of a heat-map cell: band colours, the hatch for "saknar svar", white
  /// for "–".
  public static func cellStyle(_ value: Double?, missing: Bool) -> String {
    if missing { return "background:\(missingPattern);color:#000000" }
    guard let value else { return "background:\(notApplicableColour);color:#000000" }
    let band = band(value)
    return "background:\(band.colour);color:\(band.text)"
  }

  /// The colour legend as an HTML list.
  public static var legend: String {
    var out = "<ul class=\"legend\" aria-label=\"Färgskala för uppfyllelse\">"
    for band in bands {
      out += "<li><span class=\"swatch\" style=\"background:\(band.colour)\"></span>"
      out += "\(band.label)</li>"
    }
    out += "<li><span class=\"swatch\" style=\"background:\(missingPattern)\"></span>"
    out += "saknar svar (randigt)</li>"
    out += "<li><span class=\"swatch\" style=\"background:\(notApplicableColour)\"></span>"
    out += "– ingen plikt i området gäller</li></ul>"
    return out
  }

  /// The shared stylesheet: readable on screen, A4 in print.
  public static let stylesheet = """
    body { font-family: "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff;
      max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2rem; }
    h3 { font-size: 1.1rem; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
    th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.5rem; text-align: left;
      vertical-align: top; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.heatmap th, table.heatmap td { padding: 0.2rem 0.3rem; font-size: 0.78rem; }
    thead th { background: #f0f0f0; }
    .notice { border: 2px solid #1a1a1a; padding: 0.5rem 1rem; background: #fffbe6; }
    .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
    .swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #555;
      margin-right: 0.3rem; vertical-align: middle; }
    .small { font-size: 0.85rem; color: #333; }
    table.heatmap td .small { color: inherit; }
    figure { margin: 1rem 0; }
    @page { size: A4; margin: 18mm 16mm; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      td, .swatch { -webkit-print-color-adjust: exact; }
      h2 { break-after: avoid; } table, figure { break-inside: avoid; }
      .page-break { break-before: page; }
    }
    """

  /// A complete, self-contained HTML5 page in Swedish; `style` is added after the shared
  /// stylesheet (for example the landscape page of the comparison).
  public static func page(title: String, body: String, style: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="sv">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(stylesheet)\(style)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }
}
