/// The duties in force on a day, as table, Markdown, JSON or CSV (`audit duties`).
public struct DutyListing: Sendable {
  /// The model.
  public var model: DutyModel
  /// The day.
  public var day: Day
  /// The duties in force, possibly filtered to an area.
  public var duties: [AppliedDuty]

  /// Lists the duties in force on `day`, optionally only in area `area`.
  public init(model: DutyModel, day: Day, area: String? = nil) {
    self.model = model
    self.day = day
    self.duties = model.duties(inForceOn: day).filter { area == nil || $0.duty.area == area }
  }

  /// One JSON object per duty: the documented contract of `audit duties --format json`.
  public struct Record: Codable, Hashable, Sendable {
    /// Duty id.
    public var id: String
    /// Area id.
    public var area: String
    /// Title.
    public var title: String
    /// Strength on the day, e.g. `lag`, `föreskrift`, `allmänt råd`, `lag (bör)`.
    public var strength: String
    /// Whether a gap is a deficiency (ska) rather than an improvement area (bör).
    public var mandatory: Bool
    /// What socialnämnden must do.
    public var requirement: String
    /// ÖJ VNR themes.
    public var themes: [String]
    /// The checklist questions.
    public var questions: [QuestionRecord]
    /// The provisions in force on the day.
    public var basis: [BasisRecord]
  }

  /// A question in the JSON contract.
  public struct QuestionRecord: Codable, Hashable, Sendable {
    /// Question id.
    public var id: String
    /// Question text.
    public var text: String
    /// `yesPartialNo`, `number`, `date`, `choice` or `text`.
    public var answerKind: String
    /// Allowed choices, empty unless `choice`.
    public var choices: [String]
    /// What counts as evidence.
    public var evidence: String
    /// The question's own footing on the day: `krav i lag`, `krav i föreskrift`,
    /// `allmänt råd`, `god praxis` or `villkor/befogenhet`.
    public var footing: String
    /// The footing in words with its lagrum or source, e.g.
    /// `Lagen kräver detta (6 kap. 1 § SoL 2025:400).`
    public var footingText: String
  }

  /// A basis entry in the JSON contract.
  public struct BasisRecord: Codable, Hashable, Sendable {
    /// Provision id.
    public var provision: String
    /// Instrument, e.g. `SoL 2025:400`.
    public var instrument: String
    /// Reference, e.g. `13 kap. 1 §`.
    public var reference: String
    /// `lag`, `förordning`, `föreskrift` or `allmänt råd`.
    public var kind: String
    /// `ska`, `bör` or `villkor`.
    public var strength: String
    /// First day in force.
    public var validFrom: String
    /// Last day in force, or null.
    public var validUntil: String?
  }

  /// The JSON records.
  public var records: [Record] {
    duties.map { applied in
      Record(
        id: applied.duty.id, area: applied.duty.area, title: applied.duty.title,
        strength: applied.strength.description, mandatory: applied.strength.isMandatory,
        requirement: applied.duty.requirement, themes: applied.duty.themes,
        questions: applied.duty.questions.map {
          let footing = applied.footing(of: $0, in: model)
          return QuestionRecord(
            id: $0.id, text: $0.text, answerKind: $0.answerKind.rawValue, choices: $0.choices,
            evidence: $0.evidence, footing: footing.label, footingText: footing.sentence)
        },
        basis: applied.basis.map {
          BasisRecord(
            provision: $0.provision.id, instrument: $0.provision.instrument,
            reference: $0.provision.reference, kind: $0.provision.kind.rawValue,
            strength: $0.obligation.rawValue, validFrom: $0.provision.validFrom.description,
            validUntil: $0.provision.validUntil?.description)
        })
    }
  }

  private var rows: [[String]] {
    duties.map {
      [
        $0.duty.id, model.area($0.duty.area)?.title ?? $0.duty.area, $0.duty.title,
        $0.strength.description, $0.citation,
      ]
    }
  }

  private var headers: [String] { ["Id", "Område", "Plikt", "Styrka", "Lagrum den \(day)"] }

  private var summary: String {
    let questions = duties.reduce(0) { $0 + $1.duty.questions.count }
    let mandatory = duties.filter(\.strength.isMandatory).count
    let conditions = duties.filter { $0.strength.obligation == .condition }.count
    let kinds =
      "\(mandatory) ska, \(duties.count - mandatory - conditions) bör"
      + (conditions > 0 ? ", \(conditions) villkor/befogenhet" : "")
    let text =
      "\(duties.count) plikter (\(kinds)) "
      + "med \(questions) frågor gällde den \(day). Modell \(model.version)."
    return ([text] + notes).joined(separator: "\n")
  }

  /// What the listing cannot show for this day: days before the model starts, and
  /// duties that existed in an earlier wording the model does not describe.
  public var notes: [String] {
    var notes: [String] = []
    if let start = model.provisions.map(\.validFrom).min(), day < start {
      notes.append("Obs: modellen beskriver plikterna från \(start); före det visas inga.")
    }
    let shown = Set(duties.map(\.duty.id))
    let unmodelled = model.duties.filter { duty in
      !shown.contains(duty.id)
        && duty.basis.contains { basis in
          guard let provision = model.provision(basis.provision) else { return false }
          return provision.hasUnmodelledEarlierWording && day < provision.validFrom
        }
    }
    if !unmodelled.isEmpty {
      notes.append(
        "Obs: \(unmodelled.map(\.id).joined(separator: ", ")) fanns redan i en äldre "
          + "lydelse som modellen inte beskriver, och saknas därför i listan.")
    }
    return notes
  }

  /// Terminal table.
  public func table() -> String {
    TextTable.render(headers: headers, rows: rows) + "\n" + summary + "\n"
  }

  /// Markdown document.
  public func markdown() -> String {
    "# Socialnämndens plikter den \(day)\n\n" + summary + "\n\n"
      + Markdown.table(headers: headers, rows: rows)
  }

  /// JSON array of ``Record``.
  public func json() -> String {
    JSONOutput.render(records)
  }

  /// CSV for Swedish Excel.
  public func csv() -> String {
    let header = ["id", "område", "plikt", "styrka", "lagrum", "frågor"]
    let body = duties.map {
      [
        $0.duty.id, $0.duty.area, $0.duty.title, $0.strength.description, $0.citation,
        $0.duty.questions.map(\.id).joined(separator: " "),
      ]
    }
    return CSVWriter().render([header] + body)
  }
}
