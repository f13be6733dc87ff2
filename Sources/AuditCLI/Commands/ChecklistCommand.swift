import AuditModel
import Foundation

enum ChecklistCommand {
  static let spec = CommandSpec(
    name: "checklist",
    summary: "Skriv checklistan som en kommun (eller en kvinnojour) fyller i.",
    discussion: """
      Checklistan innehåller varje fråga för de plikter som gäller datumet, med
      lagrum och styrka den dagen och tomma kolumner för svar, kommentar och
      underlag. CSV-filen öppnas direkt i Excel och LibreOffice Calc (semikolon,
      UTF-8 med BOM). Filen bär sina egna uppgifter (kommun, omgång, datum,
      perspektiv, modellversion) så att ett returnerat svar förklarar sig självt.
      --format html ger ett formulär som fylls i i webbläsaren utan nät och
      sparar samma CSV-fil med svaren ifyllda.
      """,
    options: [
      OptionSpec(
        "--municipality", value: "KOMMUN", help: "Kommunkod (1490) eller namn (Borås).",
        isRequired: true),
      OptionSpec(
        "--date", value: "DATUM", help: "Referensdatum; plikterna som gäller då används.",
        defaultValue: "i dag"),
      OptionSpec("--round", value: "OMGÅNG", help: "Omgångens namn, t.ex. 2026-host."),
      OptionSpec(
        "--perspective", value: "PERSPEKTIV", help: "Vem som svarar.", defaultValue: "kommun",
        choices: Perspective.allCases.map(\.rawValue)),
      OptionSpec(
        "--organisation", value: "NAMN",
        help: "Organisationen som svarar (krävs med --perspective civilsamhälle)."),
      .format(Checklist.formats),
      .output,
      OptionSpec("--force", help: "Skriv över FIL om den finns (den kan vara ett ifyllt svar)."),
      .model, .help,
    ])

  static let command = Command(spec: spec) { session throws(CommandError) in
    if let path = session.arguments.value("--output"), path != "-",
      FileSystem.exists(session.resolve(path)), !session.arguments.isSet("--force")
    {
      throw .cannotCreate(
        "\(path): filen finns redan och kan vara ett ifyllt svar — välj ett annat namn eller "
          + "använd --force")
    }
    let metadata = try metadata(session)
    let checklist = Checklist(model: try session.model(), metadata: metadata)
    try session.emit(checklist)
    return .success
  }

  /// Reads the metadata options shared by `checklist` and `init`.
  static func metadata(_ session: Session) throws(CommandError) -> ResponseMetadata {
    let municipality: Municipality
    do throws(LookupError) {
      municipality = try session.register.municipality(
        session.arguments.value("--municipality") ?? "")
    } catch {
      throw .usage(error.description)
    }
    let day = try session.day("--date", default: session.context.today)
    let perspective =
      Perspective(rawValue: session.arguments.value("--perspective") ?? "") ?? .municipality
    let organisation = session.arguments.value("--organisation") ?? ""
    if perspective == .civilSociety, organisation.trimmingCharacters(in: .whitespaces).isEmpty {
      throw .usage("--perspective civilsamhälle kräver --organisation NAMN")
    }
    return ResponseMetadata(
      municipalityCode: municipality.code, municipalityName: municipality.name,
      round: session.arguments.value("--round") ?? "", referenceDate: day,
      perspective: perspective, organisation: organisation,
      modelVersion: try session.model().version)
  }
}
