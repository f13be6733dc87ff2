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

  /// A bucket of the fulfilment scale: its range, background colour and label.
  public struct Band: Sendable {
    /// Lowest value in the band.
    public var from: Double
    /// Background colour.
    public var colour: String
    /// Swedish label for the legend.
    public var label: String
  }

  /// The fulfilment scale. Colour always means fulfilment of the duties, never rank;
  /// every coloured cell also shows its number, and all colours are light enough for
  /// black text (contrast above 12:1).
  public static let bands: [Band] = [
    Band(from: 80, colour: "#a6d9a0", label: "80–100 %"),
    Band(from: 60, colour: "#d4ecbf", label: "60–79 %"),
    Band(from: 40, colour: "#fff0a8", label: "40–59 %"),
    Band(from: 20, colour: "#fbd3a6", label: "20–39 %"),
    Band(from: 0, colour: "#f5b5ae", label: "0–19 %"),
  ]

  /// The colour for a fulfilment value; light grey for none.
  public static func colour(_ value: Double?) -> String {
    guard let value else { return "#e6e6e6" }
    return bands.first { value >= $0.from }?.colour ?? "#f5b5ae"
  }

  /// The colour legend as an HTML list.
  public static var legend: String {
    var out = "<ul class=\"legend\" aria-label=\"Färgskala för uppfyllelse\">"
    for band in bands {
      out += "<li><span class=\"swatch\" style=\"background:\(band.colour)\"></span>"
      out += "\(band.label)</li>"
    }
    out += "<li><span class=\"swatch\" style=\"background:#e6e6e6\"></span>saknar svar</li></ul>"
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
    figure { margin: 1rem 0; }
    @page { size: A4; margin: 18mm 16mm; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; }
      h2 { break-after: avoid; } table, figure { break-inside: avoid; }
      .page-break { break-before: page; }
    }
    """

  /// A complete, self-contained HTML5 page in Swedish.
  public static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="sv">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(stylesheet)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }
}
