/// A question's legal footing as it applies on one day: the declared footing capped by
/// what the question's basis (its own, or its duty's) gives on that day.
///
/// Only ``Level/actRequirement`` and ``Level/regulationRequirement`` can make a brist.
public struct AppliedFooting: Hashable, Sendable {
  /// The footing on the day, strongest first.
  public enum Level: String, Hashable, Sendable, CaseIterable, Codable {
    /// A *ska* in a lag or förordning.
    case actRequirement = "krav i lag"
    /// A *ska* in a föreskrift.
    case regulationRequirement = "krav i föreskrift"
    /// An allmänt råd, or a *bör* in a lag.
    case generalAdvice = "allmänt råd"
    /// Good practice or an ÖJ indicator; no provision in force requires it.
    case goodPractice = "god praxis"
    /// The provisions in force only set conditions or give permissions.
    case condition = "villkor/befogenhet"

    /// The declared footing this level corresponds to; `nil` for a condition.
    public var footing: Footing? {
      switch self {
      case .actRequirement, .regulationRequirement: return .requirement
      case .generalAdvice: return .generalAdvice
      case .goodPractice: return .goodPractice
      case .condition: return nil
      }
    }
  }

  /// The level on the day.
  public var level: Level
  /// The basis entries in force that give the level, strongest first; empty for god praxis.
  public var basis: [AppliedBasis]
  /// Where a good practice comes from, when the model says.
  public var source: String?

  /// Creates an applied footing.
  public init(level: Level, basis: [AppliedBasis], source: String?) {
    self.level = level
    self.basis = basis
    self.source = source
  }

  /// The footing on the day; `nil` when the provisions in force only set conditions.
  public var footing: Footing? { level.footing }

  /// Whether a "nej" is a brist: a *ska* in a lag, förordning or föreskrift is in force.
  public var isRequirement: Bool { level.footing == .requirement }

  /// The short Swedish label for the checklist's `styrka` column, e.g. `krav i lag`.
  public var label: String { level.rawValue }

  /// The lagrum the level rests on, e.g. `6 kap. 1 § SoL 2025:400`; empty for god praxis.
  public var citation: String {
    basis.map(\.provision.citation).joined(separator: "; ")
  }

  /// The words for a politician, e.g. `Lagen kräver detta`, `Socialstyrelsen rekommenderar
  /// detta` or `Vanlig god praxis är att göra så`.
  public var lead: String {
    switch level {
    case .actRequirement: return "Lagen kräver detta"
    case .regulationRequirement: return "Socialstyrelsens föreskrifter kräver detta"
    case .generalAdvice:
      // Every föreskrift and allmänt råd in the model is Socialstyrelsen's; a regulation
      // here is one whose chapter was not checked (HSLF-FS 2022:39).
      if basis.contains(where: { $0.provision.kind != .act && $0.provision.kind != .ordinance }) {
        return "Socialstyrelsen rekommenderar detta"
      }
      return basis.contains { $0.obligation == .should }
        ? "Lagen rekommenderar detta" : "Detta rekommenderas för att uppfylla lagen"
    case .goodPractice: return "Vanlig god praxis är att göra så"
    case .condition: return "Lagen ställer villkor eller ger en befogenhet här men kräver inget"
    }
  }

  /// One Swedish sentence with the lagrum or the source, e.g.
  /// `Lagen kräver detta (6 kap. 1 § SoL 2025:400).`
  public var sentence: String {
    if level == .goodPractice {
      return source.map { "\(lead) (källa: \($0))." } ?? "\(lead)."
    }
    return citation.isEmpty ? "\(lead)." : "\(lead) (\(citation))."
  }
}

extension AppliedDuty {
  /// The footing of `question` (one of this duty's questions) on the duty's day.
  ///
  /// The declared footing is capped by the strongest entry in force of the question's own
  /// basis, or the duty's when the question has none: a *ska* in a lag, förordning or
  /// föreskrift whose chapter was checked allows a krav; any other *ska* or a *bör* allows
  /// an allmänt råd; only conditions give a condition; nothing in force gives god praxis.
  /// A question without a declared footing takes what its basis allows.
  public func footing(of question: Question, in model: DutyModel) -> AppliedFooting {
    let entries: [AppliedBasis]
    if question.basis.isEmpty {
      entries = basis
    } else {
      entries = question.basis.compactMap { entry in
        guard let provision = model.provision(entry.provision), provision.isInForce(on: day)
        else { return nil }
        return AppliedBasis(provision: provision, obligation: entry.obligation)
      }.sorted { $0.strength > $1.strength }
    }
    return Self.footing(declared: question.declaredFooting, source: question.source, entries)
  }

  /// The footing that `declared` gets from the basis entries in force, strongest first.
  static func footing(
    declared: Footing?, source: String?, _ entries: [AppliedBasis]
  ) -> AppliedFooting {
    let act = entries.filter { $0.givesRequirement && $0.provision.kind != .regulation }
    let regulation = entries.filter { $0.givesRequirement && $0.provision.kind == .regulation }
    let advice = entries.filter { $0.obligation != .condition }
    let conditions = entries.filter { $0.obligation == .condition }
    var allowed: [(AppliedFooting.Level, [AppliedBasis])] = []
    if !act.isEmpty { allowed.append((.actRequirement, act)) }
    if !regulation.isEmpty { allowed.append((.regulationRequirement, regulation)) }
    if !advice.isEmpty {
      let recommending = advice.filter { !$0.givesRequirement }
      allowed.append((.generalAdvice, recommending.isEmpty ? advice : recommending))
    }
    let wanted = declared ?? .requirement
    if let match = allowed.first(where: { ($0.0.footing ?? .goodPractice) <= wanted }) {
      return AppliedFooting(level: match.0, basis: match.1, source: source)
    }
    if wanted == .goodPractice || conditions.isEmpty {
      return AppliedFooting(level: .goodPractice, basis: [], source: source)
    }
    return AppliedFooting(level: .condition, basis: conditions, source: source)
  }
}

extension AppliedBasis {
  /// Whether this entry can make a question a krav: a *ska* in a lag, förordning or
  /// föreskrift whose chapter was checked.
  var givesRequirement: Bool {
    obligation == .shall && provision.kind != .generalAdvice && provision.isChapterVerified
  }
}

extension DutyModel {
  /// The footing of `question` on `day`, or `nil` when its duty is not in force then.
  public func footing(of question: Question, on day: Day) -> AppliedFooting? {
    guard let duty = duty(question.dutyID), let applied = applied(duty, on: day) else {
      return nil
    }
    return applied.footing(of: question, in: self)
  }
}
