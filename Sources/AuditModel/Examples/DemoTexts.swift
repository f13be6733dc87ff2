/// The texts `audit demo` writes about itself: the notice on every page, the folder's README
/// and the summary on the terminal.
public enum DemoTexts {
  /// Says that everything is fictional, at the top of every Markdown page.
  public static let notice =
    "> **Fiktiva uppgifter.** Kommunerna, svaren och organisationerna är påhittade och visar bara hur verktyget fungerar.\n\n"

  /// The README of the demo folder.
  public static func readme(_ comparison: RegionComparison, rounds: [String], briefCount: Int)
    -> String
  {
    """
    # audit demo — Exempellän (fiktivt)

    \(notice)Allt i den här mappen är skrivet av `audit demo` utifrån påhittade svar från
    \(comparison.rows.count) påhittade kommuner i \(Swedish.count(rounds.count, "omgång", "omgångar")) \
    (\(rounds.map(RoundLabel.words).joined(separator: ", "))).

    - `oversikt.html` / `oversikt.md` — länsstyrelsens översikt med föreslagen besöksordning.
    - `underlag/politiker/` och `underlag/tjänsteperson/` — \(briefCount) underlag till dialogmöten
      (HTML för utskrift på A4, och Markdown).
    - `jamforelse/` — kommunerna sida vid sida (HTML, Markdown, CSV, JSON).
    - `bedomning/` — bedömningen av varje svar per omgång (Markdown, CSV, JSON).
    - `checklistor/` — tomma checklistor för nästa omgång.
    - `exempeldata/` — de påhittade svaren som allt bygger på.

    Skriv ut ett underlag: öppna HTML-filen i en webbläsare och välj Skriv ut (A4).

    """
  }

  /// What `audit demo` prints when it is done: the county in brief, the first visits and
  /// what was written in `out`.
  public static func summary(
    _ comparison: RegionComparison, change: RoundChange, briefCount: Int, out: String,
    flags: [AgreementFlag] = []
  ) -> String {
    // The same visit order as the overview it wrote, agreement flags included.
    var overview = Overview(comparison: comparison, change: change, isFictional: true)
    overview.flags = flags
    var text = """

      audit demo — Exempellän (fiktivt län, påhittade kommuner och svar)

      \(comparison.answered.count) av \(comparison.rows.count) kommuner svarade \(RoundLabel.words(comparison.round)); \
      länets median är \(SwedishNumber.oneDecimal(comparison.totalSummary.median)) %.
      Föreslagen ordning för besöken:

      """
    for (offset, visit) in overview.visits.prefix(3).enumerated() {
      text +=
        "  \(offset + 1). \(visit.municipality.name): \(visit.reasons.joined(separator: ", "))\n"
    }
    text += """

      Skrev i \(out)/:
        oversikt.html                 översikten för länsstyrelsen
        underlag/                     \(briefCount) underlag till dialogmöten (HTML och Markdown)
        jamforelse/jamforelse.html    kommunerna sida vid sida
        bedomning/                    bedömningen av varje svar
        checklistor/                  tomma checklistor för nästa omgång
        LÄS-MIG.md                    vad som finns var

      Öppna \(out)/oversikt.html i en webbläsare. Nästa steg: 'audit help' visar alla kommandon.

      """
    return text
  }
}
