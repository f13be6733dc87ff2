import Foundation

/// Which responses of a round count, and why the others do not: the one place these rules
/// live, so that `validate`, `status`, `score`, `compare` and `brief` count the same
/// municipalities.
///
/// A valid response counts unless
/// - its municipality is outside the round (not in `omgang.json`'s list or county), its round
///   or reference date differs from the round's, or its model version is older than the
///   round's (``RoundExpectation``; `--allow-other-round` counts it anyway, with a warning), or
/// - another file answers for the same municipality and perspective (and organisation): then
///   none of them counts until one is removed, whatever the file names.
///
/// A file whose name starts with another municipality's code than its content gets a warning.
public struct RoundInventory: Sendable {
  /// A response file as read and validated.
  public struct Candidate: Hashable, Sendable {
    /// The file, as shown to the user.
    public var file: String
    /// The response, or `nil` when the file has errors or could not be read.
    public var response: Response?
    /// When the file was last changed, to tell duplicates apart; `nil` when unknown.
    public var modified: Date?

    /// Creates a candidate.
    public init(file: String, response: Response?, modified: Date? = nil) {
      self.file = file
      self.response = response
      self.modified = modified
    }
  }

  /// What happens to a file.
  public enum Standing: Hashable, Sendable {
    /// The response counts.
    case counted
    /// The file has errors (or was not read as a response).
    case invalid
    /// Another file answers for the same municipality and perspective; neither counts.
    case duplicate
    /// The response belongs to another round, county or model version.
    case otherRound
  }

  /// The candidates with their standing, in the order given.
  public private(set) var standings: [(candidate: Candidate, standing: Standing)] = []
  /// Why files do not count, and warnings about file names, sorted by file.
  public private(set) var diagnostics: [Diagnostic] = []
  /// The time zone the days files were changed are shown in.
  let timeZone: TimeZone

  /// Sorts `candidates` out against `expected`.
  /// - Parameters:
  ///   - allowOtherRound: count responses of another round (with a warning).
  ///   - timeZone: the time zone the days files were changed are shown in.
  public init(
    _ candidates: [Candidate], expected: RoundExpectation, register: Register,
    allowOtherRound: Bool = false, timeZone: TimeZone = .current
  ) {
    self.timeZone = timeZone
    var standing = [Standing](repeating: .invalid, count: candidates.count)
    var groups: [String: [Int]] = [:]
    for (index, candidate) in candidates.enumerated() {
      guard let response = candidate.response else { continue }
      checkFileName(candidate, response: response, register: register)
      let reasons = expected.reasons(response, register: register)
      for reason in reasons {
        diagnostics.append(
          Diagnostic(
            allowOtherRound ? .warning : .error, file: candidate.file, at: nil,
            "\(reason); det räknas \(allowOtherRound ? "ändå (--allow-other-round)" : "inte")",
            help: allowOtherRound
              ? ""
              : "flytta filen till rätt omgång, eller använd --allow-other-round om den ska räknas"
          ))
      }
      if !reasons.isEmpty, !allowOtherRound {
        standing[index] = .otherRound
        continue
      }
      standing[index] = .counted
      groups[Self.key(response.metadata), default: []].append(index)
    }
    for indices in groups.values where indices.count > 1 {
      for index in indices { standing[index] = .duplicate }
      reportDuplicates(indices.map { candidates[$0] })
    }
    standings = Array(zip(candidates, standing))
    diagnostics.sort()
  }

  /// The responses that count.
  public var counted: [Response] {
    standings.filter { $0.standing == .counted }.compactMap(\.candidate.response)
  }

  /// The standing of `file`.
  public func standing(of file: String) -> Standing? {
    standings.first { $0.candidate.file == file }?.standing
  }

  /// How many of `municipalities` have a counted response of their own (perspective kommun).
  public func answeredCount(among municipalities: [Municipality]) -> Int {
    let codes = Set(
      counted.filter { $0.metadata.perspective == .municipality }.map(
        \.metadata.municipalityCode))
    return municipalities.filter { codes.contains($0.code) }.count
  }

  /// The codes of the municipalities whose responses are duplicated.
  public var duplicatedCodes: Set<String> {
    Set(
      standings.filter { $0.standing == .duplicate }.compactMap {
        $0.candidate.response?.metadata.municipalityCode
      })
  }

  /// One response per municipality, perspective and organisation.
  static func key(_ metadata: ResponseMetadata) -> String {
    [
      metadata.municipalityCode, metadata.perspective.rawValue,
      Suggestions.folded(metadata.organisation),
    ].joined(separator: "|")
  }

  private mutating func reportDuplicates(_ files: [Candidate]) {
    guard let first = files.first, let metadata = first.response?.metadata else { return }
    let listed = files.map { candidate in
      candidate.modified.map { "\(candidate.file) (ändrad \(day($0)))" } ?? candidate.file
    }
    let named = listed.dropLast().joined(separator: ", ") + " och " + (listed.last ?? "")
    diagnostics.append(
      Diagnostic(
        .error, file: first.file, at: nil,
        "\(metadata.municipalityCode) \(metadata.municipalityName) "
          + "(\(PersonalNumber.redacted(metadata.perspectiveLabel))) har "
          + "\(Swedish.count(files.count, "svar", "svar")) i omgången: \(named); inget av dem räknas",
        help: "behåll det svar som gäller och flytta de andra ut ur mappen"))
  }

  private mutating func checkFileName(
    _ candidate: Candidate, response: Response, register: Register
  ) {
    let name = (candidate.file as NSString).lastPathComponent
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, digits != response.metadata.municipalityCode else { return }
    let named = register.municipalities.first { $0.code == digits }.map { " (\($0.name))" } ?? ""
    diagnostics.append(
      Diagnostic(
        .warning, file: candidate.file, at: nil,
        "filnamnet anger kommunkod \(digits)\(named) men svaret gäller "
          + "\(response.metadata.municipalityCode) \(response.metadata.municipalityName)",
        help: "kontrollera att rätt fil sparats under rätt namn; svaret räknas för "
          + response.metadata.municipalityName))
  }

  /// A day as `YYYY-MM-DD` in ``timeZone``.
  func day(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    return day?.description ?? "?"
  }
}
