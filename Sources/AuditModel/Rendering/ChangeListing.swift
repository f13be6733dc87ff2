/// What changed in socialnämndens duties between two days (`audit changes`).
public struct ChangeListing: Sendable {
  /// The model.
  public var model: DutyModel
  /// The state compared from.
  public var from: Day
  /// The state compared to.
  public var to: Day
  /// The changes, by day and model order.
  public var changes: [ModelChange]

  /// Lists the changes between `from` and `to`.
  public init(model: DutyModel, from: Day, to: Day) {
    self.model = model
    self.from = from
    self.to = to
    self.changes = model.changes(from: from, to: to)
  }

  /// One change in the JSON contract of `audit changes --format json`.
  public struct Record: Codable, Hashable, Sendable {
    /// The first day of the new state.
    public var date: String
    /// `tillkom`, `upphörde`, `ändrad styrka`, `nytt lagrum`, `ny lydelse` or
    /// `med i modellen`.
    public var change: String
    /// Duty id.
    public var duty: String
    /// Duty title.
    public var title: String
    /// Area id.
    public var area: String
    /// Lagrum the day before (empty when the duty came).
    public var before: String
    /// Lagrum on the day (empty when the duty went).
    public var after: String
    /// Strength the day before, or null.
    public var strengthBefore: String?
    /// Strength on the day, or null.
    public var strengthAfter: String?
    /// Instruments whose provisions started or ended that day.
    public var instruments: [String]
    /// The change in one plain Swedish sentence, with the date in words.
    public var sentence: String
  }

  /// The JSON records.
  public var records: [Record] {
    changes.map {
      Record(
        date: $0.day.description, change: $0.kind.rawValue, duty: $0.duty.id,
        title: $0.duty.title, area: $0.duty.area, before: $0.citationBefore,
        after: $0.citationAfter, strengthBefore: $0.strengthBefore?.description,
        strengthAfter: $0.strengthAfter?.description, instruments: $0.instruments,
        sentence: $0.sentence(in: model))
    }
  }

  /// The distinct days on which something changed.
  public var days: [Day] {
    var seen = Set<Day>()
    return changes.map(\.day).filter { seen.insert($0).inserted }
  }

  private func detail(_ change: ModelChange) -> String {
    switch change.kind {
    case .came:
      return
        "gäller från denna dag (\(change.strengthAfter?.description ?? "")): \(change.citationAfter)"
    case .went:
      return "gäller inte längre; senast \(change.citationBefore)"
    case .strengthChanged:
      return
        "\(change.strengthBefore?.description ?? "") → \(change.strengthAfter?.description ?? ""): "
        + change.citationAfter
    case .moved:
      return "\(change.citationBefore) → \(change.citationAfter)"
    case .newWording:
      return "ny lydelse av \(change.citationAfter)"
    case .firstModelled:
      return "fanns före denna dag i en äldre lydelse eller lag som modellen inte beskriver; "
        + "från denna dag: \(change.citationAfter)"
    }
  }

  private var summary: String {
    if changes.isEmpty { return "Inga ändringar i plikterna mellan \(from) och \(to).\n" }
    return "\(changes.count) ändringar på \(days.count) datum mellan \(from) och \(to).\n"
  }

  /// Terminal text, grouped by day.
  public func table() -> String {
    var out = ""
    for day in days {
      let group = changes.filter { $0.day == day }
      let instruments = Set(group.flatMap(\.instruments)).sorted().joined(separator: ", ")
      out += "\(day)  \(instruments)\n"
      for change in group {
        out += "  \(change.duty.id)  \(change.kind.rawValue): \(change.duty.title)\n"
        out += "        \(detail(change))\n"
        out += "        \(change.sentence(in: model))\n"
      }
      out += "\n"
    }
    return out + summary
  }

  /// Markdown document, a section per day.
  public func markdown() -> String {
    var out = "# Ändringar i socialnämndens plikter \(from) – \(to)\n\n" + summary
    for day in days {
      let group = changes.filter { $0.day == day }
      let instruments = Set(group.flatMap(\.instruments)).sorted().joined(separator: ", ")
      out += "\n## \(day) (\(Markdown.escape(instruments)))\n\n"
      out += Markdown.table(
        headers: ["Id", "Plikt", "Ändring", "Lagrum", "I ord"],
        rows: group.map {
          [$0.duty.id, $0.duty.title, $0.kind.rawValue, detail($0), $0.sentence(in: model)]
        })
    }
    return out
  }

  /// JSON array of ``Record``.
  public func json() -> String {
    JSONOutput.render(records)
  }

  /// CSV for Swedish Excel.
  public func csv() -> String {
    let header = [
      "datum", "ändring", "plikt", "titel", "område", "lagrum före", "lagrum efter",
      "styrka före", "styrka efter", "författningar", "i ord",
    ]
    let body = records.map {
      [
        $0.date, $0.change, $0.duty, $0.title, $0.area, $0.before, $0.after,
        $0.strengthBefore ?? "", $0.strengthAfter ?? "", $0.instruments.joined(separator: ", "),
        $0.sentence,
      ]
    }
    return CSVWriter().render([header] + body)
  }
}
