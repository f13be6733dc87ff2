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
