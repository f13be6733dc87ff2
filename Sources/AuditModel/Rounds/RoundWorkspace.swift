/// A round workspace for a county, as `audit init` lays it out: one checklist per
/// municipality, a folder for returned responses, a round description and a README.
public struct RoundWorkspace: Hashable, Sendable {
  /// The round description file.
  public static let descriptionFile = "omgang.json"
  /// The folder of blank checklists to send out.
  public static let checklistsFolder = "checklistor"
  /// The folder returned responses are saved in.
  public static let responsesFolder = "svar"

  /// The county.
  public var county: County
  /// The round id.
  public var round: String
  /// The reference date.
  public var referenceDate: Day
  /// The model version.
  public var modelVersion: String
  /// The municipalities with their checklists.
  public var checklists: [(municipality: Municipality, file: String, checklist: Checklist)]

  /// The previous round whose answers were carried forward, if any.
  public var previousRound: String?

  /// Builds the workspace content for every municipality of `county`, with each
  /// municipality's answers from `previous` (by kommunkod) carried forward where the
  /// question is unchanged.
  public init(
    model: DutyModel, register: Register, county: County, round: String, referenceDate: Day,
    previous: [String: PreviousAnswers] = [:]
  ) {
    self.previousRound = previous.values.map(\.round).min()
    self.county = county
    self.round = round
    self.referenceDate = referenceDate
    self.modelVersion = model.version
    checklists = register.municipalities(inCounty: county.code).map { municipality in
      let metadata = ResponseMetadata(
        municipalityCode: municipality.code, municipalityName: municipality.name, round: round,
        referenceDate: referenceDate, perspective: .municipality, modelVersion: model.version)
      let file = "\(Self.checklistsFolder)/\(municipality.fileStem).csv"
      let checklist = Checklist(model: model, metadata: metadata)
      return (
        municipality, file,
        previous[municipality.code].map(checklist.carryingForward) ?? checklist
      )
    }
  }

  /// The offline form written beside a checklist: `checklistor/1490-Borås.html`.
  public static func formFile(_ checklistFile: String) -> String {
    (checklistFile.hasSuffix(".csv") ? String(checklistFile.dropLast(4)) : checklistFile) + ".html"
  }

  /// The default round id for a day: `2026-host` from July, `2026-var` before.
  public static func defaultRound(for day: Day) -> String {
    let (year, month, _) = day.components
    return "\(year)-\(month >= 7 ? "host" : "var")"
  }

  /// Compares by content.
  public static func == (lhs: RoundWorkspace, rhs: RoundWorkspace) -> Bool {
    lhs.description == rhs.description
  }

  /// Hashes the content.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(description)
  }

  /// The round description (`omgang.json`).
  public var description: String {
    var object: [String: JSONOutputValue] = [
      "format": .string("audit-omgång 1"),
      "countyCode": .string(county.code),
      "countyName": .string(county.name),
      "round": .string(round),
      "referenceDate": .string(referenceDate.description),
      "modelVersion": .string(modelVersion),
      "checklistsFolder": .string(Self.checklistsFolder),
      "responsesFolder": .string(Self.responsesFolder),
      "municipalities": .array(
        checklists.map {
          .object([
            "code": .string($0.municipality.code), "name": .string($0.municipality.name),
            "checklist": .string($0.file),
          ])
        }),
    ]
    if let previousRound { object["previousRound"] = .string(previousRound) }
    return JSONOutput.render(JSONOutputValue.object(object))
  }

  /// The README's paragraph on answers carried forward, or an empty text.
  private var carriedNote: String {
    guard let previousRound else { return "" }
    return """

      Kommunernas svar från omgång \(previousRound) är överförda där frågan är densamma.
      Kolumnen "\(CarryMark.column)" visar det: varje överfört svar ska kommunen ändra eller
      bekräfta (skriv \(CarryMark.confirmedText), eller kryssa i rutan i formuläret). Ett
      överfört svar som ingen bekräftat räknas som obekräftat av `audit validate`. Frågor som
      är nya eller har ändrats sedan dess är tomma och märkta "ny fråga" eller "ändrad fråga".

      """
  }

  /// The Swedish README for the länsstyrelse.
  public var readme: String {
    let count = checklists.count
    let example = checklists.first.map { $0.file } ?? "\(Self.checklistsFolder)/KOD-Kommun.csv"
    return """
      # Omgång \(round) — \(county.name)

      Den här mappen skapades av `audit init` för omgången **\(round)** i \(county.name).
      Referensdatum: \(referenceDate). Pliktmodell: \(modelVersion).

      ## Vad som finns här

      - `\(Self.checklistsFolder)/` — en checklista per kommun (\(count) stycken), dels som
        CSV-fil för Excel eller LibreOffice Calc, dels som formulär (HTML-fil) som fylls i i
        webbläsaren utan nät. Filnamnet börjar med kommunkoden.
      - `\(Self.responsesFolder)/` — här sparar ni de ifyllda checklistorna som kommer tillbaka.
      - `\(Self.descriptionFile)` — omgångens beskrivning (län, datum, kommuner). Ändra den inte.
      \(carriedNote)
      ## Så gör ni

      1. Skicka varje kommun dess egna filer ur `\(Self.checklistsFolder)/`, t.ex.
         `\(example)` och `\(Self.formFile(example))`, till IFO-chefen eller den som
         samordnar arbetet mot våld i nära relationer.
      2. Kommunen väljer: formuläret öppnas i Chrome, Edge eller Firefox (som bilaga eller
         fil, utan nät), kontrollerar svaren medan man skriver och sparar med **Spara svar**
         en CSV-fil att skicka tillbaka. Eller så fyller man i kolumnerna **svar**,
         **kommentar** och **underlag** i CSV-filen och sparar den som CSV
         (semikolonavgränsad). Tillåtna svar: ja, delvis, nej, vet ej, och ej aktuellt
         där kolumnen svarsalternativ har det (skriv då skälet i kommentar). Stöd till
         våldsutsatta, barn och våldsutövare gäller i alla kommuner. Ett tomt svar räknas som obesvarat,
         inte som nej. Fråga-id och uppgifterna överst i filen ska inte ändras.
      3. Vill en kvinnojour eller annan organisation svara om kommunen gör den det i en
         egen checklista: `audit checklist --municipality KOD --perspective civilsamhälle
         --organisation "Namn"`.
      4. Spara varje returnerad fil i `\(Self.responsesFolder)/`. Skriv inte över en
         tidigare inkommen fil; ge en ny version ett nytt namn.
      5. Kontrollera svaren:

         ```sh
         audit validate \(Self.responsesFolder)/
         ```

         Varje fel visas med fil, rad och kolumn och hur det rättas. Skicka felen till
         kommunen eller rätta uppenbara skrivfel själva.

      Checklistorna innehåller inga personuppgifter och ska inte göra det. Verktyget
      varnar om något i svaren liknar ett personnummer.

      """
  }
}
