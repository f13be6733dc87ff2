import Foundation

/// Reads round folders: finds each folder's description, county and response files, then
/// reads, checks and scores the files of all folders on all cores at once.
public struct RoundReader: Sendable {
  /// The register to start from; each folder adds the register files found beside it.
  public var register: Register
  /// Today, for the validator's "no longer applies" warnings.
  public var today: Day
  /// What is in force on each day, shared by every folder read.
  public var calendar: DutyCalendar
  /// Whether responses from another round, county or older model version count anyway
  /// (`--allow-other-round`).
  public var allowOtherRound = false
  /// The time zone file dates are shown in.
  public var timeZone: TimeZone = .current
  /// What the cache of checked responses beside each round folder is keyed on besides the
  /// files; `nil` reads every file afresh and writes no cache (see ``ResponseCache``).
  public var cache: ResponseCache.Identity?

  /// Creates a reader.
  public init(register: Register, today: Day, calendar: DutyCalendar) {
    self.register = register
    self.today = today
    self.calendar = calendar
  }

  /// Reads the round at `path` (`argument` as the user wrote it). `region` overrides the
  /// county.
  public func read(_ argument: String, path: String, region: String?) throws(RoundError)
    -> RoundFolder
  {
    try Self.finish([Pending(argument, path: path, region: region, reader: self)])[0]
  }

  /// Reads the rounds `folders` (each with its own county, or the one it names), reading the
  /// files of all of them on all cores at once.
  public func readAll(_ folders: [(argument: String, path: String, region: String?)])
    throws(RoundError) -> [RoundFolder]
  {
    var pendings: [Pending] = []
    for folder in folders {
      pendings.append(
        try Pending(folder.argument, path: folder.path, region: folder.region, reader: self))
    }
    return Self.finish(pendings)
  }

  /// Reads the round at `path` and, when given, the previous round at `previous` for the same
  /// county (`region`, or else the current round's), reading both at once when the county is
  /// known before the responses are read.
  public func read(
    _ argument: String, path: String, previous: (argument: String, path: String)?,
    region: String?
  ) throws(RoundError) -> (current: RoundFolder, previous: RoundFolder?) {
    let pending = try Pending(argument, path: path, region: region, reader: self)
    guard let previous else { return (Self.finish([pending])[0], nil) }
    guard let code = region ?? pending.county?.code else {
      // The county comes from the responses: read the current round first.
      let current = Self.finish([pending])[0]
      let earlier = try read(previous.argument, path: previous.path, region: current.county?.code)
      return (current, earlier)
    }
    let both = try Self.finish([
      pending, Pending(previous.argument, path: previous.path, region: code, reader: self),
    ])
    return (both[0], both[1])
  }

  /// Reads the files of all `pendings` on all cores at once and makes their rounds.
  private static func finish(_ pendings: [Pending]) -> [RoundFolder] {
    // Each folder is finished on its own core: its inventory and register files.
    Parallel.map(Array(zip(pendings, Pending.read(pendings)))) { pending, outcomes in
      pending.finish(outcomes)
    }
  }
}
