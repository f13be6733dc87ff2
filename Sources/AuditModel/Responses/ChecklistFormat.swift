/// The names used in checklist files: metadata keys and column headers, in
/// Swedish for CSV and Markdown, in English for JSON.
public enum ChecklistFormat {
  /// A metadata key: its Swedish label in CSV and its JSON key.
  public struct Key: Hashable, Sendable {
    /// The Swedish label in CSV, e.g. `kommunkod`.
    public var label: String
    /// The JSON key, e.g. `municipalityCode`.
    public var json: String
  }

  /// The format marker.
  public static let format = Key(label: "checklista", json: "format")
  /// SCB kommunkod.
  public static let municipalityCode = Key(label: "kommunkod", json: "municipalityCode")
  /// Municipality name.
  public static let municipalityName = Key(label: "kommun", json: "municipalityName")
  /// Round.
  public static let round = Key(label: "omgång", json: "round")
  /// Reference date.
  public static let referenceDate = Key(label: "referensdatum", json: "referenceDate")
  /// Perspective.
  public static let perspective = Key(label: "perspektiv", json: "perspective")
  /// Organisation.
  public static let organisation = Key(label: "organisation", json: "organisation")
  /// Model version.
  public static let modelVersion = Key(label: "modellversion", json: "modelVersion")
  /// Respondent role.
  public static let respondentRole = Key(label: "besvarad av (roll)", json: "respondentRole")
  /// The offline form that saved the file, e.g. `audit-formulär 1, audit 0.1.0, …`
  /// (information only; only a file saved from the form has it).
  public static let form = Key(label: "formulär", json: "form")
  /// The allowed answers (information only).
  public static let allowed = Key(label: "tillåtna svar", json: "allowedAnswers")
  /// Instructions (information only).
  public static let instructions = Key(label: "instruktion", json: "instructions")

  /// Every metadata key in file order.
  public static let metadataKeys = [
    format, municipalityCode, municipalityName, round, referenceDate, perspective, organisation,
    modelVersion, respondentRole, allowed, instructions, form,
  ]

  /// The text written under "tillåtna svar".
  public static let allowedText =
    "ja, delvis, nej, vet ej; ej aktuellt bara där kolumnen svarsalternativ har det (skriv då "
    + "skälet i kommentar); tal, datum eller val där frågan säger det. Lämna tomt om ni inte "
    + "hunnit svara."

  /// The text written under "instruktion".
  public static let instructionsText =
    "Fyll i kolumnerna svar, kommentar och underlag. Ändra inte fråga-id. "
    + "Spara som CSV (semikolonavgränsad, UTF-8) och skicka tillbaka filen."

  /// The headers of the exceptions table at the end of a CSV checklist.
  public enum ExceptionColumn: String, CaseIterable, Sendable {
    /// The duty covered another way.
    case dutyID = "undantag: plikt-id"
    /// Why, and how the duty is covered.
    case justification = "motivering"
    /// The last day the exception holds.
    case validUntil = "giltigt till"
  }

  /// The instruction written above the exceptions table.
  public static let exceptionsText =
    "Undantag: fyll i en rad per plikt som kommunen uppfyller på annat sätt, med motivering "
    + "och sista giltighetsdag (ÅÅÅÅ-MM-DD). Ansvaret ligger kvar hos nämnden."

  /// The column headers in the order the checklist writes them.
  public enum Column: String, CaseIterable, Sendable {
    /// Question id (required when reading).
    case questionID = "fråga-id"
    /// Area title.
    case area = "område"
    /// Duty id.
    case dutyID = "plikt-id"
    /// Duty title.
    case duty = "plikt"
    /// Question text.
    case question = "fråga"
    /// Allowed answers for the row.
    case allowed = "svarsalternativ"
    /// Lagrum on the reference date.
    case citation = "lagrum"
    /// Strength.
    case strength = "styrka"
    /// Evidence asked for.
    case evidenceAsked = "underlag som efterfrågas"
    /// The answer (required when reading).
    case answer = "svar"
    /// The respondent's comment.
    case comment = "kommentar"
    /// The respondent's evidence.
    case evidence = "underlag"
  }
}
