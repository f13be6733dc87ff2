/// Plain-text tables for the terminal, columns padded to their widest cell.
public enum TextTable {
  /// Renders `rows` under `headers`, two spaces between columns, a dashed rule
  /// under the header. Line breaks inside a cell become spaces.
  public static func render(headers: [String], rows: [[String]]) -> String {
    let clean = rows.map { $0.map { $0.replacingOccurrences(of: "\n", with: " ") } }
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

/// Markdown helpers: tables and escaping of text that must stay text.
public enum Markdown {
  /// Escapes characters that Markdown or HTML would read as markup, so user text
  /// (comments, organisation names) always shows as written.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "{", "}":
        out.append("\\")
        out.append(character)
      case "<":
        out.append("&lt;")
      case ">":
        out.append("&gt;")
      case "&":
        out.append("&amp;")
      case "\r":
        continue
      case "\n":
        out.append(" ")
      default:
        out.append(character)
      }
    }
    return out
  }

  /// A pipe table; cells are escaped.
  public static func table(headers: [String], rows: [[String]]) -> String {
    var out = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
    out += "|" + headers.map { _ in " --- |" }.joined() + "\n"
    for row in rows {
      out += "| " + row.map(escape).joined(separator: " | ") + " |\n"
    }
    return out
  }
}
