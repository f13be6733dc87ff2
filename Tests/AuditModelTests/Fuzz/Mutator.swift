import AuditModel

/// The shape of a fixture, which decides how structure-aware mutations damage it.
enum FuzzFormat: Sendable {
  /// Separated values; `separator` is the one the fixture uses.
  case csv(separator: UInt8)
  /// JSON.
  case json
}

/// One way a file gets damaged: by a spreadsheet, an editor, a transfer or on purpose.
enum Mutation: String, CaseIterable, Sendable {
  case truncate
  case randomBytes
  case overwriteBytes
  case nul
  case invalidUTF8
  case windows1252
  case hugeField
  case manyColumns
  case deepNesting
  case bomInMiddle
  case mixedLineEndings
  case duplicateLines
  case deleteLines
  case swapLines
  case swapSeparators
  case structuralByte
  case oddValue

  /// Whether the mutation builds an input of tens or hundreds of kilobytes. These are
  /// kept to a small share of the cases, so that the whole run stays fast.
  var isLarge: Bool {
    switch self {
    case .hugeField, .manyColumns, .deepNesting: return true
    default: return false
    }
  }

  /// How often the mutation is picked, relative to the other ones of its size.
  var weight: Int {
    switch self {
    case .oddValue: return 10
    case .truncate, .structuralByte, .swapSeparators: return 6
    default: return 4
    }
  }
}

/// Damages valid files in seeded, replayable ways.
///
/// Every choice comes from one ``SeededGenerator``, so the same seed always gives the
/// same bytes and the same list of applied mutations.
struct Mutator {
  /// The source of every random choice.
  var random: SeededGenerator

  /// Creates a mutator for one case.
  init(seed: UInt64) {
    random = SeededGenerator(seed: seed)
  }

  /// The share of cases that get one large mutation (see ``Mutation/isLarge``).
  static let largeShare = 0.008

  /// Applies one to three mutations to `bytes`, in about 0.8 % of the cases starting
  /// with a large one.
  /// - Returns: the damaged bytes and a readable name for every mutation applied.
  mutating func mutate(_ bytes: [UInt8], format: FuzzFormat) -> (bytes: [UInt8], applied: [String])
  {
    var result = bytes
    var applied: [String] = []
    let large = random.chance(Self.largeShare)
    let rounds = 1 + (random.chance(0.4) ? 1 : 0) + (random.chance(0.15) ? 1 : 0)
    for round in 0..<rounds {
      let mutation = pickMutation(large: large && round == 0)
      applied.append(apply(mutation, to: &result, format: format))
    }
    return (result, applied)
  }

  /// A large or an ordinary mutation, picked by weight.
  mutating func pickMutation(large: Bool) -> Mutation {
    let choices = Mutation.allCases.filter { $0.isLarge == large }
    let total = choices.reduce(0) { $0 + $1.weight }
    var ticket = random.below(total)
    for mutation in choices {
      if ticket < mutation.weight { return mutation }
      ticket -= mutation.weight
    }
    return .truncate
  }

