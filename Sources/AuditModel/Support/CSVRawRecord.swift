/// One record as it lies in the bytes.
struct CSVRawRecord: Hashable, Sendable {
  /// The record's fields, in order.
  var fields: [CSVRawField]
  /// The 1-based line the record starts on.
  var line: Int

  /// Whether every field is empty, as in a blank line or a row of bare separators.
  var isEmpty: Bool { fields.allSatisfy(\.isEmpty) }
}
