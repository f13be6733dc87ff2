/// The bytes of a CSV text with its records as found, for readers that make text of only
/// the cells they need.
struct CSVBytes {
  /// The UTF-8 bytes the records point into.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The records, in file order (empty ones at the end dropped, as in ``CSVTable``).
  let records: [CSVRawRecord]

  /// The text of `field`: unquoted, with `""` as `"` and line breaks as `"\n"`.
  func text(_ field: CSVRawField) -> String {
    withValue(field) { TextFolding.string(utf8: $0) }
  }

  /// Calls `body` with the UTF-8 of `field`'s text.
  func withValue<Output>(
    _ field: CSVRawField, _ body: (UnsafeBufferPointer<UInt8>) -> Output
  ) -> Output {
    guard field.quoted else {
      return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
    }
    var value: [UInt8] = []
    value.reserveCapacity(field.end - field.start)
    var index = field.start + 1
    var open = true
    while index < field.end {
      let byte = bytes[index]
      index += 1
      guard open else {
        value.append(byte)
        continue
      }
      if byte == CSVByte.quote {
        if index < field.end, bytes[index] == CSVByte.quote {
          value.append(CSVByte.quote)
          index += 1
        } else {
          open = false
        }
      } else if byte == CSVByte.cr {
        value.append(CSVByte.lf)
        if index < field.end, bytes[index] == CSVByte.lf { index += 1 }
      } else {
        value.append(byte)
      }
    }
    return value.withUnsafeBufferPointer(body)
  }

  /// Whether `field`'s text, normalized as ``AnswerValue/normalized(_:)`` does, is `target`
  /// (itself normalized).
  func normalizes(_ field: CSVRawField, to target: String) -> Bool {
    withValue(field) { value in
      TextFolding.latinNormalized(value, equals: target)
        ?? (TextFolding.normalized(String(decoding: value, as: UTF8.self)) == target)
    }
  }

  /// Reads `text` (see ``CSVTable/parse(_:separator:limits:)``) and calls `body` with its bytes
  /// and records.
  static func parse<Output>(
    _ text: String, separator: Character? = nil, limits: CSVLimits = .default,
    _ body: (CSVBytes, Character) -> Output
  ) throws(CSVError) -> Output {
    var source = text
    source.makeContiguousUTF8()
    let result: Result<Output, CSVError> = source.withUTF8 { bytes in
      Result { () throws(CSVError) in
        try parse(utf8: bytes, separator: separator, limits: limits, body)
      }
    }
    return try result.get()
  }

  /// Reads the CSV text in `utf8`, which must be valid UTF-8 (a leading byte order mark is
  /// skipped), as ``parse(_:separator:limits:_:)`` reads a string.
  static func parse<Output>(
    utf8 bytes: UnsafeBufferPointer<UInt8>, separator: Character? = nil,
    limits: CSVLimits = .default, _ body: (CSVBytes, Character) -> Output
  ) throws(CSVError) -> Output {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let chosen = separator ?? CSVTable.detectSeparator(bytes, from: start)
    guard let ascii = chosen.asciiValue, ascii != CSVByte.quote, ascii != CSVByte.cr,
      ascii != CSVByte.lf
    else {
      throw .unsupportedSeparator(chosen)
    }
    var parser = CSVParser(bytes: bytes, start: start, separator: ascii, limits: limits)
    let records = try parser.records()
    return body(CSVBytes(bytes: bytes, records: records), chosen)
  }
}
