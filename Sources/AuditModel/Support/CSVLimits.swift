/// Bounds that keep a malformed or hostile file from using unbounded memory.
public struct CSVLimits: Hashable, Sendable {
  /// The most characters (Unicode scalars) one field may hold.
  public var maxFieldLength: Int
  /// The most records a file may hold, not counting empty records at its end.
  public var maxRecords: Int
  /// The most fields one record may hold.
  public var maxFields: Int
  /// The most fields the whole file may hold, empty records included.
  public var maxCells: Int

  /// Creates limits; the defaults are those of `CSVLimits.default`.
  public init(
    maxFieldLength: Int = 100_000, maxRecords: Int = 100_000, maxFields: Int = 1_000,
    maxCells: Int = 1_000_000
  ) {
    self.maxFieldLength = maxFieldLength
    self.maxRecords = maxRecords
    self.maxFields = maxFields
    self.maxCells = maxCells
  }

  /// 100 000 characters per field, 100 000 records, 1 000 fields per record,
  /// 1 000 000 fields in all.
  public static let `default` = CSVLimits()
}
