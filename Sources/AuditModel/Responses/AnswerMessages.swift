/// The Swedish messages `validate` gives about one answer, written once as templates.
///
/// `audit validate` fills them in for its diagnostics, and the offline form
/// (``ChecklistForm``) carries the same templates to its script, so a person typing in
/// the browser reads exactly what the länsstyrelse would read from `validate`. Placeholders
/// are `{svar}` (the answer as written), `{fråga}` (the question id), `{förslag}` (the
/// nearest allowed answer) and `{alternativ}` (a choice question's allowed answers).
public enum AnswerMessages {
  /// One message and its help, as templates.
  public struct Template: Hashable, Sendable {
    /// The message.
    public var message: String
    /// How to fix it.
    public var help: String

    /// `text` with each `{name}` placeholder replaced by its value.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
      var out = text
      for (name, value) in values.sorted(by: { $0.key < $1.key }) {
        out = out.replacingOccurrences(of: "{\(name)}", with: value)
      }
      return out
    }
  }

  /// An answer that is none of ja, delvis, nej, vet ej and ej aktuellt.
  public static let notAllowed = Template(
    message: "\"{svar}\" är inget tillåtet svar på fråga {fråga}",
    help: "svara ja, delvis, nej, vet ej eller ej aktuellt")

  /// The help when an allowed answer is close to what was written.
  public static let suggestion = "menade du \"{förslag}\"?"

  /// A number question answered with something else.
  public static let notNumber = Template(
    message: "\"{svar}\" är inget tal (fråga {fråga})",
    help: "skriv bara siffror, t.ex. 12 eller 1,5; eller vet ej")

  /// A date question answered with something else.
  public static let notDate = Template(
    message: "\"{svar}\" är inget datum (fråga {fråga})",
    help: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01; eller vet ej")

  /// A choice question answered with something that is not one of its choices.
  public static let notChoice = Template(
    message: "\"{svar}\" är inget av alternativen för fråga {fråga}",
    help: "välj ett av: {alternativ}")

  /// `ej aktuellt` without a reason in the comment.
  public static let missingReason = Template(
    message: "\"ej aktuellt\" på fråga {fråga} saknar skäl",
    help: "skriv i kommentar varför frågan inte gäller er (ej aktuellt gäller när: {när})")

  /// Why "ej aktuellt" cannot be answered on a question of duty `dutyID`.
  public static func appliesEverywhere(dutyID: String?, title: String?) -> String {
    guard let dutyID, let title else { return "frågan gäller i alla kommuner" }
    return "plikten \(dutyID) (\(title)) gäller i alla kommuner"
  }

  /// "Ej aktuellt" on a question that applies in every municipality ({omfattning} says why).
  public static let notApplicableNotAllowed = Template(
    message: "\"ej aktuellt\" går inte att svara på fråga {fråga}: {omfattning}",
    help: "svara ja, delvis, nej eller vet ej, och skriv det som gör läget särskilt i kommentar")

  /// An exception row without a duty.
  public static let exceptionWithoutDuty = Template(
    message: "undantaget saknar plikt-id",
    help: "skriv id för plikten som undantaget gäller, t.ex. D012")

  /// An exception without a justification (`{plikt}` is the duty id).
  public static let exceptionWithoutJustification = Template(
    message: "undantaget för {plikt} saknar motivering",
    help: "beskriv hur plikten uppfylls på annat sätt och vilket beslut som gäller")

  /// An exception without a last day.
  public static let exceptionWithoutEnd = Template(
    message: "undantaget för {plikt} saknar sista giltighetsdag",
    help:
      "skriv sista dag som undantaget gäller som ÅÅÅÅ-MM-DD; undantag gäller aldrig tills vidare")

  /// An exception whose last day is not a date.
  public static let exceptionEndNotDate = Template(
    message: "\"{svar}\" är inget datum", help: exceptionWithoutEnd.help)

  /// An exception that ran out before the reference date (a warning).
  public static let exceptionExpired = Template(
    message: "undantaget för {plikt} gick ut {datum}, före referensdatumet {referensdatum}",
    help: "det räknas inte; plikten bedöms som vanligt och redovisas som utgånget undantag")

  /// Two exceptions for one duty.
  public static let exceptionTwice = Template(
    message: "plikten {plikt} har två undantag", help: "slå ihop dem till ett")

  /// The allowed answers of a choice question, as ``notChoice`` lists them.
  public static func choiceList(_ choices: [String]) -> String {
    (choices + ["vet ej", "ej aktuellt"]).joined(separator: " / ")
  }

  /// The characters a number may hold once white space is removed and `,` made `.`, as a
  /// JavaScript regular expression; a test checks it agrees with ``AnswerValue/number(_:)``.
  public static let numberPattern = #"^-?([0-9]+\.?[0-9]*|\.[0-9]+)$"#
}
