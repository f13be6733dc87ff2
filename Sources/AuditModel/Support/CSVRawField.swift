/// One field as it lies in the bytes, before it is made text: a reader that needs only some
/// cells of a large file makes text of those alone (see ``CSVBytes``).
struct CSVRawField: Hashable, Sendable {
  /// The offset of the field's first byte (its opening quote, if quoted).
  var start: Int
  /// The offset just after the field's last byte, before the separator or line break.
  var end: Int
  /// Whether the field starts with `"`.
  var quoted: Bool
  /// The 1-based line of the field's first character.
  var line: Int
  /// The 1-based column of the field's first character, counted in characters.
  var column: Int

  /// Whether the field's text is empty: nothing, or a bare `""`.
  var isEmpty: Bool { quoted ? end - start == 2 : start == end }

  /// Where the field starts, for diagnostics.
  var position: SourcePosition { SourcePosition(line: line, column: column) }
}
