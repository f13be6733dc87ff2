extension NationalData {
  /// The share answered `ja` where no indicator matches.
  static let defaultYes = 0.60

  static let comments = (
    yes: ["Fungerar i praktiken.", "Följs upp årligen.", "Ingår i egenkontrollen."],
    partial: [
      "Fungerar i de flesta ärenden men inte i alla.",
      "Arbete pågår och ska vara klart under året.", "Tillämpas inte lika i alla enheter.",
      "Görs i praktiken men är inte skriftligt beslutat.", "Finns, men behöver uppdateras.",
    ],
    no: [
      "Saknas i dag.", "Ingår i handlingsplanen för nästa år.", "Har inte prioriterats.",
      "Behöver utredas.",
    ],
    unknown: ["Uppgiften finns hos en annan enhet.", "Behöver kontrolleras."]
  )

  static let civilComments = (
    yes: ["Stämmer med vår erfarenhet.", "Fungerar bra i samarbetet med oss."],
    partial: [
      "Fungerar ibland; beror på vilken handläggare man möter.",
      "Vår erfarenhet är att det tar lång tid.",
    ],
    no: ["Vi ser inte att detta görs.", "Kvinnor vi möter har inte fått detta erbjudande."],
    unknown: ["Känner inte till kommunens interna rutiner."]
  )

  static let texts = [
    "Nej, inget sådant har inträffat under året.",
    "Ja, vid ett tillfälle; händelsen utreddes och rutinen ändrades.",
    "Nej.",
  ]
}
