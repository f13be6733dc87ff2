enum DemoCommand {
  static let spec = CommandSpec(
    name: "demo",
    summary: "Visa vad verktyget gör, på den inbyggda modellen.",
    discussion: """
      Visar vilka plikter socialnämnden har i dag, per område, och hur plikterna
      har ändrats sedan 2007. Allt bygger på den inbyggda pliktmodellen.
      """,
    options: [.model, .help])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let model = try session.model()
    let today = session.context.today
    let inForce = model.duties(inForceOn: today)
    var out = """
      audit \(AuditCLI.version) — socialnämndens ansvar vid våld i nära relationer
      Pliktmodell \(model.version): \(model.duties.count) plikter, \(model.questions.count) \
      frågor, \(model.provisions.count) bestämmelser.

      I dag (\(today)) gäller \(inForce.count) plikter:

      """
    let rows = model.areas.map { area -> [String] in
      let duties = inForce.filter { $0.duty.area == area.id }
      let shall = duties.filter(\.strength.isMandatory).count
      return [area.title, "\(duties.count)", "\(shall)", "\(duties.count - shall)"]
    }
    out += TextTable.render(headers: ["Område", "Plikter", "ska", "bör"], rows: rows)
    let start = Day(year: 2007, month: 1, day: 1) ?? today
    let listing = ChangeListing(model: model, from: start, to: today)
    out += "\nÄndringar sedan \(start):\n"
    for day in listing.days {
      let group = listing.changes.filter { $0.day == day }
      let instruments = Set(group.flatMap(\.instruments)).sorted().joined(separator: ", ")
      let counts = ModelChange.Kind.allCases.compactMap { kind -> String? in
        let count = group.filter { $0.kind == kind }.count
        return count == 0 ? nil : "\(count) \(kind.rawValue)"
      }
      out += "  \(day)  \(instruments): \(counts.joined(separator: ", "))\n"
    }
    out += """

      Nästa steg:
        audit duties --date 2025-06-30     plikterna och lagrummen en viss dag
        audit changes --from 2025-06-30 --to 2025-07-01
                                           vad som ändrades mellan två dagar
        audit municipalities --region 14   kommunerna i ett län
        audit help                         alla kommandon

      """
    session.console.write(out)
    return .success
  }
}
