import AuditModel

enum DutiesCommand {
  static let spec = CommandSpec(
    name: "duties",
    summary: "Lista socialnämndens plikter som gällde ett visst datum.",
    discussion: """
      Varje plikt visas med lagrummet som gällde den dagen och dess styrka: lag,
      förordning, föreskrift (ska) eller allmänt råd (bör).
      """,
    options: [
      OptionSpec(
        "--date", value: "DATUM", help: "Dagen som ska gälla, ÅÅÅÅ-MM-DD.",
        defaultValue: "i dag"),
      OptionSpec("--area", value: "OMRÅDE", help: "Visa bara plikterna i ett område (id)."),
      .format(DutyListing.formats),
      .output, .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    let day = try session.day("--date", default: session.context.today)
    let model = try session.model()
    var area: String?
    if let wanted = session.arguments.value("--area") {
      guard model.area(wanted) != nil else {
        let ids = model.areas.map(\.id)
        let hint = Suggestions.nearest(to: wanted, among: ids).first.map { "menade du \($0)? " }
        throw .usage(
          "okänt område \(wanted) — \(hint ?? "")områden: \(ids.joined(separator: ", "))")
      }
      area = wanted
    }
    let listing = DutyListing(model: model, day: day, area: area)
    try session.emit(listing)
    return .success
  }
}
