extension NationalData {
  /// National shares (share of municipalities meeting the indicator) by ÖJ year, for the
  /// questions that match an ÖJ VNR indicator with a national figure. A round uses the
  /// latest year up to its own (the earliest year before that).
  static let ojShares: [String: [(year: Int, share: Double)]] = [
    "D005-1": [(2018, 0.42), (2019, 0.49)],  // ÖJ 6a: samlad plan, vuxna
    "D005-2": [(2018, 0.40), (2019, 0.47)],  // ÖJ 6b: samlad plan, barn
    "D005-3": [(2019, 0.95), (2020, 0.96)],  // ÖJ 7: fortbildning, vuxna
    "D005-4": [(2019, 0.92), (2020, 0.94)],  // ÖJ 7: fortbildning, barn
    "D008-2": [(2014, 0.25), (2015, 0.28)],  // ÖJ 12: översatt information
    "D011-2": [(2014, 0.49), (2015, 0.69)],  // ÖJ 3: standardiserad bedömningsmetod
    "D015-1": [(2017, 0.98)],  // ÖJ 15a: skyddat boende, kvinnor
    "D015-2": [(2017, 0.86)],  // ÖJ 15b: skyddat boende, män
    "D018-1": [(2016, 0.78), (2017, 0.83)],  // ÖJ 16: socialjour med socionomer
    "D023-1": [
      (2014, 0.14), (2015, 0.17), (2017, 0.14), (2018, 0.15), (2019, 0.22), (2020, 0.21),
      (2021, 0.24), (2022, 0.28), (2023, 0.28), (2024, 0.34),
    ],  // ÖJ 4: rutin för skolgång i skyddat boende
    "D025-1": [(2021, 0.74), (2022, 0.79), (2023, 0.85)],  // ÖJ 9b: stödsamtal, män
    "D025-2": [(2021, 0.74), (2022, 0.80), (2023, 0.85)],  // ÖJ 9a: stödsamtal, kvinnor
    "D025-3": [(2020, 0.60), (2021, 0.62)],  // ÖJ 10: stödsamtal utan biståndsbeslut
    "D034-1": [(2018, 0.35), (2019, 0.40)],  // ÖJ 5: skyddade personuppgifter
    "D037-1": [(2017, 0.33), (2024, 0.37)],  // ÖJ 8a: överenskommelse, kvinnojour
    "D037-2": [(2024, 0.28)],  // ÖJ 8b: polisen
    "D037-3": [(2024, 0.19)],  // ÖJ 8c: primärvården
    "D037-4": [(2024, 0.18)],  // ÖJ 8d: vuxenpsykiatrin
    "D037-5": [(2024, 0.14)],  // ÖJ 8e: akutmottagningar
    "D037-6": [(2024, 0.23)],  // ÖJ 8f: ungdomsmottagningar
    "D039-1": [(2017, 0.09), (2018, 0.10), (2019, 0.08), (2020, 0.13), (2021, 0.13)],  // ÖJ 13
  ]
  /// The share answered `ja` where no indicator matches.
  static let defaultYes = 0.60

  /// Questions a small municipality may honestly answer `ej aktuellt`.
  static let rarelyApplicable: Set<String> = [
    "D017-2", "D022-1", "D022-2", "D023-2", "D023-3", "D024-1", "D024-2", "D024-3", "D028-2",
    "D031-1", "D037-5",
  ]

  /// Duties a kvinnojour can judge from the outside.
  static let observable: Set<String> = [
    "D008", "D012", "D014", "D015", "D018", "D019", "D022", "D023", "D025", "D027", "D036",
    "D037", "D041",
  ]

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