  /// Applies `mutation` and describes what it did, e.g. `truncate(at: 120)`.
  mutating func apply(_ mutation: Mutation, to bytes: inout [UInt8], format: FuzzFormat)
    -> String
  {
    switch mutation {
    case .truncate:
      let cut = random.below(bytes.count + 1)
      bytes.removeSubrange(cut...)
      return "truncate(at: \(cut))"
    case .randomBytes:
      let count = 1 + random.below(32)
      let at = random.below(bytes.count + 1)
      bytes.insert(
        contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
      return "randomBytes(\(count), at: \(at))"
    case .overwriteBytes:
      guard !bytes.isEmpty else { return "overwriteBytes(none)" }
      let count = 1 + random.below(16)
      for _ in 0..<count {
        bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
      }
      return "overwriteBytes(\(count))"
    case .nul:
      let count = 1 + random.below(3)
      for _ in 0..<count { bytes.insert(0, at: random.below(bytes.count + 1)) }
      return "nul(\(count))"
    case .invalidUTF8:
      let sequence = random.pick(Self.invalidUTF8)
      let at = random.below(bytes.count + 1)
      bytes.insert(contentsOf: sequence, at: at)
      return "invalidUTF8(\(sequence), at: \(at))"
    case .windows1252:
      bytes = Self.windows1252(bytes)
      return "windows1252"
    case .hugeField:
      return hugeField(&bytes, format: format)
    case .manyColumns:
      return manyColumns(&bytes, format: format)
    case .deepNesting:
      return deepNesting(&bytes)
    case .bomInMiddle:
      let lines = Self.lines(bytes)
      let at =
        random.chance(0.5)
        ? Self.offset(ofLine: random.below(lines.count + 1), in: lines)
        : random.below(bytes.count + 1)
      bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: at)
      return "bomInMiddle(at: \(at))"
    case .mixedLineEndings:
      let endings: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D]]
      bytes = Self.lines(bytes).flatMap { line -> [UInt8] in
        Self.content(of: line) + (Self.hasBreak(line) ? random.pick(endings) : [])
      }
      return "mixedLineEndings"
    case .duplicateLines:
      var lines = Self.lines(bytes)
      guard !lines.isEmpty else { return "duplicateLines(none)" }
      let index = random.below(lines.count)
      let copies = random.chance(0.2) ? 50 + random.below(200) : 1 + random.below(3)
      var line = lines[index]
      if !Self.hasBreak(line) { line.append(0x0A) }
      lines.insert(contentsOf: Array(repeating: line, count: copies), at: index)
      bytes = Array(lines.joined())
      return "duplicateLines(line: \(index + 1), copies: \(copies))"
    case .deleteLines:
      var lines = Self.lines(bytes)
      guard !lines.isEmpty else { return "deleteLines(none)" }
      let index = random.below(lines.count)
      let count = min(lines.count - index, 1 + random.below(4))
      lines.removeSubrange(index..<(index + count))
      bytes = Array(lines.joined())
      return "deleteLines(line: \(index + 1), count: \(count))"
    case .swapLines:
      var lines = Self.lines(bytes)
      guard lines.count > 1 else { return "swapLines(none)" }
      let first = random.below(lines.count)
      let second = random.below(lines.count)
      lines.swapAt(first, second)
      bytes = Array(lines.joined())
      return "swapLines(\(first + 1), \(second + 1))"
    case .swapSeparators:
      return swapSeparators(&bytes, format: format)
    case .structuralByte:
      let token = random.pick(Self.structuralTokens)
      let at = random.below(bytes.count + 1)
      bytes.insert(contentsOf: Array(token.utf8), at: at)
      return "structuralByte(\(token.debugDescription), at: \(at))"
    case .oddValue:
      return oddValue(&bytes, format: format)
    }
  }

  // MARK: - Mutations that know the format

  /// Puts a field or string of at least 200 000 characters somewhere, now and then one
  /// just under the CSV field limit, so that the huge text also reaches the validator.
  mutating func hugeField(_ bytes: inout [UInt8], format: FuzzFormat) -> String {
    let unit = random.pick(["x", "å", "7", " ", "19121212-1212 ", "e\u{301}"])
    let length = random.chance(0.2) ? 99_000 : 200_000 + random.below(50_000)
    let repeats = max(1, length / unit.unicodeScalars.count)
    let text = Array(String(repeating: unit, count: repeats).utf8)
    let style = random.below(3)
    var inserted: [UInt8]
    switch (format, style) {
    case (_, 0): inserted = text
    case (.csv, 1): inserted = [0x22] + text + [0x22]
    case (.csv, _): inserted = [0x22] + text  // never closed
    case (.json, 1): inserted = [0x22] + text + [0x22]
    case (.json, _):
      if let string = randomStringContent(bytes) {
        bytes.replaceSubrange(string, with: text)
        return "hugeField(\(unit.debugDescription) × \(repeats), replacing a JSON string)"
      }
      inserted = text
    }
    let at = random.below(bytes.count + 1)
    bytes.insert(contentsOf: inserted, at: at)
    return "hugeField(\(unit.debugDescription) × \(repeats), style: \(style), at: \(at))"
  }

  /// Gives one CSV line, or the JSON root object, thousands of extra columns.
  mutating func manyColumns(_ bytes: inout [UInt8], format: FuzzFormat) -> String {
    let count = random.pick([990, 999, 1_000, 1_001, 2_000, 3_000, 5_000])
    switch format {
    case .csv(let separator):
      var lines = Self.lines(bytes)
      guard !lines.isEmpty else { return "manyColumns(none)" }
      let index = random.below(lines.count)
      let empty = random.chance(0.5)
      let extra = (0..<count).flatMap { column -> [UInt8] in
        [separator] + (empty ? [] : Array("k\(column)".utf8))
      }
      let line = lines[index]
      lines[index] = Self.content(of: line) + extra + Self.lineBreak(of: line)
      bytes = Array(lines.joined())
      return "manyColumns(\(count), line: \(index + 1), empty: \(empty))"
    case .json:
      guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else {
        return "manyColumns(none)"
      }
      // Every unknown key is a diagnostic with a suggestion; 3 000 of them are plenty.
      let members = (0..<min(count, 3_000)).flatMap { Array("\"k\($0)\":\($0),".utf8) }
      bytes.insert(contentsOf: members, at: brace + 1)
      return "manyColumns(\(min(count, 3_000)) JSON members)"
    }
  }

  /// Inserts 10 000 levels of arrays or objects, closed or not.
  mutating func deepNesting(_ bytes: inout [UInt8]) -> String {
    let depth = 10_000
    let objects = random.chance(0.5)
    let open: [UInt8] = objects ? Array("{\"a\":".utf8) : [UInt8(ascii: "[")]
    let close: [UInt8] = objects ? [UInt8(ascii: "}")] : [UInt8(ascii: "]")]
    let closed = random.chance(0.5)
    var nested = Array([[UInt8]](repeating: open, count: depth).joined())
    nested += objects ? Array("1".utf8) : []
    if closed { nested += Array([[UInt8]](repeating: close, count: depth).joined()) }
    let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
    let at =
      !colons.isEmpty && random.chance(0.7)
      ? random.pick(colons) + 1 : random.below(bytes.count + 1)
    bytes.insert(contentsOf: nested, at: at)
    return "deepNesting(\(depth), objects: \(objects), closed: \(closed), at: \(at))"
  }

  /// Swaps the separator for another one, in the whole file or in one line; for JSON,
  /// swaps commas, colons and brackets.
  mutating func swapSeparators(_ bytes: inout [UInt8], format: FuzzFormat) -> String {
    let pairs: [(UInt8, UInt8)]
    switch format {
    case .csv(let separator):
      let others = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: "|")]
        .filter { $0 != separator }
      pairs = [(separator, random.pick(others))]
    case .json:
      pairs = random.pick([
        [(UInt8(ascii: ","), UInt8(ascii: ":"))], [(UInt8(ascii: ":"), UInt8(ascii: ","))],
        [(UInt8(ascii: "["), UInt8(ascii: "{"))], [(UInt8(ascii: "}"), UInt8(ascii: "]"))],
        [(UInt8(ascii: ","), UInt8(ascii: ";"))],
      ])
    }
    let wholeFile = random.chance(0.5)
    var range = bytes.startIndex..<bytes.endIndex
    if !wholeFile {
      let lines = Self.lines(bytes)
      let line = random.below(max(lines.count, 1))
      let start = Self.offset(ofLine: line, in: lines)
      range = start..<(start + (lines.isEmpty ? 0 : lines[line].count))
    }
    for index in range {
      for (from, to) in pairs where bytes[index] == from { bytes[index] = to }
    }
    let shown = pairs.map {
      "\(Character(Unicode.Scalar($0.0)))→\(Character(Unicode.Scalar($0.1)))"
    }
    return "swapSeparators(\(shown.joined()), wholeFile: \(wholeFile))"
  }

  /// Replaces one value with a text that tests the checks: a near-miss answer, an
  /// impossible date, a personnummer, a control character, an empty value.
  mutating func oddValue(_ bytes: inout [UInt8], format: FuzzFormat) -> String {
    let value = random.pick(Self.oddValues)
    switch format {
    case .csv(let separator):
      var lines = Self.lines(bytes)
      guard !lines.isEmpty else { return "oddValue(none)" }
      let index = random.below(lines.count)
      let line = lines[index]
      var fields = Self.content(of: line).split(
        separator: separator, omittingEmptySubsequences: false)
      let column = random.below(fields.count)
      let quoted = random.chance(0.3)
      let escaped = Array(value.utf8).flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }
      fields[column] = ArraySlice(quoted ? [0x22] + escaped + [0x22] : Array(value.utf8))
      lines[index] = Array(fields.joined(separator: [separator])) + Self.lineBreak(of: line)
      bytes = Array(lines.joined())
      return "oddValue(\(value.debugDescription), line: \(index + 1), column: \(column + 1))"
    case .json:
      guard let range = randomStringContent(bytes) else { return "oddValue(none)" }
      if random.chance(0.25) {
        let literal = random.pick(Self.oddJSONValues)
        bytes.replaceSubrange(
          (range.lowerBound - 1)..<(range.upperBound + 1), with: Array(literal.utf8))
        return "oddValue(JSON \(literal), at: \(range.lowerBound - 1))"
      }
      bytes.replaceSubrange(range, with: Array(Self.jsonEscaped(value).utf8))
      return "oddValue(\(value.debugDescription), at: \(range.lowerBound))"
    }
  }

  /// The content of a random `"…"` string in `bytes` (between the quotes), if any.
  mutating func randomStringContent(_ bytes: [UInt8]) -> Range<Int>? {
    var quotes: [Int] = []
    var escaped = false
    for (index, byte) in bytes.enumerated() {
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        quotes.append(index)
      }
    }
    guard quotes.count >= 2 else { return nil }
    let pair = random.below(quotes.count / 2)
    return (quotes[2 * pair] + 1)..<quotes[2 * pair + 1]
  }

  // MARK: - Byte helpers

  /// The lines of `bytes`, each with its line break (LF, CRLF or CR) if it has one.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        lines.append(Array(bytes[start...index]))
        start = index + 1
      }
      index += 1
    }
    if start < bytes.count { lines.append(Array(bytes[start...])) }
    return lines
  }

  /// Whether a line from ``lines(_:)`` ends in a line break.
  static func hasBreak(_ line: [UInt8]) -> Bool {
    line.last == 0x0A || line.last == 0x0D
  }

  /// A line without its line break.
  static func content(of line: [UInt8]) -> [UInt8] {
    var end = line.count
    while end > 0, line[end - 1] == 0x0A || line[end - 1] == 0x0D { end -= 1 }
    return Array(line[..<end])
  }

  /// The line break that ends a line from ``lines(_:)``; empty for the last line.
  static func lineBreak(of line: [UInt8]) -> [UInt8] {
    Array(line.suffix(line.count - content(of: line).count))
  }

  /// The byte offset where line `index` (0-based) starts; the end for `lines.count`.
  static func offset(ofLine index: Int, in lines: [[UInt8]]) -> Int {
    lines.prefix(index).reduce(0) { $0 + $1.count }
  }

  /// `bytes` read as UTF-8 and written as Windows-1252, as Swedish Excel saves CSV;
  /// characters it cannot hold become `?`.
  static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.map { scalar in
      scalar.value < 0x100 ? UInt8(scalar.value) : UInt8(ascii: "?")
    }
  }

  /// A JSON string body for `text`.
  static func jsonEscaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Byte sequences that are never valid UTF-8.
  static let invalidUTF8: [[UInt8]] = [
    [0x80], [0xBF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xFE],
    [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0xF8, 0x88, 0x80, 0x80, 0x80],
  ]

  /// Text that means something to a CSV or JSON parser.
  static let structuralTokens = [
    "\"", "\"\"", ";", ",", "\t", "\n", "\r", "\r\n", "{", "}", "[", "]", ":", "\\", "\\u12",
    "\\ud800", "//", "/*", "-", "1e", "tru", "nul", "\u{FEFF}", "\u{2028}", "\u{85}",
  ]

  /// Values that exercise the validator rather than the parser.
  static let oddValues = [
    "", " ", "ja", " JA ", "Delvis", "nej", "vet ej", "  Vet   EJ ", "ej aktuellt", "jaa",
    "nja", "0", "-1", "1,5", "1 200", "1e309", "-0", "NaN", "∞", "١٢", "2025-02-29",
    "2024-02-29", "2025-13-01", "0000-01-01", "9999-12-31", "2025-09-01", "2007-01-01",
    "2100-01-01", "19121212-1212", "121212+1212", "191212121212", "1490", "1490 ", "0114",
    "9999", "Boras", "kommun", "civilsamhälle", "Civilsamhalle", "D001", "D001-1", "d001-1",
    "D999-9", "fråga-id", "svar", "undantag: plikt-id", "plikt-id", "\u{FEFF}", "\u{0}",
    "\u{7}", "\"", "a\nb", "a\r\nb", "a\n\n19121212-1212", "💥", "e\u{301}", "\u{202E}",
    String(repeating: "é", count: 300),
    String(repeating: "9", count: 400),
  ]

  /// JSON values of the wrong kind or at the edge of what numbers can hold.
  static let oddJSONValues = [
    "null", "true", "false", "0", "-0", "1e999", "-1e-999", "123456789012345678901234567890",
    "[]", "{}", "[[[[[]]]]]", "{\"a\":{\"b\":[]}}", "\"\\ud800\"", "\"\\ud800\\u0041\"",
    "\"\\u0000\"", "\"\\udc00x\"",
  ]
}
