// swift-format-ignore-file
// Generated from checklists/ by
//   AUDIT_RECORD=1 swift test --filter EmbeddedFilesTests
// Do not edit: edit the files in checklists/ and regenerate. A test fails
// while this file and checklists/ differ.

/// The data files shipped inside the binary, so an installed `audit` needs no
/// source tree.
public enum EmbeddedFiles {
  /// checklists/model: `(path relative to the folder, text)`.
  public static let model: [(path: String, text: String)] = [
    (
      "areas.json",
      #"""
// De tolv områdena i checklistan, i den ordning de visas.
{
  "areas": [
    {"id": "styrning", "title": "Styrning och rutiner", "description": "Nämndens planering, mål, ledningssystem och förebyggande arbete."},
    {"id": "kompetens", "title": "Kunskap och kompetens", "description": "Personalens utbildning, erfarenhet och kunskap om våld i nära relationer."},
    {"id": "upptacka", "title": "Upptäcka våld", "description": "Rutiner för att fråga om våld, information till invånare och uppsökande arbete."},
    {"id": "utredning", "title": "Utredning och riskbedömning", "description": "Utredning av våldsutsattas behov och bedömning av risken för fortsatt våld."},
    {"id": "stod", "title": "Stöd och skydd", "description": "Stödinsatser, skyddat boende, vårdplan och tillgänglighet dygnet runt."},
    {"id": "barn", "title": "Barn", "description": "Stöd, utredning och skydd för barn som utsatts för eller bevittnat våld, även i skyddat boende."},
    {"id": "valdsutovare", "title": "Våldsutövare", "description": "Insatser till den som utövar våld, med de våldsutsattas säkerhet i fokus."},
    {"id": "heder", "title": "Hedersrelaterat våld och förtryck", "description": "Stöd och skydd för vuxna, unga och barn som utsätts för våld eller förtryck med hedersmotiv."},
    {"id": "sarbara", "title": "Särskilt sårbara grupper", "description": "Äldre, personer med funktionsnedsättning, missbruk eller psykisk ohälsa, unga och den som måste flytta."},
    {"id": "sakerhet", "title": "Skyddade personuppgifter och säkerhet", "description": "Sekretess för uppgifter om var våldsutsatta bor och uppgiftslämnande för att förhindra allvarligt våld."},
    {"id": "samverkan", "title": "Samverkan", "description": "Samverkan i enskilda ärenden och med regionen, och nämndens kvarstående ansvar när andra utför insatser."},
    {"id": "uppfoljning", "title": "Uppföljning", "description": "Systematisk uppföljning av insatser, brukarnas synpunkter och uppföljning av boenden och utförare."}
  ]
}

"""#
    ),
    (
      "duties/01-styrning.json",
      #"""
// Styrning och rutiner. Mål, planering och ledningssystem.
{
  "area": "styrning",
  "duties": [
    {
      "id": "D001",
      "title": "Planering utifrån behoven i kommunen",
      "requirement": "Nämnden ska känna till hur våld i nära relationer ser ut i kommunen och planera sina insatser utifrån det. Enligt SOSFS 2014:4 skulle nämnden dessutom fastställa mål för arbetet med våldsutsatta och barn som bevittnat våld.",
      "action": "Ta fram en aktuell bild av behoven (antal ärenden, grupper, väntetider) och besluta om mål och en plan för arbetet mot våld i nära relationer i nämnden.",
      "dialogue": "Hur vet nämnden hur många i kommunen som lever med våld, och hur syns det i budget och verksamhetsplan?",
      "themes": ["oj-styrning"],
      "basis": [
        {"provision": "sol2001-3-1", "strength": "ska"},
        {"provision": "sosfs2014-4-3-1", "strength": "ska"},
        {"provision": "sol2025-7-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D001-1", "text": "Har nämnden fastställt mål för arbetet med våldsutsatta vuxna och barn som bevittnat våld?", "answerKind": "yesPartialNo", "evidence": "Nämndbeslut eller verksamhetsplan med mål, med datum för beslutet."},
        {"id": "D001-2", "text": "Finns en aktuell sammanställning av hur många som sökt eller fått stöd på grund av våld i nära relationer under det senaste året?", "answerKind": "yesPartialNo", "evidence": "Statistik ur verksamhetssystemet eller rapport till nämnden."},
        {"id": "D001-3", "text": "Tas behoven hos våldsutsatta, barn och våldsutövare upp i nämndens budget- och verksamhetsplanering?", "answerKind": "yesPartialNo", "evidence": "Verksamhetsplan och budgetunderlag där området finns med."},
        {"id": "D001-4", "text": "Vilket datum beslutade nämnden senast om mål eller handlingsplan för arbetet mot våld i nära relationer?", "answerKind": "date", "evidence": "Protokollsutdrag."}
      ]
    },
    {
      "id": "D002",
      "title": "Processer och rutiner i ledningssystemet",
      "requirement": "Nämnden ska systematiskt utveckla och säkra kvaliteten i arbetet med våld i nära relationer. Det sker genom processer och aktuella, skriftliga rutiner i ledningssystemet; SOSFS 2014:4 krävde det uttryckligen.",
      "action": "För in processer och rutiner för arbetet med våld i nära relationer i ledningssystemet, utse en ansvarig för att de hålls aktuella och revidera dem minst vartannat år.",
      "dialogue": "Vem ser till att rutinerna för våldsärenden är kända, används och hålls aktuella, och hur får nämnden veta det?",
      "themes": ["oj-styrning"],
      "basis": [
        {"provision": "sol2001-3-3-2002", "strength": "ska"},
        {"provision": "sosfs2014-4-2-1", "strength": "ska"},
        {"provision": "sol2001-3-3-2023", "strength": "ska"},
        {"provision": "sol2025-5-1", "strength": "ska"},
        {"provision": "sol2025-5-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D002-1", "text": "Ingår processer och rutiner för arbetet med våld i nära relationer i nämndens ledningssystem för systematiskt kvalitetsarbete?", "answerKind": "yesPartialNo", "evidence": "Processkarta eller förteckning över rutiner i ledningssystemet."},
        {"id": "D002-2", "text": "Är rutinerna skriftliga, beslutade på ledningsnivå och reviderade under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum och beslutsfattare."},
        {"id": "D002-3", "text": "Finns en utsedd funktion (t.ex. samordnare) med ansvar för att rutinerna hålls aktuella och är kända i alla verksamheter?", "answerKind": "yesPartialNo", "evidence": "Delegationsordning, uppdragsbeskrivning eller befattningsbeskrivning."}
      ]
    },
    {
      "id": "D003",
      "title": "Samhällsplanering och bostäder för våldsutsatta",
      "requirement": "Nämnden ska medverka i samhällsplaneringen och ta initiativ till åtgärder som ger goda förhållanden för dem som utsatts för våld av närstående, bland annat deras möjlighet till en egen bostad.",
      "action": "Gör en överenskommelse med kommunens bostadsbolag eller bostadsförmedling om bostäder för våldsutsatta som lämnar skyddat boende, och lyft våldsutsattas behov i kommunens bostadsförsörjning.",
      "dialogue": "Vart tar den våldsutsatta och barnen vägen när tiden i skyddat boende är slut?",
      "themes": ["oj-styrning", "oj-stod"],
      "basis": [
        {"provision": "sol2001-3-1", "strength": "ska"},
        {"provision": "sol2025-6-5", "strength": "ska"}
      ],
      "questions": [
        {"id": "D003-1", "text": "Finns en överenskommelse med bostadsbolag eller motsvarande om bostäder för våldsutsatta som behöver lämna skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Avtal eller överenskommelse med datum."},
        {"id": "D003-2", "text": "Har nämnden under de senaste två åren tagit upp våldsutsattas behov i kommunens bostadsförsörjning eller annan samhällsplanering?", "answerKind": "yesPartialNo", "evidence": "Yttrande, remissvar eller protokoll."}
      ]
    },
    {
      "id": "D004",
      "title": "Förebyggande arbete mot våld i nära relationer",
      "requirement": "Socialtjänsten ska arbeta förebyggande och vara lätt tillgänglig. För våld i nära relationer betyder det att nämnden planerar tidiga och förebyggande insatser, inte bara insatser när våldet redan skett.",
      "action": "Besluta om förebyggande insatser mot våld i nära relationer (t.ex. i skolor, föräldrastöd, insatser till unga) och följ upp dem.",
      "dialogue": "Vad gör kommunen för att våldet inte ska uppstå, och vem ansvarar för det?",
      "themes": ["oj-styrning"],
      "basis": [
        {"provision": "sol2001-3-1", "strength": "ska"},
        {"provision": "sol2025-2-4", "strength": "ska"},
        {"provision": "sol2025-7-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D004-1", "text": "Finns beslutade förebyggande insatser mot våld i nära relationer, till exempel riktade till unga eller föräldrar?", "answerKind": "yesPartialNo", "evidence": "Handlingsplan eller verksamhetsplan med förebyggande insatser."},
        {"id": "D004-2", "text": "Har de förebyggande insatserna följts upp under det senaste året?", "answerKind": "yesPartialNo", "evidence": "Uppföljningsrapport eller verksamhetsberättelse."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/02-kompetens.json",
      #"""
// Kunskap och kompetens. Lagkravet på lämplig utbildning och erfarenhet (ska) kompletterades
// 2014–2022 av allmänna råd i SOSFS 2014:4 (bör), bland annat om socionomexamen.
{
  "area": "kompetens",
  "duties": [
    {
      "id": "D005",
      "title": "Kompetens hos handläggare i våldsärenden",
      "requirement": "Handläggare som utreder och följer upp ärenden om våld i nära relationer ska ha lämplig utbildning och erfarenhet, bland annat kunskap om våld och riskbedömning. Enligt allmänna råd i SOSFS 2014:4 borde de som handlägger ärenden om våldsutsatta vuxna ha socionomexamen.",
      "action": "Ta fram en samlad plan för kompetensutveckling om våld i nära relationer för handläggare som arbetar med vuxna och med barn, och genomför fortbildning varje år.",
      "dialogue": "Hur säkrar nämnden att den som möter en våldsutsatt vet hur man bedömer risk och vilket stöd som finns?",
      "themes": ["oj-kompetens"],
      "basis": [
        {"provision": "sol2001-3-3-2002", "strength": "ska"},
        {"provision": "sosfs2014-4-4kap-ar", "strength": "bör"},
        {"provision": "sol2001-3-3-2023", "strength": "ska"},
        {"provision": "sol2025-5-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D005-1", "text": "Finns en aktuell samlad plan för kompetensutveckling om våld i nära relationer för handläggare som arbetar med våldsutsatta vuxna?", "answerKind": "yesPartialNo", "evidence": "Kompetensutvecklingsplan med beslutsdatum."},
        {"id": "D005-2", "text": "Finns en motsvarande plan för handläggare som arbetar med barn som utsatts för eller bevittnat våld?", "answerKind": "yesPartialNo", "evidence": "Kompetensutvecklingsplan för barn- och ungdomsvården."},
        {"id": "D005-3", "text": "Har handläggare som utreder våldsutsatta vuxna fått fortbildning om våld i nära relationer under det senaste året?", "answerKind": "yesPartialNo", "evidence": "Deltagarlistor eller utbildningsplan med genomförda tillfällen."},
        {"id": "D005-4", "text": "Har handläggare som utreder barn fått fortbildning om våld i nära relationer under det senaste året?", "answerKind": "yesPartialNo", "evidence": "Deltagarlistor eller utbildningsplan med genomförda tillfällen."},
        {"id": "D005-5", "text": "Har de handläggare som utreder våldsutsatta vuxna socionomexamen eller motsvarande utbildning?", "answerKind": "yesPartialNo", "evidence": "Sammanställning av utbildningsbakgrund för berörda handläggare."}
      ]
    },
    {
      "id": "D006",
      "title": "Kunskap om våld i alla verksamheter",
      "requirement": "Även personal utanför enheten för våld i nära relationer, till exempel inom ekonomiskt bistånd, missbruk, äldreomsorg och stöd till personer med funktionsnedsättning, ska ha den kunskap om våld som behövs för att upptäcka våld och veta vad de ska göra.",
      "action": "Ge all personal som handlägger ärenden enligt socialtjänstlagen en grundutbildning om våld i nära relationer och lägg in den i introduktionen för nyanställda.",
      "dialogue": "Vad händer när en handläggare inom ekonomiskt bistånd eller äldreomsorgen misstänker att någon utsätts för våld?",
      "themes": ["oj-kompetens", "oj-upptacka"],
      "basis": [
        {"provision": "sol2001-3-3-2002", "strength": "ska"},
        {"provision": "sosfs2014-4-4kap-ar", "strength": "bör"},
        {"provision": "sol2001-3-3-2023", "strength": "ska"},
        {"provision": "sol2025-5-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D006-1", "text": "Har personal inom ekonomiskt bistånd, missbruk, äldreomsorg och funktionshinderområdet fått grundutbildning om våld i nära relationer?", "answerKind": "yesPartialNo", "evidence": "Utbildningsplan och deltagarlistor per verksamhet."},
        {"id": "D006-2", "text": "Ingår kunskap om våld i nära relationer i introduktionen för nyanställda i socialtjänsten?", "answerKind": "yesPartialNo", "evidence": "Introduktionsprogram."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/03-upptacka.json",
      #"""
// Upptäcka våld. Kravet på rutiner för att fråga om våld kom med HSLF-FS 2022:39 (2022-11-01).
{
  "area": "upptacka",
  "duties": [
    {
      "id": "D007",
      "title": "Rutiner för att fråga om våld",
      "requirement": "Socialtjänsten ska ha fastställda rutiner för när och hur personalen ska fråga om våld, så att våldsutsatta och barn som bevittnat våld upptäcks i alla verksamheter.",
      "action": "Besluta om skriftliga rutiner för att fråga om våld och agera vid tecken på våld i varje verksamhetsområde, och följ upp att de används.",
      "dialogue": "I vilka av nämndens verksamheter frågar man i dag rutinmässigt om våld, och var gör man det inte?",
      "themes": ["oj-upptacka", "oj-styrning"],
      "basis": [
        {"provision": "hslf2022-39", "strength": "ska"}
      ],
      "questions": [
        {"id": "D007-1", "text": "Finns en aktuell, skriftlig rutin beslutad på ledningsnivå för att fråga om våld och agera vid tecken på våld inom ekonomiskt bistånd?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-2", "text": "Finns en sådan rutin inom missbruks- och beroendevården?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-3", "text": "Finns en sådan rutin inom socialpsykiatrin?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-4", "text": "Finns en sådan rutin inom äldreomsorgen?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-5", "text": "Finns en sådan rutin inom verksamhet för personer med funktionsnedsättning?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-6", "text": "Finns en sådan rutin inom barn- och ungdomsvården?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D007-7", "text": "Används en strukturerad frågemetod, till exempel FREDA-kortfrågor, när personalen frågar om våld?", "answerKind": "yesPartialNo", "evidence": "Rutin som anger metoden; uppgift om vilka enheter som använder den."}
      ]
    },
    {
      "id": "D008",
      "title": "Information om stöd till våldsutsatta",
      "requirement": "Nämnden ska informera om socialtjänsten och om vilket stöd som finns. Våldsutsatta och deras närstående behöver kunna hitta aktuell information om stöd och skydd, också den som inte läser svenska.",
      "action": "Publicera aktuell information om stöd till våldsutsatta och barn på kommunens webbplats, översätt den till de vanligaste språken i kommunen och sprid den där våldsutsatta finns.",
      "dialogue": "Om en kvinna som inte talar svenska letar efter hjälp i kväll, vad hittar hon på kommunens webbplats?",
      "themes": ["oj-upptacka", "oj-stod"],
      "basis": [
        {"provision": "sol2001-3-1", "strength": "ska"},
        {"provision": "sol2001-3-4", "strength": "ska"},
        {"provision": "sol2025-6-2", "strength": "ska"},
        {"provision": "sol2025-6-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D008-1", "text": "Har kommunens webbplats aktuell information om stöd till våldsutsatta vuxna och barn som upplevt våld?", "answerKind": "yesPartialNo", "evidence": "Länk och datum för senaste uppdatering."},
        {"id": "D008-2", "text": "Finns informationen översatt till de vanligaste språken i kommunen?", "answerKind": "yesPartialNo", "evidence": "Länkar till översatta sidor och vilka språk."},
        {"id": "D008-3", "text": "Finns information om hur man når socialtjänsten akut, även på kvällar och helger?", "answerKind": "yesPartialNo", "evidence": "Webbsida eller broschyr med telefonnummer till socialjour."}
      ]
    },
    {
      "id": "D009",
      "title": "Uppsökande arbete tillsammans med andra",
      "requirement": "Nämnden ska i sitt uppsökande arbete upplysa om vilket stöd socialtjänsten kan ge och erbjuda hjälp, och när det är lämpligt samverka med andra myndigheter och organisationer för att nå våldsutsatta.",
      "action": "Gör en plan för uppsökande arbete om våld i nära relationer tillsammans med till exempel mödra- och barnhälsovård, vårdcentraler, skolor och ideella organisationer.",
      "dialogue": "Vilka våldsutsatta når kommunen inte i dag, och vem kan hjälpa till att nå dem?",
      "themes": ["oj-upptacka", "oj-samverkan"],
      "basis": [
        {"provision": "sol2001-3-4", "strength": "ska"},
        {"provision": "sol2025-6-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D009-1", "text": "Bedriver nämnden uppsökande arbete om våld i nära relationer tillsammans med hälso- och sjukvård, skola eller ideella organisationer?", "answerKind": "yesPartialNo", "evidence": "Plan för uppsökande arbete eller redovisning av genomförda aktiviteter."},
        {"id": "D009-2", "text": "Riktar det uppsökande arbetet sig också till grupper som sällan söker stöd, till exempel äldre, personer med funktionsnedsättning och nyanlända?", "answerKind": "yesPartialNo", "evidence": "Plan eller redovisning som visar målgrupperna."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/04-utredning.json",
      #"""
// Utredning och riskbedömning.
{
  "area": "utredning",
  "duties": [
    {
      "id": "D010",
      "title": "Utredning av våldsutsattas behov",
      "requirement": "När nämnden får veta att någon utsätts för våld ska den utan dröjsmål inleda en utredning om personen vill ha stöd. Utredningen bör omfatta behovet av stöd akut och på kort och lång sikt, våldets karaktär, nätverk och föräldraskap.",
      "action": "Se till att förfrågningar från våldsutsatta hanteras som ansökningar och leder till utredning och ett beslut som går att överklaga, och att utredningarna täcker hela behovet.",
      "dialogue": "Får alla som hör av sig om våld ett beslut som de kan överklaga, eller stannar det ibland vid råd och hänvisning?",
      "themes": ["oj-utredning"],
      "basis": [
        {"provision": "sol2001-11-1-2013", "strength": "ska"},
        {"provision": "sosfs2014-4-5kap-ar", "strength": "bör"},
        {"provision": "sol2025-14-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D010-1", "text": "Hanteras en våldsutsatts förfrågan om stöd som en ansökan som leder till utredning och beslut, om det inte är uppenbart att personen bara vill ha information?", "answerKind": "yesPartialNo", "evidence": "Rutin för mottagning; stickprov i akter."},
        {"id": "D010-2", "text": "Omfattar utredningarna behovet av stöd akut och på kort och lång sikt, våldets art, nätverk och eventuella barn?", "answerKind": "yesPartialNo", "evidence": "Utredningsmall; granskning av ett urval akter."},
        {"id": "D010-3", "text": "Hur många utredningar om våldsutsatta vuxna inleddes under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet."}
      ]
    },
    {
      "id": "D011",
      "title": "Riskbedömning i ärenden om våldsutsatta vuxna",
      "requirement": "I ärenden om våldsutsatta vuxna ska risken för fortsatt våld bedömas. Kravet skärptes i HSLF-FS 2022:39. Enligt allmänna råd i SOSFS 2014:4 borde en standardiserad bedömningsmetod användas.",
      "action": "Inför en rutin för riskbedömning i varje ärende med en standardiserad metod, dokumentera bedömningen och gör om den när situationen förändras.",
      "dialogue": "Hur vet nämnden att en våldsutsatt som går hem i dag har fått sin risk bedömd, och vad händer om risken är hög?",
      "themes": ["oj-utredning"],
      "basis": [
        {"provision": "sosfs2014-4-5kap", "strength": "ska"},
        {"provision": "sosfs2014-4-5kap-ar", "strength": "bör"},
        {"provision": "hslf2022-39", "strength": "ska"}
      ],
      "questions": [
        {"id": "D011-1", "text": "Görs en riskbedömning i varje ärende om en våldsutsatt vuxen?", "answerKind": "yesPartialNo", "evidence": "Rutin för riskbedömning; stickprov i akter."},
        {"id": "D011-2", "text": "Används en standardiserad bedömningsmetod, till exempel FREDA, SARA:SV eller PATRIARK, vid utredning av våldsutsatta vuxna?", "answerKind": "yesPartialNo", "evidence": "Rutin som anger metoden."},
        {"id": "D011-3", "text": "Dokumenteras riskbedömningen och görs den om när situationen förändras, till exempel vid separation eller när den våldsutövande släpps från frihetsberövande?", "answerKind": "yesPartialNo", "evidence": "Rutin; granskning av ett urval akter."},
        {"id": "D011-4", "text": "Leder en bedömning av hög risk till konkreta skyddsåtgärder som planeras tillsammans med den våldsutsatta?", "answerKind": "yesPartialNo", "evidence": "Rutin som beskriver vad som händer vid hög risk; avidentifierat exempel."},
        {"id": "D011-5", "text": "Vilken bedömningsmetod används främst vid riskbedömning av våldsutsatta vuxna?", "answerKind": "choice", "choices": ["FREDA", "SARA:SV", "PATRIARK", "flera metoder", "annan metod", "ingen standardiserad metod"], "evidence": "Rutin som anger metoden."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/05-stod.json",
      #"""
// Stöd och skydd. Grunden är brottsofferparagrafen: 5 kap. 11 § SoL 2001:453 (bör till 2007-06-30,
// ska från 2007-07-01) och från 2025-07-01 13 kap. 1 § SoL 2025:400 (nämnden ska erbjuda brottsofferstöd).
// Skyddat boende blev en egen insats 2024-04-01 (SFS 2024:85) med tillståndsplikt hos IVO.
{
  "area": "stod",
  "duties": [
    {
      "id": "D012",
      "title": "Stöd och hjälp till våldsutsatta",
      "requirement": "Nämnden ska se till att den som utsatts för våld av en närstående får stöd och hjälp för att förändra sin situation, till exempel råd, samtalsstöd och stöd under en rättsprocess. Från 2025-07-01 ska nämnden erbjuda brottsofferstöd.",
      "action": "Se till att samtalsstöd, rådgivning och stöd vid polisanmälan och rättegång kan erbjudas alla våldsutsatta, på kort och lång sikt, och att stödet inte hänger på att en kvinnojour har plats.",
      "dialogue": "Vilket stöd kan en våldsutsatt i kommunen räkna med från socialtjänsten, oavsett om hon eller han redan har kontakt med en kvinnojour?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2002", "strength": "bör"},
        {"provision": "sol2001-5-11-2006", "strength": "bör"},
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D012-1", "text": "Kan nämnden erbjuda samtalsstöd till våldsutsatta vuxna både akut och på längre sikt?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatsen; antal personer som fått samtalsstöd senaste året."},
        {"id": "D012-2", "text": "Kan nämnden ge stöd i samband med polisanmälan, kontaktförbud och rättegång, till exempel stödperson eller följe?", "answerKind": "yesPartialNo", "evidence": "Rutin eller beskrivning av insatsen."},
        {"id": "D012-3", "text": "Kan våldsutsatta få stöd av nämnden även när de samtidigt får stöd av en kvinnojour eller annan ideell organisation?", "answerKind": "yesPartialNo", "evidence": "Rutin; exempel på biståndsbeslut."},
        {"id": "D012-4", "text": "Hur många våldsutsatta vuxna fick stöd med biståndsbeslut under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet."}
      ]
    },
    {
      "id": "D013",
      "title": "Ekonomiskt och praktiskt stöd vid uppbrott",
      "requirement": "Nämnden ska beakta att den som lämnar en våldsam relation kan behöva ekonomiskt bistånd och praktisk hjälp, till exempel att hämta tillhörigheter eller ordna ekonomin, och pröva sådant bistånd utifrån den våldsutsattas situation.",
      "action": "Ta fram riktlinjer för ekonomiskt bistånd som tar hänsyn till våldsutsatthet (t.ex. akut bistånd, kostnader för flytt och skydd) och en rutin för praktisk hjälp vid uppbrott.",
      "dialogue": "Hur fungerar ekonomiskt bistånd för den som flyr hemmet i kväll utan pengar, bank-id eller nycklar?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2002", "strength": "bör"},
        {"provision": "sol2001-5-11-2006", "strength": "bör"},
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-12-1", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D013-1", "text": "Tar riktlinjerna för ekonomiskt bistånd hänsyn till särskilda behov och kostnader hos våldsutsatta?", "answerKind": "yesPartialNo", "evidence": "Riktlinjer för ekonomiskt bistånd med avsnitt om våld i nära relationer."},
        {"id": "D013-2", "text": "Kan våldsutsatta få akut ekonomiskt bistånd samma dag, även utanför kontorstid?", "answerKind": "yesPartialNo", "evidence": "Rutin för akut bistånd och socialjourens delegation."},
        {"id": "D013-3", "text": "Finns en rutin för praktisk hjälp vid uppbrott, till exempel att hämta tillhörigheter i bostaden med polisens hjälp?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."}
      ]
    },
    {
      "id": "D014",
      "title": "Stöd till alla våldsutsatta oavsett kön och relation",
      "requirement": "Brottsofferansvaret gäller alla som utsatts för våld av en närstående: kvinnor, män, personer i samkönade relationer och andra. Insatserna ska utformas tillsammans med den enskilde och behöver därför kunna anpassas till hans eller hennes situation.",
      "action": "Se över att stöd, samtalsstöd och skyddat boende finns att erbjuda även våldsutsatta män och hbtqi-personer, och att informationen når dem.",
      "dialogue": "Vad kan kommunen erbjuda en man eller en person i en samkönad relation som utsätts för våld?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2002", "strength": "bör"},
        {"provision": "sol2001-5-11-2006", "strength": "bör"},
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2001-3-5-2013", "strength": "ska"},
        {"provision": "sol2025-10-3", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D014-1", "text": "Kan nämnden erbjuda samtalsstöd till våldsutsatta män?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatsen eller avtal med utförare."},
        {"id": "D014-2", "text": "Är stödet och informationen anpassade så att även hbtqi-personer som utsätts för våld i nära relationer nås?", "answerKind": "yesPartialNo", "evidence": "Rutin, utbildning eller informationsmaterial."}
      ]
    },
    {
      "id": "D015",
      "title": "Tillgång till skyddat boende",
      "requirement": "Nämnden ska se till att den som behöver stöd och skydd på grund av hot, våld eller andra övergrepp kan tas emot i ett skyddat boende, och kommunen ansvarar för att det finns tillgång till skyddade boenden. Från 2024-04-01 är skyddat boende en egen insats i socialtjänstlagen.",
      "action": "Säkra platser i skyddat boende för kvinnor och män, med avtal eller egen verksamhet, och fatta biståndsbeslut om skyddat boende för varje placering.",
      "dialogue": "Om tre personer behöver skyddat boende samma natt, var bor de då, och vem har fattat beslutet?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2001-6-1a", "strength": "ska"},
        {"provision": "sol2001-6-2-2024", "strength": "ska"},
        {"provision": "sol2025-9-5", "strength": "ska"},
        {"provision": "sol2025-9-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D015-1", "text": "Kan nämnden erbjuda skyddat boende efter biståndsbeslut till våldsutsatta kvinnor?", "answerKind": "yesPartialNo", "evidence": "Avtal eller egen verksamhet; antal beslut senaste året."},
        {"id": "D015-2", "text": "Kan nämnden erbjuda skyddat boende efter biståndsbeslut till våldsutsatta män?", "answerKind": "yesPartialNo", "evidence": "Avtal eller egen verksamhet; antal beslut senaste året."},
        {"id": "D015-3", "text": "Finns tillgång till skyddat boende för personer med särskilda behov, till exempel missbruk, funktionsnedsättning eller hedersrelaterad hotbild?", "answerKind": "yesPartialNo", "evidence": "Avtal eller förteckning över boenden och deras inriktning."},
        {"id": "D015-4", "text": "Hur många beslut om skyddat boende för vuxna fattades under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet."}
      ]
    },
    {
      "id": "D016",
      "title": "Skyddat boende med tillstånd eller anmälan hos IVO",
      "requirement": "Från 2024-04-01 får privata och idéburna aktörer bara bedriva skyddat boende med tillstånd från IVO. Från 2025-07-01 ska kommunens egna skyddade boenden anmälas till IVO innan de startar. Nämnden ska bara placera i boenden som uppfyller kraven.",
      "action": "Kontrollera att varje skyddat boende som används har tillstånd från IVO eller, om det är kommunalt, är anmält, och placera inte i boenden som saknar det.",
      "dialogue": "Vet nämnden att alla skyddade boenden den använder, också kvinnojourens, har tillstånd från IVO?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-7-1-2024", "strength": "ska"},
        {"provision": "sol2025-26-1", "strength": "ska"},
        {"provision": "sol2025-26-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D016-1", "text": "Har alla privata och idéburna skyddade boenden som nämnden placerar i tillstånd från IVO?", "answerKind": "yesPartialNo", "evidence": "Förteckning över använda boenden med tillståndsbeslut från IVO."},
        {"id": "D016-2", "text": "Är kommunens egna skyddade boenden anmälda till IVO?", "answerKind": "yesPartialNo", "evidence": "Anmälan till IVO och mottagningsbekräftelse, eller uppgift om att kommunen saknar egna boenden."},
        {"id": "D016-3", "text": "Kontrolleras tillståndet innan en placering görs i ett boende som nämnden inte använt tidigare?", "answerKind": "yesPartialNo", "evidence": "Rutin för placering."}
      ]
    },
    {
      "id": "D017",
      "title": "Vårdplan vid placering i skyddat boende",
      "requirement": "Från 2024-04-01 ska nämnden upprätta en vårdplan när någon placeras i skyddat boende, och för barn även en genomförandeplan. Planerna ska också visa vad andra huvudmän ansvarar för.",
      "action": "Inför en rutin och mall för vårdplan vid varje placering i skyddat boende och följ upp att planerna upprättas.",
      "dialogue": "Vad står det i planen för en kvinna som bor i skyddat boende, och vem följer upp att planen genomförs?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-11-3-2024", "strength": "ska"},
        {"provision": "sol2025-9-12", "strength": "ska"}
      ],
      "questions": [
        {"id": "D017-1", "text": "Upprättas en vårdplan för varje vuxen som placeras i skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Rutin och mall; stickprov i akter."},
        {"id": "D017-2", "text": "Upprättas en genomförandeplan för varje barn som bor i skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Rutin och mall; stickprov i akter."}
      ]
    },
    {
      "id": "D018",
      "title": "Nåbarhet akut och utanför kontorstid",
      "requirement": "Socialtjänsten ska vara lätt tillgänglig, och den kommun där en person vistas ansvarar för insatser i akuta situationer. Fram till 2025-06-30 angav lagen att nämnden borde ha social jour eller liknande.",
      "action": "Se till att våldsutsatta kan nå socialtjänsten dygnet runt, via socialjour med socionomkompetens och delegation att besluta om akut skydd.",
      "dialogue": "Vem svarar när en våldsutsatt ringer en fredagskväll, och kan den personen ordna skydd direkt?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-3-6-2013", "strength": "bör"},
        {"provision": "sol2025-2-4", "strength": "ska"},
        {"provision": "sol2025-29-4", "strength": "ska"}
      ],
      "questions": [
        {"id": "D018-1", "text": "Kan våldsutsatta nå socialtjänsten utanför kontorstid via en socialjour bemannad med socionomer?", "answerKind": "yesPartialNo", "evidence": "Avtal eller beslut om socialjour; bemanning."},
        {"id": "D018-2", "text": "Har socialjouren delegation att besluta om akut skyddat boende och akut ekonomiskt bistånd?", "answerKind": "yesPartialNo", "evidence": "Delegationsordning."},
        {"id": "D018-3", "text": "Får våldsutsatta från andra kommuner som tillfälligt vistas i kommunen akut stöd och skydd?", "answerKind": "yesPartialNo", "evidence": "Rutin för akuta ärenden från andra kommuner."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/06-barn.json",
      #"""
// Barn. Barn som bevittnat våld nämns i 5 kap. 11 § från 2006-11-15 (bör) och med ska från 2007-07-01.
// Från 2013-01-01 ansvarar nämnden uttryckligen för att barnet får stöd; från 2025-07-01 i 18 kap. 7 § SoL 2025:400.
// Barn i skyddat boende får eget beslut från 2024-04-01 (SFS 2024:85 och lag 2024:79).
{
  "area": "barn",
  "duties": [
    {
      "id": "D019",
      "title": "Stöd till barn som bevittnat våld",
      "requirement": "Ett barn som bevittnat våld av eller mot en närstående är brottsoffer. Nämnden ska se till att barnet får det stöd och den hjälp barnet behöver, oberoende av det stöd föräldern får.",
      "action": "Se till att det finns stödinsatser för barn som upplevt våld (t.ex. enskilda samtal eller gruppverksamhet) och att barnets behov bedöms i varje ärende där en förälder är utsatt för eller utövar våld.",
      "dialogue": "När en mamma får stöd för att hon utsatts för våld, vem frågar barnen hur de har det?",
      "themes": ["oj-barn"],
      "basis": [
        {"provision": "sol2001-5-11-2006", "strength": "bör"},
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-18-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D019-1", "text": "Kan nämnden erbjuda stödinsatser särskilt riktade till barn som upplevt våld i nära relationer?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatsen (t.ex. samtal eller gruppverksamhet) och antal barn senaste året."},
        {"id": "D019-2", "text": "Bedöms barnens behov av stöd i varje ärende där en vuxen i familjen är utsatt för eller utövar våld?", "answerKind": "yesPartialNo", "evidence": "Rutin för samverkan mellan vuxen- och barnenheten; stickprov i akter."},
        {"id": "D019-3", "text": "Hur många barn som upplevt våld fick en stödinsats under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet."}
      ]
    },
    {
      "id": "D020",
      "title": "Stöd till barn som själva utsatts för våld eller andra brott",
      "requirement": "Nämnden ansvarar för att ett barn som utsatts för brott, till exempel våld av en närstående, och barnets närstående får de insatser de behöver.",
      "action": "Säkerställ att barn som utsatts för våld får stöd efter utredningen, även när ärendet inte leder till placering, och att stödet till barnets närstående samordnas.",
      "dialogue": "Vilket stöd får ett barn som blivit slaget hemma när utredningen är klar och barnet bor kvar?",
      "themes": ["oj-barn"],
      "basis": [
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-18-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D020-1", "text": "Kan nämnden erbjuda stöd, till exempel krisstöd eller bearbetande samtal, till barn som själva utsatts för våld av en närstående?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatser; avtal med t.ex. barn- och ungdomspsykiatrin eller egen verksamhet."},
        {"id": "D020-2", "text": "Får barn som utsatts för brott stöd i samband med polisförhör och rättsprocess, till exempel via barnahus?", "answerKind": "yesPartialNo", "evidence": "Samverkansöverenskommelse om barnahus eller rutin."}
      ]
    },
    {
      "id": "D021",
      "title": "Utredning och riskbedömning när barn utsatts för eller bevittnat våld",
      "requirement": "När nämnden får veta att ett barn kan ha utsatts för eller bevittnat våld ska den utan dröjsmål utreda barnets behov av stöd och hjälp och bedöma risken för att barnet utsätts för eller bevittnar mer våld. Kraven på riskbedömning för barn skärptes i HSLF-FS 2022:39.",
      "action": "Inför en rutin för riskbedömning för barn i alla ärenden där våld förekommer, dokumentera bedömningen och låt barnet komma till tals.",
      "dialogue": "Hur bedöms risken för barnen när föräldrarna separerar efter våld, och vem gör det?",
      "themes": ["oj-barn", "oj-utredning"],
      "basis": [
        {"provision": "sol2001-11-1-2013", "strength": "ska"},
        {"provision": "sosfs2014-4-6-1", "strength": "ska"},
        {"provision": "hslf2022-39", "strength": "ska"},
        {"provision": "sol2025-14-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D021-1", "text": "Inleds utredning utan dröjsmål när nämnden får veta att ett barn kan ha utsatts för eller bevittnat våld?", "answerKind": "yesPartialNo", "evidence": "Rutin för förhandsbedömning och utredning; uppgift om handläggningstider."},
        {"id": "D021-2", "text": "Görs och dokumenteras en riskbedömning för barnet i varje sådant ärende?", "answerKind": "yesPartialNo", "evidence": "Rutin och bedömningsmall; stickprov i akter."},
        {"id": "D021-3", "text": "Får barnet själv komma till tals i utredningen?", "answerKind": "yesPartialNo", "evidence": "Rutin för samtal med barn; stickprov i akter."}
      ]
    },
    {
      "id": "D022",
      "title": "Barn i skyddat boende får eget beslut och regelbundna överväganden",
      "requirement": "Från 2024-04-01 är ett barn som följer med en förälder till skyddat boende själv beviljat insatsen. Nämnden ska fatta ett eget beslut för barnet och minst var sjätte månad överväga om insatsen fortfarande behövs.",
      "action": "Fatta ett eget beslut för varje barn som följer med till skyddat boende, utse handläggare för barnet och bevaka övervägandena var sjätte månad.",
      "dialogue": "Hur många barn bor i skyddat boende genom nämndens beslut just nu, och vem har ansvaret för vart och ett av dem?",
      "themes": ["oj-barn", "oj-stod"],
      "basis": [
        {"provision": "sol2001-6-6d", "strength": "ska"},
        {"provision": "sol2001-6-8-2024", "strength": "ska"},
        {"provision": "sol2025-22-5", "strength": "ska"},
        {"provision": "sol2025-22-13", "strength": "ska"}
      ],
      "questions": [
        {"id": "D022-1", "text": "Fattas ett eget beslut om skyddat boende för varje barn som följer med en vårdnadshavare dit?", "answerKind": "yesPartialNo", "evidence": "Rutin; antal beslut för barn senaste året."},
        {"id": "D022-2", "text": "Övervägs minst var sjätte månad om barnets insats i skyddat boende fortfarande behövs?", "answerKind": "yesPartialNo", "evidence": "Bevakningsrutin; protokoll eller akter med överväganden."},
        {"id": "D022-3", "text": "Hur många barn beviljades skyddat boende under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet."}
      ]
    },
    {
      "id": "D023",
      "title": "Skolgång, hälsa och kontakt för barn i skyddat boende",
      "requirement": "För barn i skyddat boende ska nämnden verka för att barnet får lämplig utbildning och hälso- och sjukvård, noga följa barnets situation genom besök och samtal, särskilt uppmärksamma skolgången, och utse en socialsekreterare som ansvarar för kontakten med barnet.",
      "action": "Besluta om en rutin för att säkra skolgången för barn i skyddat boende och utse en ansvarig socialsekreterare för varje barn.",
      "dialogue": "Går barnen i skyddat boende i skolan i dag, och vem i kommunen vet det?",
      "themes": ["oj-barn"],
      "basis": [
        {"provision": "sol2001-6-7-2024", "strength": "ska"},
        {"provision": "sol2001-6-7b-2024", "strength": "ska"},
        {"provision": "sol2001-6-7c-2024", "strength": "ska"},
        {"provision": "sol2025-22-8", "strength": "ska"},
        {"provision": "sol2025-22-11", "strength": "ska"},
        {"provision": "sol2025-22-12", "strength": "ska"}
      ],
      "questions": [
        {"id": "D023-1", "text": "Finns en aktuell, skriftlig rutin beslutad på ledningsnivå för hur handläggaren ska säkra skolgången för barn i skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D023-2", "text": "Har varje barn i skyddat boende en utsedd socialsekreterare som besöker barnet och har enskilda samtal med det?", "answerKind": "yesPartialNo", "evidence": "Rutin; stickprov i akter."},
        {"id": "D023-3", "text": "Följer nämnden upp barnets hälsa och behov av hälso- och sjukvård under tiden i skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Rutin; genomförandeplaner."}
      ]
    },
    {
      "id": "D024",
      "title": "Skyddat boende för barn när en vårdnadshavare inte samtycker",
      "requirement": "Enligt lagen (2024:79) kan ett barn placeras i skyddat boende med en vårdnadshavare även när den andra vårdnadshavaren inte samtycker. Nämnden ska då informera barnet och låta det framföra sina åsikter, och minst var sjätte månad överväga om insatsen ska fortsätta.",
      "action": "Ta fram en rutin för ärenden enligt lagen om placering av barn i skyddat boende: ansökan till förvaltningsrätten, omedelbara beslut, information till barnet och överväganden.",
      "dialogue": "Vad gör socialtjänsten om en pappa som utövar våld säger nej till att barnen följer med mamman till skyddat boende?",
      "themes": ["oj-barn", "oj-stod"],
      "basis": [
        {"provision": "lag2024-79-2-2", "strength": "ska"},
        {"provision": "lag2024-79-5-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D024-1", "text": "Finns en rutin för hur nämnden handlägger ärenden enligt lagen om placering av barn i skyddat boende, inklusive omedelbara beslut och ansökan till förvaltningsrätten?", "answerKind": "yesPartialNo", "evidence": "Rutindokument och delegationsordning."},
        {"id": "D024-2", "text": "Får barnet information anpassad till ålder och mognad och möjlighet att framföra sina åsikter i sådana ärenden?", "answerKind": "yesPartialNo", "evidence": "Rutin för samtal med barn; stickprov i akter."},
        {"id": "D024-3", "text": "Bevakas att insatsen övervägs minst var sjätte månad?", "answerKind": "yesPartialNo", "evidence": "Bevakningsrutin."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/07-valdsutovare.json",
      #"""
// Våldsutövare. 2014–2022 fanns bara allmänna råd (bör) i SOSFS 2014:4.
// Från 2021-08-01 en lagstadgad uppgift (5 kap. 11 a § SoL 2001:453, "verka för"),
// från 2025-07-01 ska nämnden erbjuda insatser (13 kap. 8 § SoL 2025:400).
{
  "area": "valdsutovare",
  "duties": [
    {
      "id": "D025",
      "title": "Insatser till den som utövar våld",
      "requirement": "Nämnden ska verka för att den som utsätter eller har utsatt en närstående för våld ändrar sitt beteende. Från 2025-07-01 ska nämnden erbjuda insatser som syftar till det.",
      "action": "Se till att stödsamtal eller behandling för våldsutövare kan erbjudas, både efter biståndsbeslut och som lättillgänglig service, till kvinnor och män.",
      "dialogue": "Vart kan en person som vill sluta slå sin partner vända sig i kommunen i dag?",
      "themes": ["oj-valdsutovare"],
      "basis": [
        {"provision": "sosfs2014-4-ar-valdsutovare", "strength": "bör"},
        {"provision": "sol2001-5-11a", "strength": "ska"},
        {"provision": "sol2025-13-8", "strength": "ska"}
      ],
      "questions": [
        {"id": "D025-1", "text": "Kan nämnden erbjuda stödsamtal eller behandling efter biståndsbeslut till män som utövat våld mot en närstående?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatsen eller avtal med utförare."},
        {"id": "D025-2", "text": "Kan nämnden erbjuda stödsamtal eller behandling efter biståndsbeslut till kvinnor som utövat våld mot en närstående?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatsen eller avtal med utförare."},
        {"id": "D025-3", "text": "Kan våldsutövare få stödsamtal utan föregående utredning och biståndsbeslut (som service)?", "answerKind": "yesPartialNo", "evidence": "Beslut om serviceinsats och beskrivning av hur den nås."},
        {"id": "D025-4", "text": "Hur många våldsutövare fick en insats under det senaste året?", "answerKind": "number", "evidence": "Uttag ur verksamhetssystemet eller utförarens statistik."}
      ]
    },
    {
      "id": "D026",
      "title": "De våldsutsattas säkerhet i arbetet med våldsutövare",
      "requirement": "När nämnden arbetar med den som utövar våld ska den särskilt beakta säkerheten för den som utsatts och för dennes närstående, till exempel barnen.",
      "action": "Inför en rutin som kopplar insatser till våldsutövare till en bedömning av risken för den utsatta och barnen, och till samordning med deras handläggare.",
      "dialogue": "Hur säkerställer nämnden att arbetet med den som slår inte ökar riskerna för den som blivit slagen?",
      "themes": ["oj-valdsutovare", "oj-utredning"],
      "basis": [
        {"provision": "sol2001-5-11a", "strength": "ska"},
        {"provision": "sol2025-13-8", "strength": "ska"}
      ],
      "questions": [
        {"id": "D026-1", "text": "Görs en bedömning av risken för den våldsutsatta och barnen när en våldsutövare får en insats?", "answerKind": "yesPartialNo", "evidence": "Rutin; stickprov i akter."},
        {"id": "D026-2", "text": "Finns en rutin för samordning mellan den som arbetar med våldsutövaren och handläggarna för den utsatta och barnen?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."}
      ]
    },
    {
      "id": "D027",
      "title": "Information om stöd till våldsutövare",
      "requirement": "För att nämnden ska kunna verka för och erbjuda insatser till våldsutövare behöver de som utövar våld, och personal som möter dem, veta vilket stöd som finns.",
      "action": "Publicera aktuell information om stöd till våldsutövare på kommunens webbplats och informera verksamheter som möter våldsutövare, till exempel missbruksvården och familjerätten.",
      "dialogue": "Hur får en person som utövar våld veta att kommunen kan hjälpa honom eller henne att sluta?",
      "themes": ["oj-valdsutovare", "oj-upptacka"],
      "basis": [
        {"provision": "sol2001-5-11a", "strength": "ska"},
        {"provision": "sol2025-6-2", "strength": "ska"},
        {"provision": "sol2025-13-8", "strength": "ska"}
      ],
      "questions": [
        {"id": "D027-1", "text": "Finns aktuell information om stöd till våldsutövare på kommunens webbplats?", "answerKind": "yesPartialNo", "evidence": "Länk och datum för senaste uppdatering."},
        {"id": "D027-2", "text": "Känner personal inom missbruksvård, familjerätt och barn- och ungdomsvård till vart de kan hänvisa våldsutövare?", "answerKind": "yesPartialNo", "evidence": "Rutin eller informationsmaterial till personalen."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/08-heder.json",
      #"""
// Hedersrelaterat våld och förtryck. SoL 2025:400 13 kap. 1 § nämner hedersmotiv uttryckligen;
// i SoL 2001:453 omfattades de utsatta av de allmänna skrivningarna i 5 kap. 11 § (heder nämndes inte där).
{
  "area": "heder",
  "duties": [
    {
      "id": "D028",
      "title": "Stöd och skydd vid hedersrelaterat våld och förtryck",
      "requirement": "Den som utsätts för våld med hedersmotiv av närstående omfattas av nämndens ansvar för brottsoffer och våldsutsatta. Från 2025-07-01 ska nämnden uttryckligen vara uppmärksam på behoven hos personer som utsatts för våld eller förtryck med hedersmotiv.",
      "action": "Ta fram en rutin för ärenden om hedersrelaterat våld och förtryck, med riskbedömning som tar hänsyn till att flera i släkten kan utöva våld, och utbilda berörd personal.",
      "dialogue": "Hur skulle socialtjänsten hantera en ung kvinna som berättar att familjen planerar att gifta bort henne?",
      "themes": ["oj-heder"],
      "basis": [
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D028-1", "text": "Finns en aktuell, skriftlig rutin för ärenden om hedersrelaterat våld och förtryck?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D028-2", "text": "Används en bedömningsmetod som är anpassad till hedersrelaterat våld, till exempel PATRIARK?", "answerKind": "yesPartialNo", "evidence": "Rutin som anger metoden."},
        {"id": "D028-3", "text": "Har de handläggare som möter hedersärenden fått utbildning om hedersrelaterat våld och förtryck under de senaste två åren?", "answerKind": "yesPartialNo", "evidence": "Deltagarlistor eller utbildningsplan."}
      ]
    },
    {
      "id": "D029",
      "title": "Barn och unga som utsätts för hedersrelaterat våld och förtryck",
      "requirement": "Nämnden ansvarar för att barn som utsatts för brott, också våld med hedersmotiv, får de insatser de behöver. Från 2025-07-01 ska nämnden uttryckligen vara uppmärksam på behoven hos dem som utsatts för våld eller förtryck med hedersmotiv.",
      "action": "Se till att barn och unga som berättar om hedersrelaterat våld får en skyndsam skyddsbedömning som tar hänsyn till att hotet kan komma från flera i familjen och släkten, och att det finns placeringsmöjligheter och samverkan med skolan.",
      "dialogue": "Om en elev berättar för skolkuratorn att hon inte får gå hem, hur snabbt kan socialtjänsten ge skydd?",
      "themes": ["oj-heder", "oj-barn"],
      "basis": [
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"},
        {"provision": "sol2025-18-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D029-1", "text": "Finns en rutin för skyndsam skyddsbedömning när ett barn berättar om hedersrelaterat våld eller förtryck?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."},
        {"id": "D029-2", "text": "Finns samverkan med skolan i ärenden om hedersrelaterat våld mot barn och unga?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse eller rutin för samverkan med skolan."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/09-sarbara.json",
      #"""
// Särskilt sårbara grupper. Brottsofferansvaret gäller alla våldsutsatta; här följs upp grupper
// som ofta missas. Plikterna vilar på samma lagrum som stödet i övrigt.
{
  "area": "sarbara",
  "duties": [
    {
      "id": "D030",
      "title": "Våldsutsatta äldre och personer med funktionsnedsättning",
      "requirement": "Äldre och personer med funktionsnedsättning som utsätts för våld av en närstående, till exempel en partner, ett vuxet barn eller en anhörigvårdare, har samma rätt till stöd och skydd som andra våldsutsatta. Stödet behöver kunna anpassas till deras behov av omsorg och tillgänglighet.",
      "action": "Se till att äldreomsorg och funktionshinderverksamhet vet hur de ska agera vid våld, och att skyddat boende och stöd kan anpassas till personer med omsorgsbehov.",
      "dialogue": "Vad händer om hemtjänstpersonalen ser att en äldre kvinna har blåmärken efter sin make?",
      "themes": ["oj-stod", "oj-upptacka"],
      "basis": [
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D030-1", "text": "Finns en rutin för hur personal i hemtjänst, särskilt boende och LSS-verksamhet ska agera när de misstänker våld från en närstående?", "answerKind": "yesPartialNo", "evidence": "Rutindokument för äldreomsorg och funktionshinderverksamhet."},
        {"id": "D030-2", "text": "Kan nämnden erbjuda skyddat boende eller annat skydd till våldsutsatta som behöver omsorg eller har en funktionsnedsättning?", "answerKind": "yesPartialNo", "evidence": "Avtal eller exempel på lösningar."}
      ]
    },
    {
      "id": "D031",
      "title": "Våldsutsatta med missbruk eller psykisk ohälsa",
      "requirement": "Våldsutsatta som har ett missbruk eller psykisk ohälsa har samma rätt till stöd och skydd som andra. Stödet för våldsutsattheten och för missbruket eller ohälsan behöver samordnas.",
      "action": "Se till att det finns skyddat boende som tar emot personer med missbruk och att missbruksvård och våldsstöd samordnas i samma ärende.",
      "dialogue": "Var kan en kvinna som utsätts för våld och samtidigt dricker för mycket bo i kväll?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D031-1", "text": "Har nämnden tillgång till skyddat boende som tar emot våldsutsatta med pågående missbruk?", "answerKind": "yesPartialNo", "evidence": "Avtal eller förteckning över boenden och deras målgrupper."},
        {"id": "D031-2", "text": "Finns en rutin för samordning mellan missbruksvården och stödet till våldsutsatta i samma ärende?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."}
      ]
    },
    {
      "id": "D032",
      "title": "Unga som utsätts för våld i egna partnerrelationer",
      "requirement": "Ett barn under 18 år som utsätts för våld av sin partner är brottsoffer. Nämnden ansvarar för att den unga får de insatser hon eller han behöver.",
      "action": "Se till att barn- och ungdomsvården har rutiner och insatser för unga som utsätts för våld i egna nära relationer, och att ungdomsmottagning och skola vet vart de ska vända sig.",
      "dialogue": "Vem i socialtjänsten tar hand om en 16-åring som utsätts för våld av sin pojkvän?",
      "themes": ["oj-barn", "oj-stod"],
      "basis": [
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-18-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D032-1", "text": "Finns en rutin för hur socialtjänsten handlägger ärenden om unga under 18 år som utsätts för våld av en partner?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."},
        {"id": "D032-2", "text": "Kan nämnden erbjuda stöd och vid behov skydd som är anpassat för unga i sådana situationer?", "answerKind": "yesPartialNo", "evidence": "Beskrivning av insatser."}
      ]
    },
    // D033 vilar bara på SoL 2025:400. Om SoL 2001:453 hade en motsvarande regel för våldsutsatta
    // är inte kontrollerat; lägg i så fall till den i basis (plikten ska inte få nytt id).
    {
      "id": "D033",
      "title": "Våldsutsatta som behöver flytta till en annan kommun",
      "requirement": "Från 2025-07-01 får den som behöver flytta till en annan kommun på grund av våld, men inte kan göra det utan insatser, ansöka om insatser i den nya kommunen. Nämnden ska pröva sådana ansökningar.",
      "action": "Ta fram en rutin för att ta emot och pröva ansökningar från våldsutsatta som behöver flytta till kommunen, och för att stödja invånare som behöver flytta härifrån.",
      "dialogue": "Hur gör kommunen när en våldsutsatt från en annan kommun måste flytta hit för att vara säker?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "sol2025-29-7", "strength": "ska"}
      ],
      "questions": [
        {"id": "D033-1", "text": "Finns en rutin för att ta emot och pröva ansökningar från våldsutsatta som behöver flytta till kommunen?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."},
        {"id": "D033-2", "text": "Finns en rutin för att stödja kommuninvånare som behöver flytta till en annan kommun på grund av våld, inklusive kontakt med den kommunen?", "answerKind": "yesPartialNo", "evidence": "Rutindokument."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/10-sakerhet.json",
      #"""
// Skyddade personuppgifter och säkerhet. Sekretessen gäller sedan OSL trädde i kraft 2009-06-30.
// Uppgiftslämnande till polisen (10 kap. 18 c § OSL) är en möjlighet, inte en skyldighet: därför "bör".
{
  "area": "sakerhet",
  "duties": [
    {
      "id": "D034",
      "title": "Skydd av uppgifter om var våldsutsatta bor",
      "requirement": "Uppgifter om var en våldsutsatt bor och hur hon eller han kan nås är sekretessbelagda när det finns risk för hot eller våld, och socialtjänstens uppgifter om enskildas personliga förhållanden är sekretessbelagda. Nämnden ska hantera ärendena så att sådana uppgifter inte röjs, till exempel i beslut, utskick och kommunikation med andra.",
      "action": "Besluta om en rutin för skyddade personuppgifter som omfattar verksamhetssystem, utskick, beslut, e-tjänster och kontakter med andra myndigheter och vårdnadshavare.",
      "dialogue": "Hur säkerställer förvaltningen att en adress till ett skyddat boende aldrig hamnar i ett brev till den som utövat våld?",
      "themes": ["oj-stod"],
      "basis": [
        {"provision": "osl2009-21-3", "strength": "ska"},
        {"provision": "osl2009-26-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D034-1", "text": "Finns en aktuell rutin för att skyddade personuppgifter inte ska röjas?", "answerKind": "yesPartialNo", "evidence": "Rutindokument med beslutsdatum."},
        {"id": "D034-2", "text": "Omfattar rutinen verksamhetssystem, utskick av beslut och brev, e-tjänster och kontakter med andra myndigheter?", "answerKind": "yesPartialNo", "evidence": "Rutindokument; uppgift om hur skyddade uppgifter markeras i systemet."},
        {"id": "D034-3", "text": "Har det under det senaste året inträffat att en skyddad uppgift om en våldsutsatt röjts, och har det i så fall utretts?", "answerKind": "text", "evidence": "Avvikelserapporter och eventuella lex Sarah-utredningar."}
      ]
    },
    {
      "id": "D035",
      "title": "Uppgifter till polisen för att förebygga allvarligt våld mot närstående",
      "requirement": "Sedan 2021-08-01 får socialtjänsten, trots sekretess, lämna uppgifter till polisen när det finns konkret risk att någon begår ett allvarligt våldsbrott mot en närstående. Nämnden bör ha en rutin för när och hur den möjligheten används.",
      "action": "Ta fram en rutin för bedömning och beslut om uppgiftslämnande till polisen enligt 10 kap. 18 c § offentlighets- och sekretesslagen och informera handläggarna om den.",
      "dialogue": "Om en handläggare bedömer att en klient kan komma att döda sin före detta partner, vad gör hon eller han då?",
      "themes": ["oj-samverkan", "oj-valdsutovare"],
      "basis": [
        {"provision": "osl2009-10-18c", "strength": "bör"}
      ],
      "questions": [
        {"id": "D035-1", "text": "Finns en rutin för när och hur socialtjänsten lämnar uppgifter till polisen för att förebygga allvarligt våld mot en närstående?", "answerKind": "yesPartialNo", "evidence": "Rutindokument och delegationsordning."},
        {"id": "D035-2", "text": "Känner handläggarna i våldsärenden till möjligheten att lämna uppgifter till polisen i dessa situationer?", "answerKind": "yesPartialNo", "evidence": "Utbildningsinsats eller information till personalen."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/11-samverkan.json",
      #"""
// Samverkan. Observera: det finns ingen lagstadgad skyldighet att samverka med eller finansiera
// kvinnojourer, och inget lagkrav på IOP. Plikterna här vilar på nämndens kvarstående ansvar,
// samverkan i enskilda ärenden "vid behov" och överenskommelsen med regionen.
{
  "area": "samverkan",
  "duties": [
    {
      "id": "D036",
      "title": "Nämnden behåller ansvaret när andra utför insatser",
      "requirement": "Kommunen har det yttersta ansvaret för att våldsutsatta får det stöd de behöver, även när en kvinnojour, ett upphandlat boende eller en annan utförare ger stödet. Myndighetsutövning, som beslut om bistånd, kan inte lämnas över. Avtal, IOP eller bidrag till en jour är kommunens eget val och ändrar inte ansvaret.",
      "action": "Fatta egna beslut för de kommuninvånare som får skydd eller stöd via en jour eller annan utförare, ge avtalen en tydlig form och följ upp dem.",
      "dialogue": "Om kvinnojouren stängde i morgon, vilket stöd skulle kommunens våldsutsatta då få, och av vem?",
      "themes": ["oj-samverkan", "oj-styrning"],
      "basis": [
        {"provision": "sol2001-5-11-2007", "strength": "ska"},
        {"provision": "sol2001-5-11-2013", "strength": "ska"},
        {"provision": "sol2025-4-1", "strength": "ska"},
        {"provision": "sol2025-4-3", "strength": "ska"},
        {"provision": "sol2025-13-1", "strength": "ska"}
      ],
      "questions": [
        {"id": "D036-1", "text": "Fattar nämnden egna biståndsbeslut när en kommuninvånare bor i skyddat boende som drivs av en kvinnojour eller annan utförare?", "answerKind": "yesPartialNo", "evidence": "Rutin; antal beslut om skyddat boende hos externa utförare senaste året."},
        {"id": "D036-2", "text": "Vilken form har kommunens överenskommelse med kvinnojouren eller motsvarande organisation?", "answerKind": "choice", "choices": ["idéburet offentligt partnerskap (IOP)", "upphandlat avtal", "reserverad upphandling", "föreningsbidrag", "annan form", "ingen överenskommelse"], "evidence": "Avtal, överenskommelse eller bidragsbeslut."},
        {"id": "D036-3", "text": "Är det i avtal eller överenskommelser med externa utförare tydligt att beslut om insatser fattas av nämnden och att nämnden behåller ansvaret?", "answerKind": "yesPartialNo", "evidence": "Avtalstext."},
        {"id": "D036-4", "text": "Har nämnden en bild av hur många kommuninvånare som får stöd av kvinnojour eller andra organisationer utan kontakt med socialtjänsten?", "answerKind": "yesPartialNo", "evidence": "Statistik från organisationen eller uppföljningsmöten."}
      ]
    },
    {
      "id": "D037",
      "title": "Samverkan i enskilda ärenden",
      "requirement": "Insatser ska vid behov utformas och genomföras i samverkan med andra samhällsorgan och organisationer. I våldsärenden gäller det ofta polis, hälso- och sjukvård och kvinnojourer. Skriftliga överenskommelser som följs upp är det sätt Öppna jämförelser mäter detta på.",
      "action": "Ta fram skriftliga överenskommelser, beslutade på ledningsnivå, om hur samverkan i enskilda ärenden ska gå till med polis, hälso- och sjukvård och kvinnojour, och följ upp dem minst vartannat år.",
      "dialogue": "När polisen gör en anmälan om våld i nära relation en lördag, vad händer sedan mellan polisen, vården och socialtjänsten?",
      "themes": ["oj-samverkan"],
      "basis": [
        {"provision": "sol2001-3-5-2013", "strength": "ska"},
        {"provision": "sol2025-10-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D037-1", "text": "Finns en skriftlig överenskommelse om samverkan i enskilda ärenden med kvinnojour eller motsvarande, beslutad på ledningsnivå och uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."},
        {"id": "D037-2", "text": "Finns en sådan överenskommelse med polisen, uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."},
        {"id": "D037-3", "text": "Finns en sådan överenskommelse med primärvården, uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."},
        {"id": "D037-4", "text": "Finns en sådan överenskommelse med vuxenpsykiatrin, uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."},
        {"id": "D037-5", "text": "Finns en sådan överenskommelse med akutmottagningen, uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."},
        {"id": "D037-6", "text": "Finns en sådan överenskommelse med ungdomsmottagningen, uppföljd under de senaste 24 månaderna?", "answerKind": "yesPartialNo", "evidence": "Överenskommelse och dokumentation av senaste uppföljning."}
      ]
    },
    {
      "id": "D038",
      "title": "Överenskommelse med regionen om barn i skyddat boende",
      "requirement": "Från 2024-04-01 ska kommunen ha en överenskommelse med regionen om samarbete kring barn och unga som vårdas utanför hemmet eller är placerade i skyddat boende. Organisationer som företräder barnen eller deras närstående bör om möjligt få lämna synpunkter.",
      "action": "Se till att överenskommelsen med regionen uttryckligen omfattar barn i skyddat boende, till exempel hälsoundersökning och tillgång till barn- och ungdomspsykiatri.",
      "dialogue": "Vad har kommunen och regionen kommit överens om när det gäller barn som bor i skyddat boende?",
      "themes": ["oj-samverkan", "oj-barn"],
      "basis": [
        {"provision": "sol2001-5-1d-2024", "strength": "ska"},
        {"provision": "sol2025-7-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D038-1", "text": "Finns en överenskommelse med regionen som omfattar barn och unga placerade i skyddat boende?", "answerKind": "yesPartialNo", "evidence": "Överenskommelsen med datum."},
        {"id": "D038-2", "text": "Har organisationer som företräder barnen eller deras närstående fått lämna synpunkter på överenskommelsen?", "answerKind": "yesPartialNo", "evidence": "Remisslista eller minnesanteckningar."}
      ]
    }
  ]
}

"""#
    ),
    (
      "duties/12-uppfoljning.json",
      #"""
// Uppföljning. Lagkravet på systematiskt kvalitetsarbete: 3 kap. 3 § SoL 2001:453, från 2025-07-01 5 kap. 2 § SoL 2025:400.
{
  "area": "uppfoljning",
  "duties": [
    {
      "id": "D039",
      "title": "Systematisk uppföljning av insatserna",
      "requirement": "Nämnden ska systematiskt och fortlöpande följa upp, utveckla och säkra kvaliteten. För våld i nära relationer betyder det att resultaten av insatser till våldsutsatta, barn och våldsutövare följs upp och används för att utveckla verksamheten.",
      "action": "Följ upp resultaten av insatserna på gruppnivå minst en gång om året, redovisa dem för nämnden och besluta om förbättringar.",
      "dialogue": "Vet nämnden om de våldsutsatta som fått stöd i dag lever ett liv utan våld, och hur skulle man kunna få veta det?",
      "themes": ["oj-uppfoljning"],
      "basis": [
        {"provision": "sol2001-3-3-2002", "strength": "ska"},
        {"provision": "sol2001-3-3-2023", "strength": "ska"},
        {"provision": "sol2025-5-2", "strength": "ska"}
      ],
      "questions": [
        {"id": "D039-1", "text": "Har resultaten av insatser till våldsutsatta vuxna följts upp systematiskt, sammanställts på gruppnivå och använts för att utveckla verksamheten under det senaste året?", "answerKind": "yesPartialNo", "evidence": "Uppföljningsrapport och beslut om åtgärder."},
        {"id": "D039-2", "text": "Har motsvarande uppföljning gjorts av insatser till barn som upplevt våld och till våldsutövare?", "answerKind": "yesPartialNo", "evidence": "Uppföljningsrapport."},
        {"id": "D039-3", "text": "Redovisas arbetet med våld i nära relationer för nämnden minst en gång om året?", "answerKind": "yesPartialNo", "evidence": "Protokollsutdrag och rapport."}
      ]
    },
    {
      "id": "D040",
      "title": "De våldsutsattas egna synpunkter",
      "requirement": "Insatser ska utformas tillsammans med den enskilde, och kvalitetsarbetet ska bygga på hur insatserna fungerar för dem som får dem. Våldsutsattas och barns synpunkter behöver därför samlas in och användas.",
      "action": "Samla in synpunkter från våldsutsatta vuxna och barn på det stöd de fått, på ett säkert sätt, och använd dem i verksamhetsutvecklingen.",
      "dialogue": "När frågade nämnden senast dem som fått stöd vad som hjälpte och vad som saknades?",
      "themes": ["oj-uppfoljning"],
      "basis": [
        {"provision": "sol2001-3-3-2002", "strength": "ska"},
        {"provision": "sol2001-3-5-2013", "strength": "ska"},
        {"provision": "sol2001-3-3-2023", "strength": "ska"},
        {"provision": "sol2025-5-2", "strength": "ska"},
        {"provision": "sol2025-10-3", "strength": "ska"}
      ],
      "questions": [
        {"id": "D040-1", "text": "Har nämnden under det senaste året samlat in våldsutsatta vuxnas synpunkter på stödet och använt dem för att utveckla verksamheten?", "answerKind": "yesPartialNo", "evidence": "Enkät, intervjuer eller brukarråd och beslut om förändringar."},
        {"id": "D040-2", "text": "Har barns synpunkter på stödet samlats in och använts?", "answerKind": "yesPartialNo", "evidence": "Sammanställning av barns synpunkter."}
      ]
    },
    {
      "id": "D041",
      "title": "Uppföljning av skyddade boenden och andra utförare",
      "requirement": "Vård i skyddat boende ska bedrivas i samråd med nämnden, och nämnden ansvarar för att den som placerats får god vård. Nämnden behöver därför följa upp de boenden och utförare den använder.",
      "action": "Följ upp varje skyddat boende och utförare som nämnden använder, till exempel med besök och en checklista för kvalitet och säkerhet, och dokumentera uppföljningen.",
      "dialogue": "När besökte någon från förvaltningen senast de skyddade boenden där kommunens invånare bor?",
      "themes": ["oj-uppfoljning", "oj-stod"],
      "basis": [
        {"provision": "sol2001-6-4-2024", "strength": "ska"},
        {"provision": "sol2025-5-2", "strength": "ska"},
        {"provision": "sol2025-9-10", "strength": "ska"},
        {"provision": "sol2025-9-11", "strength": "ska"}
      ],
      "questions": [
        {"id": "D041-1", "text": "Följer nämnden upp kvalitet och säkerhet i varje skyddat boende den använder?", "answerKind": "yesPartialNo", "evidence": "Uppföljningsrapporter, besöksanteckningar eller ifylld checklista."},
        {"id": "D041-2", "text": "Följs avtal och överenskommelser med utförare och kvinnojourer upp minst vartannat år?", "answerKind": "yesPartialNo", "evidence": "Dokumentation av senaste avtalsuppföljning."},
        {"id": "D041-3", "text": "Vilket datum gjordes den senaste uppföljningen av ett skyddat boende som nämnden använder?", "answerKind": "date", "evidence": "Besöksanteckning eller uppföljningsrapport."}
      ]
    }
  ]
}

"""#
    ),
    (
      "model.json",
      #"""
// Pliktmodellen för audit. Versionen höjs när plikter, frågor eller lagrum ändras.
{
  "version": "2026.11.1",
  "title": "Socialnämndens ansvar vid våld i nära relationer",
  "description": "Socialnämndens skyldigheter mot personer som utsatts för våld i nära relationer, barn som bevittnat eller själva utsatts för våld och personer som utövar våld. Varje plikt vilar på lagrum med giltighetstid, så att checklistan kan tas fram för ett visst datum och ändringar över tid kan visas.",
  // Id:n för plikter och frågor som tagits bort. De får aldrig återanvändas.
  "retiredIds": []
}

"""#
    ),
    (
      "provisions/hslf-fs-2022-39.json",
      #"""
// HSLF-FS 2022:39 Våld i nära relationer. Gäller från 2022-11-01 och ersatte SOSFS 2014:4.
// Inget exemplar av författningstexten har gått att läsa. Socialtjänstens kapitel och paragrafer
// citeras därför inte, bara författningen som helhet, och bara för krav som sekundärkällor beskriver
// som skall-krav: rutiner för att fråga om våld och riskbedömningar. Byt till kapitel/paragraf när
// texten är verifierad i legal-sources.md.
{
  "instrument": "HSLF-FS 2022:39",
  "title": "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer (HSLF-FS 2022:39)",
  "provisions": [
    {
      "id": "hslf2022-39",
      "reference": "föreskrifter (hela författningen)",
      "kind": "föreskrift",
      "validFrom": "2022-11-01",
      "summary": "Socialtjänsten ska fastställa rutiner för att fråga om våld. Kraven på riskbedömningar för våldsutsatta och för barn som bevittnat våld är skärpta jämfört med SOSFS 2014:4, och delarna om våldsutövare är utvecklade.",
      "source": "legal-sources.md rad 2022-11-01 och rad 'HSLF-FS 2022:39' (S: NCK-intervju med Socialstyrelsens jurist 2022-11-01, Kunskapsguiden, Region Värmland). Kapitel för socialtjänsten: U, citeras inte."
    }
  ]
}

"""#
    ),
    (
      "provisions/lag-2024-79.json",
      #"""
// Lag (2024:79) om placering av barn i skyddat boende, i kraft 2024-04-01.
// Gäller när ett barn ska bo i skyddat boende med en vårdnadshavare och den andra vårdnadshavaren inte samtycker.
// Källa "kopian" = Ansvar-Systems/swedish-law-mcp, data/seed/2024_79.json, commit 0cd63338c6df142a3a4e64ef0e76292d74719d4b.
{
  "instrument": "Lag 2024:79",
  "title": "Lag (2024:79) om placering av barn i skyddat boende",
  "provisions": [
    {
      "id": "lag2024-79-2-2",
      "reference": "2 kap. 2 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "summary": "Nämnden ska se till att barnet får information anpassad till ålder, mognad och situation, och att barnet får framföra sina åsikter. Barnets åsikter ska tillmätas betydelse efter ålder och mognad.",
      "source": "Text läst av modellförfattaren i kopian (utan ändringshänvisning, alltså ursprunglig lydelse; utfärdad 2024-02-22). Ikraftträdande 2024-04-01 enligt legal-sources.md rad 2024-04-01 (S). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "lag2024-79-5-3",
      "reference": "5 kap. 3 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "summary": "När ett barn är placerat i skyddat boende enligt lagen ska nämnden minst en gång var sjätte månad överväga om insatsen ska fortsätta.",
      "source": "Text läst av modellförfattaren i kopian (utan ändringshänvisning, alltså ursprunglig lydelse). Ikraftträdande 2024-04-01 enligt legal-sources.md rad 2024-04-01 (S). Raden är ännu inte införd i legal-sources.md."
    }
  ]
}

"""#
    ),
    (
      "provisions/osl-2009-400.json",
      #"""
// Offentlighets- och sekretesslagen (2009:400).
// Källa "kopian" = Ansvar-Systems/swedish-law-mcp, data/seed/offentlighets-sekretesslagen.json,
// commit 0cd63338c6df142a3a4e64ef0e76292d74719d4b (metadata: i kraft 2009-06-30).
{
  "instrument": "OSL 2009:400",
  "title": "Offentlighets- och sekretesslag (2009:400)",
  "provisions": [
    {
      "id": "osl2009-10-18c",
      "reference": "10 kap. 18 c §",
      "kind": "lag",
      "validFrom": "2021-08-01",
      "summary": "Socialtjänstens sekretess hindrar inte att nämnden lämnar uppgifter till Polismyndigheten om det på grund av konkreta omständigheter finns risk att en person begår ett allvarligt våldsbrott eller sexualbrott mot en närstående, och det inte är olämpligt med hänsyn till pågående eller planerade insatser.",
      "source": "legal-sources.md rad 2021-08-01 (paragraf och nuvarande lydelse V i kopian; införd 2021-08-01 enligt prop. 2020/21:163 och SoU26, S). Nuvarande lydelse är märkt 'Lag (2025:179)'; vad den ändringen innebar och när den trädde i kraft är inte läst, sammanfattningen bygger på det som är gemensamt."
    },
    // Sekretessen för adressuppgifter och socialtjänstsekretessen har funnits sedan lagen trädde i kraft.
    // Nuvarande lydelser är lästa; äldre lydelser är inte lästa ord för ord (se source).
    {
      "id": "osl2009-21-3",
      "reference": "21 kap. 3 §",
      "kind": "lag",
      "validFrom": "2009-06-30",
      "summary": "Uppgifter om var en person bor, telefonnummer, e-postadress och liknande kontaktuppgifter är sekretessbelagda om det av särskild anledning kan antas att personen eller en närstående kan utsättas för hot eller våld om uppgiften lämnas ut.",
      "source": "Nuvarande lydelse ('Lag (2020:277)') läst av modellförfattaren i kopian. Startdatum = lagens ikraftträdande 2009-06-30 enligt kopians metadata; att kärnan (sekretess för adressuppgifter vid risk för hot eller våld) gällt oförändrad sedan dess är inte kontrollerat mot äldre lydelser. Raden är ännu inte införd i legal-sources.md.",
      // Motsvarande regel fanns före 2009-06-30 i sekretesslagen (1980:100), som modellen inte beskriver.
      "earlierWordingNotModelled": true
    },
    {
      "id": "osl2009-26-1",
      "reference": "26 kap. 1 §",
      "kind": "lag",
      "validFrom": "2009-06-30",
      "summary": "Inom socialtjänsten gäller sekretess för uppgifter om enskildas personliga förhållanden, om det inte står klart att uppgiften kan lämnas ut utan att den enskilde eller en närstående lider men.",
      "source": "Nuvarande lydelse ('Lag (2024:88)', som bland annat lägger till verksamhet enligt lagen om placering av barn i skyddat boende) läst av modellförfattaren i kopian. Startdatum = lagens ikraftträdande 2009-06-30 enligt kopians metadata; äldre lydelser är inte lästa ord för ord. Raden är ännu inte införd i legal-sources.md.",
      // Motsvarande regel fanns före 2009-06-30 i sekretesslagen (1980:100), som modellen inte beskriver.
      "earlierWordingNotModelled": true
    }
  ]
}

"""#
    ),
    (
      "provisions/sol-2001-453.json",
      #"""
// Socialtjänstlagen (2001:453). Gällde 2002-01-01–2025-06-30 och ersattes av SoL 2025:400.
// Alla poster slutar därför senast 2025-06-30; plikterna fortsätter i sol-2025-400.json.
// Källa "kopian" = konsoliderad text i Ansvar-Systems/swedish-law-mcp, data/seed/socialtjanstlagen.json,
// commit 0cd63338c6df142a3a4e64ef0e76292d74719d4b.
{
  "instrument": "SoL 2001:453",
  "title": "Socialtjänstlag (2001:453)",
  "provisions": [
    {
      "id": "sol2001-3-1",
      "reference": "3 kap. 1 §",
      "kind": "lag",
      "validFrom": "2002-01-01",
      "validUntil": "2025-06-30",
      "summary": "Till nämndens uppgifter hör bland annat att känna väl till levnadsförhållandena i kommunen, medverka i samhällsplaneringen, informera om socialtjänsten, genom uppsökande verksamhet främja goda levnadsförhållanden och svara för råd, stöd, vård och annat bistånd till dem som behöver det.",
      "source": "Läst av modellförfattaren i kopian: paragrafen saknar ändringshänvisning och har alltså kvar sin ursprungliga lydelse. Lagens giltighet 2002-01-01–2025-06-30 enligt legal-sources.md (S respektive V). Raden är ännu inte införd i legal-sources.md."
    },
    // 3 kap. 3 § ändrades genom SFS 2021:738 från 2023-07-01 (regler om yrkestiteln undersköterska).
    // Kraven på kvalitet, personal och systematiskt kvalitetsarbete är desamma i båda lydelserna.
    {
      "id": "sol2001-3-3-2002",
      "reference": "3 kap. 3 §",
      "kind": "lag",
      "validFrom": "2002-01-01",
      "validUntil": "2023-06-30",
      "summary": "Insatser inom socialtjänsten ska vara av god kvalitet, det ska finnas personal med lämplig utbildning och erfarenhet, och kvaliteten ska systematiskt och fortlöpande utvecklas och säkras.",
      "source": "S: lydelsen före SFS 2021:738 är inte läst ordagrant. Innehållet bekräftas av Socialstyrelsens handbok God kvalitet i socialtjänsten (2010, förord, via docplayer.se), ÖJ 2016-guiden (citerar 3 kap. 3 § andra stycket SoL, via 5dok.org) och Länsstyrelsen Örebro 2008:18 (kraven infördes i den äldre socialtjänstlagen 1998). Startdatum = lagens ikraftträdande 2002-01-01 (legal-sources.md, S)."
    },
    {
      "id": "sol2001-3-3-2023",
      "reference": "3 kap. 3 §",
      "kind": "lag",
      "validFrom": "2023-07-01",
      "validUntil": "2025-06-30",
      "summary": "Samma krav som tidigare: god kvalitet, personal med lämplig utbildning och erfarenhet och systematiskt kvalitetsarbete. Lydelsen lägger till regler om yrkestiteln undersköterska.",
      "source": "V: SFS 2021:738 läst på lagboken.se (pages-korpus): ny lydelse av 3 kap. 3 §, 'Denna lag träder i kraft den 1 juli 2023'. Samma lydelse i kopian ('Lag (2021:738)'). legal-sources.md rad 'staff competence' (V)."
    },
    {
      "id": "sol2001-3-4",
      "reference": "3 kap. 4 §",
      "kind": "lag",
      "validFrom": "2002-01-01",
      "validUntil": "2025-06-30",
      "summary": "I den uppsökande verksamheten ska nämnden upplysa om socialtjänsten och erbjuda grupper och enskilda sin hjälp, och när det är lämpligt samverka med andra samhällsorgan, organisationer och föreningar.",
      "source": "Läst av modellförfattaren i kopian: ursprunglig lydelse utan ändringshänvisning ('skall'). Lagens giltighet enligt legal-sources.md. Raden är ännu inte införd i legal-sources.md."
    },
    // 3 kap. 5 och 6 §§ samt 11 kap. 1 § fick ny lydelse genom SFS 2012:776, samma ändringslag som
    // 5 kap. 11 § 2013. Äldre lydelser hade liknande innehåll men är inte modellerade.
    {
      "id": "sol2001-3-5-2013",
      "reference": "3 kap. 5 §",
      "kind": "lag",
      "validFrom": "2013-01-01",
      "validUntil": "2025-06-30",
      "summary": "Nämndens insatser ska utformas och genomföras tillsammans med den enskilde och vid behov i samverkan med andra samhällsorgan, organisationer och föreningar.",
      "source": "Lydelsen läst i SFS 2012:776 på lagboken.se (pages-korpus) och i kopian ('Lag (2012:776)'). Ikraftträdande 2013-01-01 enligt legal-sources.md rad 2013-01-01 (datum S, gäller samma ändringslag); övergångsbestämmelsen i SFS 2012:776 är inte läst.",
      // Paragrafen fanns före 2013 i en äldre lydelse som modellen inte beskriver.
      "earlierWordingNotModelled": true
    },
    {
      "id": "sol2001-3-6-2013",
      "reference": "3 kap. 6 §",
      "kind": "lag",
      "validFrom": "2013-01-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden bör tillhandahålla sociala tjänster bland annat genom rådgivningsbyråer, socialcentraler, social jour eller liknande verksamhet.",
      "source": "Lydelsen läst i SFS 2012:776 på lagboken.se (pages-korpus) och i kopian ('Lag (2012:776)'). Ikraftträdande 2013-01-01 enligt legal-sources.md rad 2013-01-01 (datum S, samma ändringslag).",
      // Paragrafen fanns före 2013 i en äldre lydelse som modellen inte beskriver.
      "earlierWordingNotModelled": true
    },
    {
      "id": "sol2001-5-1d-2024",
      "reference": "5 kap. 1 d §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Kommunen ska ingå en överenskommelse med regionen om samarbete kring barn och unga som vårdas utanför hemmet eller är placerade i skyddat boende. Organisationer som företräder dem bör om möjligt få lämna synpunkter.",
      "source": "legal-sources.md rad 2024-04-01 (V: 5 kap. 1 d §, 'Lag (2024:85)', övergångsbestämmelse 'träder i kraft den 1 april 2024'). Paragrafen fanns före 2024 utan skyddat boende; den äldre lydelsen är inte modellerad."
    },
    // 5 kap. 11 § (brottsofferparagrafen) i fyra lydelser:
    // bör-version 2002, barn som bevittnat våld nämns 2006-11-15, bör blir ska 2007-07-01,
    // uttryckligt ansvar för barns stöd 2013-01-01.
    {
      "id": "sol2001-5-11-2002",
      "reference": "5 kap. 11 §",
      "kind": "lag",
      "validFrom": "2002-01-01",
      "validUntil": "2006-11-14",
      "summary": "Nämnden bör verka för att den som utsatts för brott och dennes närstående får stöd och hjälp, och bör särskilt beakta att kvinnor som utsatts för våld kan behöva stöd och hjälp.",
      "source": "legal-sources.md rad 2002-01-01 (S). Ordalydelsen är inte läst."
    },
    {
      "id": "sol2001-5-11-2006",
      "reference": "5 kap. 11 §",
      "kind": "lag",
      "validFrom": "2006-11-15",
      "validUntil": "2007-06-30",
      "summary": "Som tidigare gäller bör-skrivningarna om stöd till brottsoffer och våldsutsatta kvinnor. Dessutom anges att ett barn som bevittnat våld eller andra övergrepp av eller mot närstående vuxna är brottsoffer.",
      "source": "legal-sources.md rad 2006-11-15 (S: Socialstyrelsens pressmeddelande 2006-11-08, Advokatsamfundet 2006-11, prop. 2005/06:166). SFS-numret är inte läst och anges inte."
    },
    {
      "id": "sol2001-5-11-2007",
      "reference": "5 kap. 11 §",
      "kind": "lag",
      "validFrom": "2007-07-01",
      "validUntil": "2012-12-31",
      "summary": "Nämnden ska verka för att brottsoffer och deras närstående får stöd och hjälp, och ska särskilt beakta att kvinnor som är eller har varit utsatta för våld av närstående och barn som bevittnat våld kan behöva stöd och hjälp.",
      "source": "legal-sources.md rad 2007-07-01 (S: SFS 2007:225, bör blir ska)."
    },
    {
      "id": "sol2001-5-11-2013",
      "reference": "5 kap. 11 §",
      "kind": "lag",
      "validFrom": "2013-01-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska verka för att brottsoffer och deras närstående får stöd och hjälp och särskilt beakta att kvinnor som utsatts för våld av närstående kan behöva stöd för att förändra sin situation. Nämnden ansvarar för att barn som utsatts för brott får det stöd de behöver, och för att ett barn som bevittnat våld av eller mot närstående, och som därmed är brottsoffer, får stöd och hjälp.",
      "source": "legal-sources.md rad 2013-01-01: text V i kopian ('Lag (2012:776)'), datum S (NCK kunskapsbanken)."
    },
    {
      "id": "sol2001-5-11a",
      "reference": "5 kap. 11 a §",
      "kind": "lag",
      "validFrom": "2021-08-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska verka för att den som utsätter eller har utsatt närstående för våld eller andra övergrepp ändrar sitt beteende, och ska då särskilt beakta säkerheten för den som utsatts och dennes närstående.",
      "source": "legal-sources.md rad 2021-08-01 (V: lydelse och 'Lag (2021:645)' i kopian; datum i SoU 2020/21:SoU26 och hos Socialstyrelsen, NCK och SKR)."
    },
    // Skyddat boende blev en egen insats genom SFS 2024:85 från 2024-04-01.
    {
      "id": "sol2001-6-1a",
      "reference": "6 kap. 1 a §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska sörja för att den som behöver stöd och skydd på grund av hot, våld eller andra övergrepp kan tas emot i ett skyddat boende.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 1 a §, 'Lag (2024:85)', ikraftträdande 2024-04-01 enligt övergångsbestämmelsen)."
    },
    {
      "id": "sol2001-6-2-2024",
      "reference": "6 kap. 2 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Kommunen ansvarar för att det finns tillgång till bland annat skyddade boenden.",
      "source": "Läst av modellförfattaren i kopian: paragrafen slutar 'Lag (2024:85)'; ikraftträdande 2024-04-01 enligt övergångsbestämmelsen till SFS 2024:85 (legal-sources.md rad 2024-04-01, V). Lydelsen före 2024 (utan skyddade boenden) är inte modellerad. Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2001-6-4-2024",
      "reference": "6 kap. 4 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Vård i bland annat skyddat boende ska bedrivas i samråd med socialnämnden.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 4 §, 'Lag (2024:85)')."
    },
    {
      "id": "sol2001-6-6d",
      "reference": "6 kap. 6 d §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Ett barn får beviljas skyddat boende bara om det placeras tillsammans med en myndig vårdnadshavare som också beviljas insatsen. Barnet får alltså ett eget beslut. När den andra vårdnadshavaren inte samtycker gäller lagen (2024:79).",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 6 d §, 'Lag (2024:85)')."
    },
    {
      "id": "sol2001-6-7-2024",
      "reference": "6 kap. 7 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "För barn som vårdas bland annat i skyddat boende ska nämnden medverka till god vård och fostran, verka för att de får lämplig utbildning och den hälso- och sjukvård de behöver, och ge vårdnadshavare och föräldrar råd och stöd.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 7 §, 'Lag (2024:85)'); texten läst i kopian. Skyddat boende ingår i paragrafen från 2024-04-01."
    },
    {
      "id": "sol2001-6-7b-2024",
      "reference": "6 kap. 7 b §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska noga följa vården av barn bland annat i skyddat boende genom regelbundna besök, enskilda samtal med barnet och samtal med boendet och vårdnadshavarna, och särskilt uppmärksamma barnets hälsa, utveckling, skolgång och relationer.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 7 b §, 'Lag (2024:85)'); texten läst i kopian."
    },
    {
      "id": "sol2001-6-7c-2024",
      "reference": "6 kap. 7 c §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "När ett barn vårdas bland annat i skyddat boende ska en särskilt utsedd socialsekreterare ansvara för kontakterna med barnet och besöka barnet regelbundet.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 7 c §, 'Lag (2024:85)'); texten läst i kopian."
    },
    {
      "id": "sol2001-6-8-2024",
      "reference": "6 kap. 8 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska minst en gång var sjätte månad överväga om vården av ett barn utanför hemmet fortfarande behövs. Detsamma gäller när ett barn har beviljats skyddat boende.",
      "source": "legal-sources.md rad 2024-04-01 (V: 6 kap. 8 §, 'Lag (2024:85)'); texten läst i kopian."
    },
    {
      "id": "sol2001-7-1-2024",
      "reference": "7 kap. 1 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "Bolag, föreningar, stiftelser och enskilda får inte yrkesmässigt bedriva bland annat skyddat boende utan tillstånd från Inspektionen för vård och omsorg (IVO).",
      "source": "legal-sources.md rad 2024-04-01 (V: 7 kap. 1 §, 'Lag (2024:85)'; befintliga verksamheter skulle ansöka senast 2024-08-01). Kommunens anmälningsplikt enligt 2001:453 är inte läst och ingår inte här."
    },
    {
      "id": "sol2001-11-1-2013",
      "reference": "11 kap. 1 §",
      "kind": "lag",
      "validFrom": "2013-01-01",
      "validUntil": "2025-06-30",
      "summary": "Nämnden ska utan dröjsmål inleda utredning av det som kommit till dess kännedom genom ansökan, anmälan eller på annat sätt och som kan leda till någon åtgärd av nämnden.",
      "source": "legal-sources.md rad 'investigation' (V, 'Lag (2012:776)'); lydelsen också läst i SFS 2012:776 på lagboken.se. Ikraftträdande 2013-01-01 enligt legal-sources.md rad 2013-01-01 (datum S, samma ändringslag).",
      // Paragrafen fanns före 2013 i en äldre lydelse som modellen inte beskriver.
      "earlierWordingNotModelled": true
    },
    {
      "id": "sol2001-11-3-2024",
      "reference": "11 kap. 3 §",
      "kind": "lag",
      "validFrom": "2024-04-01",
      "validUntil": "2025-06-30",
      "summary": "När någon behöver vårdas bland annat i skyddat boende ska en vårdplan upprättas, och för barn och unga även en genomförandeplan. Planerna ska också ta upp insatser som andra huvudmän ansvarar för.",
      "source": "legal-sources.md rad 2024-04-01 (V: 11 kap. 3 §, 'Lag (2024:85)'); texten läst i kopian."
    }
  ]
}

"""#
    ),
    (
      "provisions/sol-2025-400.json",
      #"""
// Socialtjänstlagen (2025:400). Gäller från 2025-07-01 och ersätter SoL 2001:453.
// Plikter som flyttat hit behåller sina id och listar både gamla och nya lagrum.
// Källa "kopian" = konsoliderad text i Ansvar-Systems/swedish-law-mcp, data/seed/socialtjanstlagen-2025.json,
// commit 0cd63338c6df142a3a4e64ef0e76292d74719d4b. Ikraftträdande 2025-07-01 enligt övergångsbestämmelsen (V).
{
  "instrument": "SoL 2025:400",
  "title": "Socialtjänstlag (2025:400)",
  "provisions": [
    {
      "id": "sol2025-2-4",
      "reference": "2 kap. 4 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Socialtjänsten ska arbeta förebyggande och vara lätt tillgänglig.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-4-1",
      "reference": "4 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Kommunen ansvarar för socialtjänsten inom sitt område och har det yttersta ansvaret för att enskilda får de insatser de behöver.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-4-3",
      "reference": "4 kap. 3 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Kommunen får avtala med privaträttsliga organ eller fysiska personer om att utföra uppgifter inom socialtjänsten, men uppgifter som innefattar myndighetsutövning får inte lämnas över.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Motsvarande regel i SoL 2001:453 (2 kap. 5 §, 'Lag (2018:573)') är inte modellerad eftersom lydelsens startdatum inte är läst."
    },
    {
      "id": "sol2025-5-1",
      "reference": "5 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Verksamheten inom socialtjänsten ska vara av god kvalitet och bedrivas i enlighet med vetenskap och beprövad erfarenhet.",
      "source": "legal-sources.md rad 'staff competence' (V, 5 kap. 1 §); texten läst i kopian."
    },
    {
      "id": "sol2025-5-2",
      "reference": "5 kap. 2 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska systematiskt och fortlöpande följa upp, utveckla och säkra kvaliteten i verksamheten.",
      "source": "legal-sources.md rad 'staff competence' (V, 5 kap. 2 §)."
    },
    {
      "id": "sol2025-5-3",
      "reference": "5 kap. 3 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Personal som utför uppgifter inom socialtjänsten ska ha lämplig utbildning och erfarenhet.",
      "source": "legal-sources.md rad 'staff competence' (V, 5 kap. 3 §)."
    },
    {
      "id": "sol2025-6-2",
      "reference": "6 kap. 2 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska informera om socialtjänsten i kommunen.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-6-3",
      "reference": "6 kap. 3 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska genom uppsökande verksamhet bidra till goda levnadsförhållanden, upplysa om socialtjänsten och vilka insatser den kan erbjuda och, när det är lämpligt, samverka med andra samhällsorgan och enskilda organisationer.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-6-5",
      "reference": "6 kap. 5 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska ta initiativ till och bevaka att åtgärder vidtas för goda förhållanden för bland andra dem som utsatts för våld av en närstående, och främja den enskildes rätt till arbete, bostad och utbildning.",
      "source": "legal-sources.md rad 'samhällsplanering for victims' (V, 6 kap. 5 §); texten läst i kopian."
    },
    {
      "id": "sol2025-7-1",
      "reference": "7 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Kommunen ska planera sina insatser för enskilda, särskilt väga in behovet av tidiga och förebyggande insatser och, om det inte är obehövligt, samverka med regionen och andra relevanta samhällsorgan och organisationer vid planeringen.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-7-2",
      "reference": "7 kap. 2 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Kommunen ska ingå en överenskommelse med regionen om samverkan kring bland annat barn och unga som vårdas utanför hemmet eller är placerade i skyddat boende. Organisationer som företräder grupperna bör om möjligt få lämna synpunkter.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 5 kap. 1 d § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-9-5",
      "reference": "9 kap. 5 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ansvarar för att den som behöver stöd och skydd på grund av hot, våld eller andra övergrepp kan tas emot i ett skyddat boende.",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'skyddat boende as insats' (V)."
    },
    {
      "id": "sol2025-9-7",
      "reference": "9 kap. 7 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Kommunen ansvarar för att det finns tillgång till bland annat skyddade boenden.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 6 kap. 2 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    // 9 kap. 10–12 §§ ligger i kopian i en sammanslagen post märkt '9:23'; paragrafnumren står i texten.
    {
      "id": "sol2025-9-10",
      "reference": "9 kap. 10 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ansvarar för att den som på nämndens initiativ tagits emot i ett annat hem än det egna, till exempel ett skyddat boende, får god vård.",
      "source": "Läst av modellförfattaren i kopian (post '9:23', paragraf 10 § i texten). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-9-11",
      "reference": "9 kap. 11 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Vård i bland annat skyddat boende ska bedrivas i samråd med socialnämnden.",
      "source": "Läst av modellförfattaren i kopian (post '9:23', paragraf 11 § i texten; motsvarar 6 kap. 4 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-9-12",
      "reference": "9 kap. 12 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "När någon behöver vårdas bland annat i skyddat boende ska nämnden upprätta en vårdplan, och för barn och unga även en genomförandeplan. Planerna ska visa vad andra huvudmän ansvarar för.",
      "source": "Läst av modellförfattaren i kopian (post '9:23', paragraf 12 § i texten; motsvarar 11 kap. 3 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-10-3",
      "reference": "10 kap. 3 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Insatser ska utformas och genomföras tillsammans med den enskilde och vid behov i samverkan med andra samhällsorgan och enskilda organisationer.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 3 kap. 5 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-12-1",
      "reference": "12 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Den som inte själv kan tillgodose sina ekonomiska behov, eller få dem tillgodosedda på annat sätt, har rätt till ekonomiskt bistånd för sin försörjning och sina levnadskostnader i övrigt, så att en skälig levnadsnivå tillförsäkras.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Motsvarigheten i SoL 2001:453 (4 kap. 1 §, 'Lag (2021:159)') är inte modellerad eftersom lydelsens startdatum inte är läst. Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-13-1",
      "reference": "13 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska erbjuda brottsofferstöd till den som utsatts för brott och till dennes närstående. Nämnden ska särskilt vara uppmärksam på behoven hos kvinnor som utsatts för våld av en närstående man, andra som utsatts för våld av någon närstående och personer som utsatts för våld eller förtryck med hedersmotiv.",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, första raden (V)."
    },
    {
      "id": "sol2025-13-8",
      "reference": "13 kap. 8 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska erbjuda insatser som syftar till att ändra beteendet hos den som utsätter eller har utsatt närstående för våld, och ska då särskilt beakta säkerheten för den som utsatts och dennes närstående.",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'perpetrators' (V)."
    },
    {
      "id": "sol2025-14-2",
      "reference": "14 kap. 2 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "När nämnden får information om något som kan leda till en åtgärd ska den genast inleda en utredning, och det som kommer fram ska hanteras på ett betryggande sätt.",
      "source": "legal-sources.md rad 'investigation' (V; lydelsen bör stämmas av mot riksdagen.se före ordagrann citering)."
    },
    {
      "id": "sol2025-18-7",
      "reference": "18 kap. 7 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ansvarar för att ett barn som utsatts för brott, och barnets närstående, får de insatser de behöver. Även ett barn som bevittnat våld av eller mot närstående är brottsoffer.",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'children' (V; i kopian ingår 18 kap. 7 § i posten märkt '18:12')."
    },
    {
      "id": "sol2025-22-5",
      "reference": "22 kap. 5 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Ett barn får beviljas skyddat boende bara tillsammans med en myndig vårdnadshavare som också beviljas insatsen. När den andra vårdnadshavaren inte samtycker gäller lagen (2024:79).",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'skyddat boende as insats' (V)."
    },
    {
      "id": "sol2025-22-8",
      "reference": "22 kap. 8 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska arbeta för att barn som vårdas bland annat i skyddat boende får god vård, lämplig utbildning och den hälso- och sjukvård de behöver.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 6 kap. 7 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-22-11",
      "reference": "22 kap. 11 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska noga följa vården av barn bland annat i skyddat boende genom besök och samtal med barnet, boendet och vårdnadshavarna, och särskilt uppmärksamma barnets hälsa, utveckling, skolgång och relationer.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 6 kap. 7 b § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-22-12",
      "reference": "22 kap. 12 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Nämnden ska utse en socialsekreterare som ansvarar för kontakterna med barnet när vård ges bland annat i skyddat boende och som besöker barnet regelbundet.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 6 kap. 7 c § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-22-13",
      "reference": "22 kap. 13 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Minst en gång var sjätte månad ska nämnden överväga om vården av ett barn utanför hemmet fortfarande behövs. Detsamma gäller när ett barn har beviljats skyddat boende.",
      "source": "Läst av modellförfattaren i kopian (motsvarar 6 kap. 8 § SoL 2001:453). Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-26-1",
      "reference": "26 kap. 1 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Privaträttsliga organ och fysiska personer får inte yrkesmässigt bedriva bland annat skyddat boende utan tillstånd från Inspektionen för vård och omsorg (IVO).",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'IVO permit' (V)."
    },
    {
      "id": "sol2025-26-2",
      "reference": "26 kap. 2 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "En kommun som själv bedriver bland annat skyddat boende ska anmäla verksamheten till IVO innan den startar, och anmäla när den upphör eller ändras väsentligt.",
      "source": "legal-sources.md, tabellen SoL 2001:453 → SoL 2025:400, rad 'IVO permit' (V; nuvarande lydelse 'Lag (2025:1299)', ändringens datum och innehåll är inte lästa – anmälningsplikten i sig gäller från 2025-07-01)."
    },
    {
      "id": "sol2025-29-4",
      "reference": "29 kap. 4 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Den kommun där en person tillfälligt vistas ansvarar för de insatser som behövs i akuta situationer.",
      "source": "Läst av modellförfattaren i kopian. Ikraftträdande enligt legal-sources.md rad 2025-07-01 (V). Raden är ännu inte införd i legal-sources.md."
    },
    {
      "id": "sol2025-29-7",
      "reference": "29 kap. 7 §",
      "kind": "lag",
      "validFrom": "2025-07-01",
      "summary": "Den som behöver flytta till en annan kommun på grund av våld eller andra övergrepp, men inte kan göra det utan insatser, får ansöka om insatser i den nya kommunen.",
      "source": "legal-sources.md rad 'moving municipality because of violence' (V, 29 kap. 7 § 2). Motsvarighet i SoL 2001:453 är inte kontrollerad."
    }
  ]
}

"""#
    ),
    (
      "provisions/sosfs-2014-4.json",
      #"""
// SOSFS 2014:4 Våld i nära relationer. Gällde 2014-10-01–2022-10-31 och ersattes av HSLF-FS 2022:39.
// Föreskrifter (ska) och allmänna råd (bör) är separata poster med olika kind.
// Kapitel 5 och allmänna råd om våldsutövare: bara kapitelnivå är belagd, därför inga paragrafer.
// Föregångaren SOSFS 2009:22 är inte med: dess exakta startdag är inte verifierad (bara "december 2009").
{
  "instrument": "SOSFS 2014:4",
  "title": "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer (SOSFS 2014:4)",
  "provisions": [
    {
      "id": "sosfs2014-4-2-1",
      "reference": "2 kap. 1 §",
      "kind": "föreskrift",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Den som bedriver socialtjänst ska se till att ledningssystemet innehåller de processer och rutiner som behövs för att arbetet med våld i nära relationer ska uppfylla föreskrifternas krav.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 2 kap.' (V: konsoliderad text på hsan.se via pages-korpus). Giltighet enligt legal-sources.md rad 'SOSFS 2014:4' (S)."
    },
    {
      "id": "sosfs2014-4-3-1",
      "reference": "3 kap. 1 §",
      "kind": "föreskrift",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Socialnämnden ska fastställa mål för arbetet med våldsutsatta och barn som bevittnat våld.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 3 kap.' (V för rubriken och paragrafens början: 'Socialnämnden ska fastställa mål för arbetet med våldsutsatta och barn'). Övriga paragrafer i 3 kap. är inte lästa och citeras inte."
    },
    {
      "id": "sosfs2014-4-4kap-ar",
      "reference": "allmänna råd till 4 kap.",
      "kind": "allmänt råd",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Personal som handlägger ärenden enligt socialtjänstlagen bör ha kunskap om våld och andra övergrepp av eller mot närstående och kunna använda den i arbetet. Den som handlägger ärenden om våldsutsatta vuxna bör dessutom ha socionomexamen.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 4 kap.' (S: Socialstyrelsens indikatorguide ÖJ 2016, utdrag på 5dok.org)."
    },
    {
      "id": "sosfs2014-4-5kap",
      "reference": "5 kap.",
      "kind": "föreskrift",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Vid utredning av våldsutsatta vuxna ska risken för ytterligare våld bedömas.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 5 kap.' (S: Kunskapsguiden och hedersfortryck.se). Exakt paragraf är inte verifierad och anges inte."
    },
    {
      "id": "sosfs2014-4-5kap-ar",
      "reference": "allmänna råd till 5 kap.",
      "kind": "allmänt råd",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Utredningen bör omfatta den våldsutsattas behov av stöd akut och på kort och lång sikt, våldets karaktär och omfattning, nätverk och föräldraskap. En standardiserad bedömningsmetod bör användas.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 5 kap.' (S: Kunskapsguiden Bedöma risk och behov av stöd)."
    },
    {
      "id": "sosfs2014-4-6-1",
      "reference": "6 kap. 1 §",
      "kind": "föreskrift",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "När nämnden får veta att ett barn kan ha utsatts för eller bevittnat våld av eller mot närstående ska den utan dröjsmål utreda barnets behov av stöd och hjälp och bedöma risken för att barnet utsätts för eller bevittnar ytterligare våld.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 6 kap.' (S: hedersfortryck.se, Länsstyrelsen Östergötlands nationella kompetensteam, och NCK)."
    },
    {
      "id": "sosfs2014-4-ar-valdsutovare",
      "reference": "allmänna råd om stöd till våldsutövare (kapitel ej verifierat)",
      "kind": "allmänt råd",
      "validFrom": "2014-10-01",
      "validUntil": "2022-10-31",
      "summary": "Allmänna råd om nämndens stöd till personer som utövar våld mot närstående, med syfte att våldet ska upphöra.",
      "source": "legal-sources.md rad 'SOSFS 2014:4 perpetrators' (S: Socialstyrelsens handbok 2016-6-37, förord). Kapitel och paragraf är inte verifierade."
    }
  ]
}

"""#
    ),
    (
      "scoring.json",
      #"""
// Bedömningsregler: svarsvärden, vikter per styrka och brådskegrader.
// Reglerna är data, inte kod: ändra här och kör `swift run audit lint-model checklists/model`.
{
  // Värdet av ett svar på en ja/delvis/nej-fråga. "vet ej" och obesvarat räknas inte in
  // i resultatet (de sänker fullständigheten), "ej aktuellt" lämnar nämnaren.
  "answerValues": {"yes": 1, "partial": 0.5, "no": 0},
  // Vikt per plikt när områden och totalen räknas: ska i lag (act) eller förordning
  // (ordinance), ska i föreskrift (regulation), bör (advice: allmänt råd eller bör i lag).
  "strengthWeights": {"act": 3, "ordinance": 3, "regulation": 2, "advice": 1},
  // Brådskegrad för en brist. Första regel som passar gäller.
  "urgencyRules": [
    {"strength": "ska", "gaps": ["nej"], "urgency": "åtgärda omgående"},
    {"strength": "ska", "gaps": ["delvis", "vet ej", "utgånget undantag"], "urgency": "bör åtgärdas"},
    {"strength": "bör", "gaps": ["nej", "delvis", "vet ej", "utgånget undantag"], "urgency": "överväg"}
  ]
}

"""#
    ),
    (
      "themes.json",
      #"""
// Teman i Socialstyrelsens Öppna jämförelser – våld i nära relationer (ÖJ VNR).
// Namnen är beskrivande och rekonstruerade ur offentliga sammanfattningar, se shared/reference/oj-vnr.md.
{
  "themes": [
    {"id": "oj-styrning", "title": "Ledning och rutiner", "description": "Mål, handlingsplan och aktuella skriftliga rutiner beslutade på ledningsnivå."},
    {"id": "oj-kompetens", "title": "Personalens kompetens", "description": "Samlad plan för kompetensutveckling och fortbildning om våld för handläggare som utreder vuxna och barn."},
    {"id": "oj-upptacka", "title": "Upptäcka våld", "description": "Rutiner per verksamhetsområde för att fråga om våld och agera vid tecken på våld, t.ex. med FREDA-kortfrågor."},
    {"id": "oj-utredning", "title": "Utredning och riskbedömning", "description": "Utredning av våldsutsattas behov med standardiserad bedömningsmetod och riskbedömning."},
    {"id": "oj-stod", "title": "Stöd och skydd", "description": "Skyddat boende för kvinnor och män, samtalsstöd, ekonomiskt stöd, bostad, socialjour och information på flera språk."},
    {"id": "oj-barn", "title": "Barn", "description": "Stöd till barn som bevittnat våld och rutin för skolgång för barn i skyddat boende."},
    {"id": "oj-valdsutovare", "title": "Våldsutövare", "description": "Stödsamtal till våldsutövare med och utan biståndsbeslut och information om stödet på webbplatsen."},
    {"id": "oj-heder", "title": "Hedersrelaterat våld och förtryck", "description": "Stöd och skydd för personer som utsätts för våld eller förtryck med hedersmotiv."},
    {"id": "oj-samverkan", "title": "Samverkan", "description": "Skriftliga överenskommelser om samverkan i enskilda ärenden med kvinnojourer, polis och hälso- och sjukvård, uppföljda inom 24 månader."},
    {"id": "oj-uppfoljning", "title": "Uppföljning", "description": "Systematisk uppföljning av insatser på gruppnivå och användning av de våldsutsattas synpunkter."}
  ]
}

"""#
    ),
  ]

  /// checklists/register: `(file name, text)`.
  public static let register: [(path: String, text: String)] = [
    (
      "kommuner.csv",
      #"""
kod,namn,lanskod
0114,Upplands Väsby,01
0115,Vallentuna,01
0117,Österåker,01
0120,Värmdö,01
0123,Järfälla,01
0125,Ekerö,01
0126,Huddinge,01
0127,Botkyrka,01
0128,Salem,01
0136,Haninge,01
0138,Tyresö,01
0139,Upplands-Bro,01
0140,Nykvarn,01
0160,Täby,01
0162,Danderyd,01
0163,Sollentuna,01
0180,Stockholm,01
0181,Södertälje,01
0182,Nacka,01
0183,Sundbyberg,01
0184,Solna,01
0186,Lidingö,01
0187,Vaxholm,01
0188,Norrtälje,01
0191,Sigtuna,01
0192,Nynäshamn,01
0305,Håbo,03
0319,Älvkarleby,03
0330,Knivsta,03
0331,Heby,03
0360,Tierp,03
0380,Uppsala,03
0381,Enköping,03
0382,Östhammar,03
0428,Vingåker,04
0461,Gnesta,04
0480,Nyköping,04
0481,Oxelösund,04
0482,Flen,04
0483,Katrineholm,04
0484,Eskilstuna,04
0486,Strängnäs,04
0488,Trosa,04
0509,Ödeshög,05
0512,Ydre,05
0513,Kinda,05
0560,Boxholm,05
0561,Åtvidaberg,05
0562,Finspång,05
0563,Valdemarsvik,05
0580,Linköping,05
0581,Norrköping,05
0582,Söderköping,05
0583,Motala,05
0584,Vadstena,05
0586,Mjölby,05
0604,Aneby,06
0617,Gnosjö,06
0642,Mullsjö,06
0643,Habo,06
0662,Gislaved,06
0665,Vaggeryd,06
0680,Jönköping,06
0682,Nässjö,06
0683,Värnamo,06
0684,Sävsjö,06
0685,Vetlanda,06
0686,Eksjö,06
0687,Tranås,06
0760,Uppvidinge,07
0761,Lessebo,07
0763,Tingsryd,07
0764,Alvesta,07
0765,Älmhult,07
0767,Markaryd,07
0780,Växjö,07
0781,Ljungby,07
0821,Högsby,08
0834,Torsås,08
0840,Mörbylånga,08
0860,Hultsfred,08
0861,Mönsterås,08
0862,Emmaboda,08
0880,Kalmar,08
0881,Nybro,08
0882,Oskarshamn,08
0883,Västervik,08
0884,Vimmerby,08
0885,Borgholm,08
0980,Gotland,09
1060,Olofström,10
1080,Karlskrona,10
1081,Ronneby,10
1082,Karlshamn,10
1083,Sölvesborg,10
1214,Svalöv,12
1230,Staffanstorp,12
1231,Burlöv,12
1233,Vellinge,12
1256,Östra Göinge,12
1257,Örkelljunga,12
1260,Bjuv,12
1261,Kävlinge,12
1262,Lomma,12
1263,Svedala,12
1264,Skurup,12
1265,Sjöbo,12
1266,Hörby,12
1267,Höör,12
1270,Tomelilla,12
1272,Bromölla,12
1273,Osby,12
1275,Perstorp,12
1276,Klippan,12
1277,Åstorp,12
1278,Båstad,12
1280,Malmö,12
1281,Lund,12
1282,Landskrona,12
1283,Helsingborg,12
1284,Höganäs,12
1285,Eslöv,12
1286,Ystad,12
1287,Trelleborg,12
1290,Kristianstad,12
1291,Simrishamn,12
1292,Ängelholm,12
1293,Hässleholm,12
1315,Hylte,13
1380,Halmstad,13
1381,Laholm,13
1382,Falkenberg,13
1383,Varberg,13
1384,Kungsbacka,13
1401,Härryda,14
1402,Partille,14
1407,Öckerö,14
1415,Stenungsund,14
1419,Tjörn,14
1421,Orust,14
1427,Sotenäs,14
1430,Munkedal,14
1435,Tanum,14
1438,Dals-Ed,14
1439,Färgelanda,14
1440,Ale,14
1441,Lerum,14
1442,Vårgårda,14
1443,Bollebygd,14
1444,Grästorp,14
1445,Essunga,14
1446,Karlsborg,14
1447,Gullspång,14
1452,Tranemo,14
1460,Bengtsfors,14
1461,Mellerud,14
1462,Lilla Edet,14
1463,Mark,14
1465,Svenljunga,14
1466,Herrljunga,14
1470,Vara,14
1471,Götene,14
1472,Tibro,14
1473,Töreboda,14
1480,Göteborg,14
1481,Mölndal,14
1482,Kungälv,14
1484,Lysekil,14
1485,Uddevalla,14
1486,Strömstad,14
1487,Vänersborg,14
1488,Trollhättan,14
1489,Alingsås,14
1490,Borås,14
1491,Ulricehamn,14
1492,Åmål,14
1493,Mariestad,14
1494,Lidköping,14
1495,Skara,14
1496,Skövde,14
1497,Hjo,14
1498,Tidaholm,14
1499,Falköping,14
1715,Kil,17
1730,Eda,17
1737,Torsby,17
1760,Storfors,17
1761,Hammarö,17
1762,Munkfors,17
1763,Forshaga,17
1764,Grums,17
1765,Årjäng,17
1766,Sunne,17
1780,Karlstad,17
1781,Kristinehamn,17
1782,Filipstad,17
1783,Hagfors,17
1784,Arvika,17
1785,Säffle,17
1814,Lekeberg,18
1860,Laxå,18
1861,Hallsberg,18
1862,Degerfors,18
1863,Hällefors,18
1864,Ljusnarsberg,18
1880,Örebro,18
1881,Kumla,18
1882,Askersund,18
1883,Karlskoga,18
1884,Nora,18
1885,Lindesberg,18
1904,Skinnskatteberg,19
1907,Surahammar,19
1960,Kungsör,19
1961,Hallstahammar,19
1962,Norberg,19
1980,Västerås,19
1981,Sala,19
1982,Fagersta,19
1983,Köping,19
1984,Arboga,19
2021,Vansbro,20
2023,Malung-Sälen,20
2026,Gagnef,20
2029,Leksand,20
2031,Rättvik,20
2034,Orsa,20
2039,Älvdalen,20
2061,Smedjebacken,20
2062,Mora,20
2080,Falun,20
2081,Borlänge,20
2082,Säter,20
2083,Hedemora,20
2084,Avesta,20
2085,Ludvika,20
2101,Ockelbo,21
2104,Hofors,21
2121,Ovanåker,21
2132,Nordanstig,21
2161,Ljusdal,21
2180,Gävle,21
2181,Sandviken,21
2182,Söderhamn,21
2183,Bollnäs,21
2184,Hudiksvall,21
2260,Ånge,22
2262,Timrå,22
2280,Härnösand,22
2281,Sundsvall,22
2282,Kramfors,22
2283,Sollefteå,22
2284,Örnsköldsvik,22
2303,Ragunda,23
2305,Bräcke,23
2309,Krokom,23
2313,Strömsund,23
2321,Åre,23
2326,Berg,23
2361,Härjedalen,23
2380,Östersund,23
2401,Nordmaling,24
2403,Bjurholm,24
2404,Vindeln,24
2409,Robertsfors,24
2417,Norsjö,24
2418,Malå,24
2421,Storuman,24
2422,Sorsele,24
2425,Dorotea,24
2460,Vännäs,24
2462,Vilhelmina,24
2463,Åsele,24
2480,Umeå,24
2481,Lycksele,24
2482,Skellefteå,24
2505,Arvidsjaur,25
2506,Arjeplog,25
2510,Jokkmokk,25
2513,Överkalix,25
2514,Kalix,25
2518,Övertorneå,25
2521,Pajala,25
2523,Gällivare,25
2560,Älvsbyn,25
2580,Luleå,25
2581,Piteå,25
2582,Boden,25
2583,Haparanda,25
2584,Kiruna,25

"""#
    ),
    (
      "lan.csv",
      #"""
kod,namn
01,Stockholms län
03,Uppsala län
04,Södermanlands län
05,Östergötlands län
06,Jönköpings län
07,Kronobergs län
08,Kalmar län
09,Gotlands län
10,Blekinge län
12,Skåne län
13,Hallands län
14,Västra Götalands län
17,Värmlands län
18,Örebro län
19,Västmanlands län
20,Dalarnas län
21,Gävleborgs län
22,Västernorrlands län
23,Jämtlands län
24,Västerbottens län
25,Norrbottens län

"""#
    ),
  ]

  /// templates: `(file name, text)`.
  public static let templates: [(path: String, text: String)] = [
    (
      "brief.html",
      #"""
{{! Underlag för dialogmöte, HTML för skärm och utskrift på A4. Fälten beskrivs i templates/README.md. }}<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 1.8rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
.notice { border: 2px solid #1a1a1a; padding: 0.5rem 1rem; background: #fffbe6; }
.meta { color: #333; }
.key { font-size: 1.05rem; }
.this { font-weight: bold; }
figure { margin: 1rem 0; } figcaption { font-size: 0.9rem; color: #333; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  table, figure, .finding { break-inside: avoid; }
  .page-break { break-before: page; }
}
</style>
</head>
<body>
<header>
{{#fictional}}<p class="notice"><strong>{{fictionalNotice}}</strong></p>{{/fictional}}
<h1>{{title}}</h1>
<p class="meta">{{countyName}} · omgång {{round}} · referensdatum {{referenceDate}} · för {{audience}}</p>
</header>
<main>
<section aria-labelledby="sammanfattning">
<h2 id="sammanfattning">Sammanfattning</h2>
<p class="key">{{summaryLead}}</p>
{{?topThree}}<ol>{{/topThree}}
{{#topThree}}<li>{{text}}</li>
{{/topThree}}
{{?topThree}}</ol>{{/topThree}}
</section>
<section aria-labelledby="resultat">
<h2 id="resultat">Resultat och vad det betyder</h2>
{{#answered}}
<table>
<caption>Kommunens resultat</caption>
<thead><tr><th scope="col">Mått</th><th scope="col">Värde</th></tr></thead>
<tbody>
<tr><th scope="row">Uppfyllelse</th><td>{{fulfilment}} % (länets median {{median}} %)</td></tr>
<tr><th scope="row">Fullständighet</th><td>{{completeness}} % ({{answeredCount}} av {{applicableCount}} frågor)</td></tr>
<tr><th scope="row">Brister (ska)</th><td>{{deficiencyCount}}</td></tr>
<tr><th scope="row">Förbättringsområden (bör)</th><td>{{improvementCount}}</td></tr>
<tr><th scope="row">Vet ej</th><td>{{unknownCount}}</td></tr>
<tr><th scope="row">Ja-svar utan underlag</th><td>{{unverifiedCount}}</td></tr>
</tbody>
</table>
<p>{{scoreMeaning}}</p>
{{/answered}}
<p>{{notSupervision}}</p>
</section>
<section aria-labelledby="brister">
<h2 id="brister">De allvarligaste bristerna</h2>
{{#deficiencies}}
<div class="finding">
<h3>{{id}} {{title}} — {{urgency}}</h3>
<ul>
<li>Lagrum: {{citation}} ({{strength}})</li>
{{#missing}}<li>Saknas: {{text}}</li>
{{/missing}}
<li>Föreslagen åtgärd: {{action}}</li>
</ul>
</div>
{{/deficiencies}}
{{^deficiencies}}<p>Svaren visar inga brister.</p>{{/deficiencies}}
{{#moreDeficiencies}}<p>{{moreDeficiencies}}</p>{{/moreDeficiencies}}
</section>
<section aria-labelledby="styrkor">
<h2 id="styrkor">Styrkor</h2>
{{?strengths}}<ul>{{/strengths}}
{{#strengths}}<li>{{text}}</li>
{{/strengths}}
{{?strengths}}</ul>{{/strengths}}
{{^strengths}}<p>Inga styrkor kan visas utan svar.</p>{{/strengths}}
</section>
{{#detailed}}
<section aria-labelledby="omraden">
<h2 id="omraden">Alla områden</h2>
<table>
<caption>Resultat per område</caption>
<thead><tr><th scope="col">Område</th><th scope="col">Uppfyllelse %</th><th scope="col">Fullständighet %</th><th scope="col">Brister</th></tr></thead>
<tbody>
{{#areas}}<tr><th scope="row">{{title}}</th><td>{{fulfilment}}</td><td>{{completeness}}</td><td>{{deficiencies}}</td></tr>
{{/areas}}
</tbody>
</table>
</section>
{{/detailed}}
<section aria-labelledby="lanet" class="page-break">
<h2 id="lanet">Kommunen i länet</h2>
<figure>
{{{chart}}}
<figcaption>{{chartText}}</figcaption>
</figure>
</section>
<section aria-labelledby="civilsamhallet">
<h2 id="civilsamhallet">Civilsamhället och kommunens ansvar</h2>
{{#civilSociety}}<p>{{text}}</p>
{{/civilSociety}}
{{^civilSociety}}<p>Ingen organisation i civilsamhället har besvarat checklistan om kommunen i denna omgång.</p>{{/civilSociety}}
{{?discrepancies}}<ul>{{/discrepancies}}
{{#discrepancies}}<li>Olika svar: {{text}}</li>
{{/discrepancies}}
{{?discrepancies}}</ul>{{/discrepancies}}
{{#responsibility}}<p>{{responsibility}}</p>{{/responsibility}}
{{?exceptions}}<ul>{{/exceptions}}
{{#exceptions}}<li>Undantag: {{text}}</li>
{{/exceptions}}
{{?exceptions}}</ul>{{/exceptions}}
</section>
<section aria-labelledby="forandringar">
<h2 id="forandringar">Förändringar sedan förra omgången</h2>
{{#hasPrevious}}
<ul>
{{#roundChange}}<li>{{text}}</li>
{{/roundChange}}
{{#lawChanges}}<li>Ändrad lag: {{text}}</li>
{{/lawChanges}}
{{#newDuties}}<li>Ny plikt: {{text}}</li>
{{/newDuties}}
</ul>
{{/hasPrevious}}
{{^hasPrevious}}<p>Det finns ingen tidigare omgång att jämföra med.</p>{{/hasPrevious}}
</section>
<section aria-labelledby="dialog">
<h2 id="dialog">Frågor till dialogmötet</h2>
<ol>
{{#dialogueQuestions}}<li>{{text}}</li>
{{/dialogueQuestions}}
</ol>
</section>
<section aria-labelledby="metod">
<h2 id="metod">Så har siffrorna tagits fram</h2>
<ul>
{{#method}}<li>{{text}}</li>
{{/method}}
</ul>
<h3>Datakvalitet</h3>
<ul>
{{#dataQuality}}<li>{{text}}</li>
{{/dataQuality}}
</ul>
</section>
</main>
<footer>
<p class="meta">Pliktmodell {{modelVersion}}.{{#fictional}} {{fictionalNotice}}{{/fictional}}</p>
</footer>
</body>
</html>

"""#
    ),
    (
      "brief.md",
      #"""
{{! Underlag för dialogmöte, Markdown. Fälten beskrivs i templates/README.md. }}
# {{title}}

{{#fictional}}
> **{{fictionalNotice}}**

{{/fictional}}
{{countyName}} · omgång {{round}} · referensdatum {{referenceDate}} · för {{audience}}

## Sammanfattning

{{summaryLead}}
{{#topThree}}
1. {{text}}
{{/topThree}}

## Resultat och vad det betyder

{{#answered}}
| Mått | Värde |
| --- | --- |
| Uppfyllelse | {{fulfilment}} % (länets median {{median}} %) |
| Fullständighet | {{completeness}} % ({{answeredCount}} av {{applicableCount}} frågor) |
| Brister (ska) | {{deficiencyCount}} |
| Förbättringsområden (bör) | {{improvementCount}} |
| Vet ej | {{unknownCount}} |
| Ja-svar utan underlag | {{unverifiedCount}} |

{{scoreMeaning}}

{{/answered}}
{{notSupervision}}

## De allvarligaste bristerna

{{#deficiencies}}
### {{id}} {{title}} — {{urgency}}

- Lagrum: {{citation}} ({{strength}})
{{#missing}}
- Saknas: {{text}}
{{/missing}}
- Föreslagen åtgärd: {{action}}

{{/deficiencies}}
{{^deficiencies}}
Svaren visar inga brister.

{{/deficiencies}}
{{moreDeficiencies}}

## Styrkor

{{#strengths}}
- {{text}}
{{/strengths}}
{{^strengths}}
Inga styrkor kan visas utan svar.
{{/strengths}}

{{#detailed}}
## Alla områden

| Område | Uppfyllelse % | Fullständighet % | Brister |
| --- | --- | --- | --- |
{{#areas}}
| {{title}} | {{fulfilment}} | {{completeness}} | {{deficiencies}} |
{{/areas}}

{{/detailed}}
## Kommunen i länet

{{chartText}}

| Kommun | Uppfyllelse % |
| --- | --- |
{{#positions}}
| {{#isThis}}**{{/isThis}}{{name}}{{#isThis}}**{{/isThis}} | {{fulfilment}} |
{{/positions}}

## Civilsamhället och kommunens ansvar

{{#civilSociety}}
- {{text}}
{{/civilSociety}}
{{^civilSociety}}
Ingen organisation i civilsamhället har besvarat checklistan om kommunen i denna omgång.
{{/civilSociety}}
{{#discrepancies}}
- Olika svar: {{text}}
{{/discrepancies}}

{{responsibility}}

{{#exceptions}}
- Undantag: {{text}}
{{/exceptions}}

## Förändringar sedan förra omgången

{{#hasPrevious}}
{{#roundChange}}
- {{text}}
{{/roundChange}}
{{#lawChanges}}
- Ändrad lag: {{text}}
{{/lawChanges}}
{{#newDuties}}
- Ny plikt: {{text}}
{{/newDuties}}
{{/hasPrevious}}
{{^hasPrevious}}
Det finns ingen tidigare omgång att jämföra med.
{{/hasPrevious}}

## Frågor till dialogmötet

{{#dialogueQuestions}}
1. {{text}}
{{/dialogueQuestions}}

## Så har siffrorna tagits fram

{{#method}}
- {{text}}
{{/method}}

Datakvalitet:

{{#dataQuality}}
- {{text}}
{{/dataQuality}}

*Pliktmodell {{modelVersion}}. {{#fictional}}{{fictionalNotice}}{{/fictional}}*

"""#
    ),
    (
      "overview.html",
      #"""
{{! Regional översikt för länsstyrelsen, HTML. Fälten beskrivs i templates/README.md. }}<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff;
  max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 1.8rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #f0f0f0; }
.notice { border: 2px solid #1a1a1a; padding: 0.5rem 1rem; background: #fffbe6; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border: 1px solid #555; margin-right: 0.3rem; vertical-align: middle; }
.small { font-size: 0.85rem; color: #333; }
@page { size: A4 landscape; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; }
}
</style>
</head>
<body>
<header>
{{#fictional}}<p class="notice"><strong>{{fictionalNotice}}</strong></p>{{/fictional}}
<h1>{{title}}</h1>
<p>{{answeredLine}} Länets median: {{median}} %.</p>
</header>
<main>
<section aria-labelledby="besok">
<h2 id="besok">Föreslagen ordning för besöken</h2>
<table>
<caption>Besöksordning med skäl</caption>
<thead><tr><th scope="col">#</th><th scope="col">Kommun</th><th scope="col">Poäng</th><th scope="col">Uppfyllelse %</th><th scope="col">Fullständighet %</th><th scope="col">Skäl</th></tr></thead>
<tbody>
{{#visits}}<tr><td class="num">{{order}}</td><th scope="row">{{name}}</th><td class="num">{{points}}</td><td class="num">{{fulfilment}}</td><td class="num">{{completeness}}</td><td>{{#reasons}}{{text}}. {{/reasons}}</td></tr>
{{/visits}}
</tbody>
</table>
<p class="small">{{rule}}</p>
</section>
<section aria-labelledby="karta">
<h2 id="karta">Uppfyllelse per kommun och område</h2>
{{{heatMap}}}
</section>
{{?missing}}
<section aria-labelledby="saknar">
<h2 id="saknar">Saknar svar</h2>
<ul>
{{#missing}}<li>{{text}}</li>
{{/missing}}
</ul>
</section>
{{/missing}}
<section aria-labelledby="oftast">
<h2 id="oftast">Plikter som oftast inte uppfylls</h2>
<ul>
{{#mostOftenUnmet}}<li>{{text}}</li>
{{/mostOftenUnmet}}
</ul>
</section>
{{?discrepancies}}
<section aria-labelledby="civil">
<h2 id="civil">Där civilsamhället svarar annorlunda</h2>
<ul>
{{#discrepancies}}<li>{{text}}</li>
{{/discrepancies}}
</ul>
</section>
{{/discrepancies}}
{{#hasPrevious}}
<section aria-labelledby="forandring">
<h2 id="forandring">Förändring sedan {{previousRound}}</h2>
<ul>
{{#changes}}<li>{{text}}</li>
{{/changes}}
</ul>
</section>
{{/hasPrevious}}
<section aria-labelledby="metod">
<h2 id="metod">Så har siffrorna tagits fram</h2>
<ul>
{{#method}}<li>{{text}}</li>
{{/method}}
</ul>
<p>{{notSupervision}}</p>
</section>
</main>
</body>
</html>

"""#
    ),
    (
      "overview.md",
      #"""
{{! Regional översikt för länsstyrelsen, Markdown. Fälten beskrivs i templates/README.md. }}
# {{title}}

{{#fictional}}
> **{{fictionalNotice}}**

{{/fictional}}
{{answeredLine}} Länets median: {{median}} %.

## Föreslagen ordning för besöken

| # | Kommun | Poäng | Uppfyllelse % | Fullständighet % | Skäl |
| --- | --- | --- | --- | --- | --- |
{{#visits}}
| {{order}} | {{name}} | {{points}} | {{fulfilment}} | {{completeness}} | {{#reasons}}{{text}}; {{/reasons}} |
{{/visits}}

{{rule}}

{{?missing}}
## Saknar svar

{{/missing}}
{{#missing}}
- {{text}}
{{/missing}}

## Plikter som oftast inte uppfylls

{{#mostOftenUnmet}}
- {{text}}
{{/mostOftenUnmet}}

{{?discrepancies}}
## Där civilsamhället svarar annorlunda

{{/discrepancies}}
{{#discrepancies}}
- {{text}}
{{/discrepancies}}

{{#hasPrevious}}
## Förändring sedan {{previousRound}}

{{#changes}}
- {{text}}
{{/changes}}

{{/hasPrevious}}
## Så har siffrorna tagits fram

{{#method}}
- {{text}}
{{/method}}

{{notSupervision}}

"""#
    ),
  ]

  /// examples: the fictional county that `audit demo` runs on.
  public static let examples: [(path: String, text: String)] = []
}
