/// Plain-text tables for the terminal, columns padded to their widest cell.
public enum TextTable {
  /// Renders `rows` under `headers`, two spaces between columns, a dashed rule
  /// under the header. Line breaks inside a cell become spaces.
  public static func render(headers: [String], rows: [[String]]) -> String {
    // Only a cell with a line feed is changed (Foundation's replacing is slow on Linux).
    let clean = rows.map {
      $0.map { $0.utf8.contains(0x0A) ? $0.replacingOccurrences(of: "\n", with: " ") : $0 }
    }
    var widths = headers.map(\.count)
    for row in clean {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let isLast = index == cells.count - 1
        parts.append(
          isLast ? cell : cell + String(repeating: " ", count: widths[index] - cell.count))
      }
      return parts.joined(separator: "  ") + "\n"
    }
    var out = line(headers)
    out += line(widths.map { String(repeating: "-", count: $0) })
    for row in clean { out += line(row) }
    return out
  }
}
