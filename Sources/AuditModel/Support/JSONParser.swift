/// Parses JSON into ``JSONNode`` trees that keep line and column of every value.
///
/// Accepts strict JSON plus, when `allowsComments` is set, whole-line and trailing
/// `//` comments, so that the model files can carry Swedish notes for domain
/// experts. A UTF-8 byte-order mark is skipped.
public struct JSONParser: Sendable {
  /// The deepest nesting accepted before the parser gives up with an error.
  public var maximumDepth: Int
  /// Whether `//` comments are accepted where white space is.
  public var allowsComments: Bool
  /// The most values (objects, arrays, texts, numbers, literals) one document may hold.
  public var maximumValues: Int

  /// Creates a parser.
  public init(maximumDepth: Int = 64, allowsComments: Bool = true, maximumValues: Int = 100_000) {
    self.maximumDepth = maximumDepth
    self.allowsComments = allowsComments
    self.maximumValues = maximumValues
  }

  /// Parses a complete JSON document.
  /// - Parameter text: the document.
  /// - Returns: the root node.
  public func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    var scanner = Scanner(bytes: Array(text.utf8), parser: self)
    return try scanner.document()
  }
}

private struct Scanner {
  let bytes: [UInt8]
  let parser: JSONParser
  var index = 0
  var line = 1
  var column = 1
  var values = 0

  init(bytes: [UInt8], parser: JSONParser) {
    self.bytes = bytes
    self.parser = parser
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  mutating func document() throws(JSONSyntaxError) -> JSONNode {
    try skipSpace()
    guard current != nil else {
      throw JSONSyntaxError("filen är tom — den ska innehålla ett JSON-objekt", at: position)
    }
    let node = try value(depth: 0)
    try skipSpace()
    if current != nil {
      throw JSONSyntaxError(
        "oväntad text efter JSON-dokumentets slut — ta bort den eller kontrollera klamrarna",
        at: position)
    }
    return node
  }

  mutating func skipSpace() throws(JSONSyntaxError) {
    while let byte = current {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D:
        advance()
      case UInt8(ascii: "/") where parser.allowsComments:
        let start = position
        advance()
        guard current == UInt8(ascii: "/") else {
          throw JSONSyntaxError("en kommentar börjar med // — skriv två snedstreck", at: start)
        }
        while let next = current, next != 0x0A { advance() }
      default:
        return
      }
    }
  }

  mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard depth < parser.maximumDepth else {
      throw JSONSyntaxError(
        "för djup nästling (mer än \(parser.maximumDepth) nivåer) — förenkla filen", at: position)
    }
    values += 1
    guard values <= parser.maximumValues else {
      throw JSONSyntaxError(
        "filen har fler än \(parser.maximumValues) värden — kontrollera att det är rätt fil",
        at: position)
    }
    let start = position
    guard let byte = current else {
      throw JSONSyntaxError("filen tar slut mitt i ett värde — kontrollera klamrarna", at: start)
    }
    switch byte {
    case UInt8(ascii: "{"): return JSONNode(try object(depth: depth), at: start)
    case UInt8(ascii: "["): return JSONNode(try array(depth: depth), at: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try string()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try number()), at: start)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONNode(.null, at: start)
    default:
      throw JSONSyntaxError(
        "väntade ett värde (text inom \"\", tal, true, false, null, [ eller {)", at: start)
    }
  }

  mutating func literal(_ word: String) throws(JSONSyntaxError) {
    let start = position
    for expected in word.utf8 {
      guard current == expected else {
        throw JSONSyntaxError(
          "okänt ord — skriv text inom citattecken, eller true, false eller null", at: start)
      }
      advance()
    }
  }

  mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    advance()
    var members: [JSONMember] = []
    try skipSpace()
    if current == UInt8(ascii: "}") {
      advance()
      return .object(members)
    }
    while true {
      try skipSpace()
      let keyPosition = position
      guard current == UInt8(ascii: "\"") else {
        let hint =
          current == UInt8(ascii: "}")
          ? "ta bort kommatecknet före }" : "nyckeln ska stå inom citattecken"
        throw JSONSyntaxError("väntade en nyckel — \(hint)", at: keyPosition)
      }
      let key = try string()
      try skipSpace()
      guard current == UInt8(ascii: ":") else {
        throw JSONSyntaxError("väntade : efter nyckeln \"\(key)\"", at: position)
      }
      advance()
      try skipSpace()
      let node = try value(depth: depth + 1)
      members.append(JSONMember(key: key, keyPosition: keyPosition, node: node))
      try skipSpace()
      switch current {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "}"):
        advance()
        return .object(members)
      default:
        throw JSONSyntaxError("väntade , eller } efter värdet för \"\(key)\"", at: position)
      }
    }
  }

  mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    advance()
    var elements: [JSONNode] = []
    try skipSpace()
    if current == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      try skipSpace()
      if current == UInt8(ascii: "]") {
        throw JSONSyntaxError("ta bort kommatecknet före ]", at: position)
      }
      elements.append(try value(depth: depth + 1))
      try skipSpace()
      switch current {
      case UInt8(ascii: ","):
        advance()
      case UInt8(ascii: "]"):
        advance()
        return .array(elements)
      default:
        throw JSONSyntaxError("väntade , eller ] i listan", at: position)
      }
    }
  }

  mutating func number() throws(JSONSyntaxError) -> String {
    let start = index
    let startPosition = position
    if current == UInt8(ascii: "-") { advance() }
    var digits = 0
    while let byte = current,
      byte.isDigit || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
        || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    {
      if byte.isDigit { digits += 1 }
      advance()
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard digits > 0, Double(text) != nil else {
      throw JSONSyntaxError("\(text) är inget giltigt tal", at: startPosition)
    }
    return text
  }

  mutating func string() throws(JSONSyntaxError) -> String {
    let start = position
    advance()
    var scalars = String.UnicodeScalarView()
    var chunkStart = index
    func flush(_ scanner: Scanner, into scalars: inout String.UnicodeScalarView, from: Int) {
      if from < scanner.index {
        scalars.append(
          contentsOf: String(decoding: scanner.bytes[from..<scanner.index], as: UTF8.self)
            .unicodeScalars)
      }
    }
    while true {
      guard let byte = current else {
        throw JSONSyntaxError("texten som börjar här avslutas aldrig — lägg till \"", at: start)
      }
      switch byte {
      case UInt8(ascii: "\""):
        // Without escapes the text is the bytes between the quotes, made text at once.
        if scalars.isEmpty {
          let text = String(decoding: bytes[chunkStart..<index], as: UTF8.self)
          advance()
          return text
        }
        flush(self, into: &scalars, from: chunkStart)
        advance()
        return String(scalars)
      case UInt8(ascii: "\\"):
        flush(self, into: &scalars, from: chunkStart)
        try escape(into: &scalars)
        chunkStart = index
      case 0x00..<0x20:
        throw JSONSyntaxError(
          "radbrytning eller styrtecken i en text — skriv \\n för radbrytning", at: position)
      default:
        advance()
      }
    }
  }

  mutating func escape(into scalars: inout String.UnicodeScalarView) throws(JSONSyntaxError) {
    let start = position
    advance()
    guard let byte = current else {
      throw JSONSyntaxError("filen tar slut mitt i en text", at: start)
    }
    advance()
    switch byte {
    case UInt8(ascii: "\""): scalars.append("\"")
    case UInt8(ascii: "\\"): scalars.append("\\")
    case UInt8(ascii: "/"): scalars.append("/")
    case UInt8(ascii: "b"): scalars.append("\u{08}")
    case UInt8(ascii: "f"): scalars.append("\u{0C}")
    case UInt8(ascii: "n"): scalars.append("\n")
    case UInt8(ascii: "r"): scalars.append("\r")
    case UInt8(ascii: "t"): scalars.append("\t")
    case UInt8(ascii: "u"):
      var code = try hex4(start: start)
      if (0xD800..<0xDC00).contains(code), current == UInt8(ascii: "\\") {
        advance()
        guard current == UInt8(ascii: "u") else {
          throw JSONSyntaxError("ofullständigt surrogatpar i \\u-koden", at: start)
        }
        advance()
        let low = try hex4(start: start)
        guard (0xDC00..<0xE000).contains(low) else {
          throw JSONSyntaxError("ofullständigt surrogatpar i \\u-koden", at: start)
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      }
      guard let scalar = Unicode.Scalar(code) else {
        throw JSONSyntaxError("ogiltig \\u-kod i texten", at: start)
      }
      scalars.append(scalar)
    default:
      throw JSONSyntaxError(
        "okänd escape-sekvens — skriv \\\\ för ett omvänt snedstreck", at: start)
    }
  }

  mutating func hex4(start: SourcePosition) throws(JSONSyntaxError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current, let digit = byte.hexValue else {
        throw JSONSyntaxError("\\u ska följas av fyra hexadecimala siffror", at: start)
      }
      code = code << 4 | UInt32(digit)
      advance()
    }
    return code
  }
}

extension UInt8 {
  fileprivate var isDigit: Bool { self >= 0x30 && self <= 0x39 }

  fileprivate var hexValue: UInt8? {
    switch self {
    case 0x30...0x39: return self - 0x30
    case 0x41...0x46: return self - 0x41 + 10
    case 0x61...0x66: return self - 0x61 + 10
    default: return nil
    }
  }
}
