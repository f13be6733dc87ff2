#!/usr/bin/env python3
"""Generates the fictional example county in examples/exempellan/.

Everything it writes is invented: the county (code 99, "Exempellän (fiktivt)"), its ten
municipalities (codes 9901-9910), the civil-society organisations and every answer. The
answer mixes are calibrated to the national shares in Öppna jämförelser - våld i nära
relationer (ÖJ VNR) where a question matches an indicator (see BASE_YES below), so the
region looks like a real one without being one.

Run from the repository root (Python 3.9+, standard library only):

    swift build                                        # if .build/debug/audit is missing
    python3 scripts/generate-example-county.py         # rewrites examples/exempellan/
    audit validate examples/exempellan/2024-host examples/exempellan/2025-var \
        examples/exempellan/2026-host

What it does:

1. runs `audit checklist --municipality 1490 --date D --round R --format csv --model
   checklists/model` once per round (2024-host on 2024-10-01, 2025-var on 2025-04-01,
   2026-host on 2026-10-01), so each round's checklist holds exactly the questions in force
   on its reference date;
2. writes register/lan.csv and register/kommuner.csv (LF, UTF-8 without BOM);
3. writes <round>/omgang.json and <round>/checklistor/ (one blank checklist per municipality)
   the way `audit init` lays out a round folder, so `audit validate <round>` reads <round>/svar/;
4. for every response, takes that checklist, replaces kommunkod/kommun (and perspektiv,
   organisation, besvarad av), adds the row `exempel;Fiktiva uppgifter ...` after
   `checklista`, fills svar/kommentar/underlag and the exceptions table, and writes it to
   <round>/svar/ in the CLI's own CSV dialect (UTF-8 with BOM, `;`, CRLF);
5. checks every file it wrote (question ids equal the checklist's, answers allowed).

Options:

    --audit PATH       the audit binary (default: .build/debug/audit, else `audit` on PATH)
    --checklists DIR   use DIR/2024-host.csv, DIR/2025-var.csv and DIR/2026-host.csv (written
                       by `audit checklist` as above) instead of running audit
    --out DIR          target folder (default: examples/exempellan)

The output is deterministic: same checklists in, byte-identical files out (fixed seed,
string-seeded random.Random, no timestamps). Old *.csv files in <round>/svar/ are removed
first, so a regeneration never leaves stale responses behind. README.md is written by hand
and is not touched.
"""

import argparse
import csv
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

SEED = "exempellan-2026"

EXAMPLE_NOTE = "Fiktiva uppgifter – påhittad kommun och påhittade svar, endast för demonstration"

COUNTY = ("99", "Exempellän (fiktivt)")

# code, name, population (fictional, used only to make numbers plausible)
MUNICIPALITIES = [
    ("9901", "Eksvala", 41200),
    ("9902", "Norrfjällsta", 6900),
    ("9903", "Rönnvreta", 18400),
    ("9904", "Gransundby", 12600),
    ("9905", "Ljungvika", 24300),
    ("9906", "Tallbrinke", 9800),
    ("9907", "Kvarnholmsta", 15100),
    ("9908", "Videfjärd", 3600),
    ("9909", "Ugglemyra", 21700),
    ("9910", "Orrsundsta", 8300),
]
NAMES = {code: name for code, name, _ in MUNICIPALITIES}
POPULATION = {code: pop for code, _, pop in MUNICIPALITIES}

# Three rounds, so that a brief can show a trend. The first round was added last: it is read
# only as history, and the later two rounds' answers do not depend on it.
ROUNDS = [("2024-host", "2024-10-01"), ("2025-var", "2025-04-01"), ("2026-host", "2026-10-01")]

JOUR_A = "Kvinnojouren Exempelstjärnan (fiktiv)"
JOUR_B = "Tjej- och kvinnojouren Exempelbäcken (fiktiv)"

# Who answers in which round. A municipality missing from a round sent no response.
RESPONDING = {
    "2024-host": ["9901", "9902", "9903", "9904", "9905", "9907", "9909", "9910"],
    "2025-var": ["9901", "9902", "9903", "9904", "9905", "9907", "9908", "9909", "9910"],
    "2026-host": ["9901", "9903", "9904", "9905", "9906", "9907", "9908", "9909", "9910"],
}
CIVIL = {
    "2024-host": [],
    "2025-var": [("9903", JOUR_A, "disagree")],
    "2026-host": [
        ("9901", JOUR_A, "agree"),
        ("9903", JOUR_A, "disagree"),
        ("9905", JOUR_B, "critical"),
        ("9907", JOUR_B, "doubt"),
    ],
}
CIVIL_ROLE = {JOUR_A: "verksamhetsledare", JOUR_B: "ordförande"}

# Profiles. theta: overall level per round (0 = typical; a municipality without a response in a
# round still has one, since the regional ranking covers all ten); evidence: share of "ja"
# answers that name an underlag; unknown/blank: share of questions answered "vet ej" or left
# empty; bias: extra level for the questions of some duties.
PROFILES = {
    "9901": dict(key="stark", theta={"2024-host": 2.1, "2025-var": 2.3, "2026-host": 2.5}, evidence=1.0,
                 unknown=0.0, blank=0.0, role="samordnare för våld i nära relationer", bias={}),
    "9902": dict(key="svag", theta={"2024-host": -1.5, "2025-var": -1.7, "2026-host": -1.7}, evidence=0.5, unknown=0.08, blank=0.03,
                 role="enhetschef, individ- och familjeomsorgen", bias={"D015": 1.0}),
    "9903": dict(key="jourberoende", theta={"2024-host": 0.0, "2025-var": -0.2, "2026-host": -0.3}, evidence=0.7,
                 unknown=0.02, blank=0.0, role="IFO-chef",
                 bias={"D017": -1.0, "D022": -0.8, "D023": -0.8, "D041": -0.5}),
    "9904": dict(key="förbättras", theta={"2024-host": -1.2, "2025-var": -1.0, "2026-host": 0.0}, evidence=0.9,
                 unknown=0.03, blank=0.0, role="enhetschef, vuxenenheten", bias={}),
    "9905": dict(key="försämras", theta={"2024-host": 1.2, "2025-var": 1.0, "2026-host": 0.1}, evidence=0.85,
                 unknown=0.03, blank=0.01, role="t.f. enhetschef, vuxenenheten", bias={}),
    "9906": dict(key="låg fullständighet", theta={"2024-host": -0.4, "2025-var": -0.4, "2026-host": -0.3}, evidence=0.3,
                 unknown=0.22, blank=0.38, role="socialsekreterare, vuxenenheten", bias={}),
    "9907": dict(key="overifierat", theta={"2024-host": 1.4, "2025-var": 1.5, "2026-host": 1.6}, evidence=0.0,
                 unknown=0.0, blank=0.0, role="socialchef", bias={}),
    "9908": dict(key="ej aktuellt", theta={"2024-host": -0.3, "2025-var": -0.2, "2026-host": -0.1}, evidence=0.8,
                 unknown=0.02, blank=0.0, role="socialchef", bias={}),
    "9909": dict(key="giltigt undantag", theta={"2024-host": 0.3, "2025-var": 0.4, "2026-host": 0.5},
                 evidence=0.85, unknown=0.02, blank=0.0, role="IFO-chef",
                 bias={"D019": 0.8, "D020": 0.8, "D021": 0.6, "D039": -0.8, "D040": -0.5}),
    "9910": dict(key="utgånget undantag", theta={"2024-host": -0.7, "2025-var": -0.6, "2026-host": -0.5},
                 evidence=0.8, unknown=0.03, blank=0.0, role="enhetschef, barn och unga",
                 bias={"D018": -1.2}),
}

# This county's own yes-share estimates for questions without an ÖJ national figure. Where a
# question matches an ÖJ VNR indicator, the share comes from checklists/model/oj-andelar.json
# (see yes_share); questions listed nowhere use DEFAULT_YES.
BASE_YES = {
    "D001-1": 0.60, "D001-2": 0.45, "D001-3": 0.45,
    "D002-1": 0.55, "D002-2": 0.45, "D002-3": 0.55,
    "D003-1": 0.25, "D003-2": 0.20,
    "D004-1": 0.45, "D004-2": 0.25,
    "D005-5": 0.85,
    "D006-1": 0.40, "D006-2": 0.45,
    "D007-1": 0.65, "D007-2": 0.60, "D007-3": 0.50, "D007-4": 0.40, "D007-5": 0.35,
    "D007-6": 0.70, "D007-7": 0.70,  # ÖJ 1, 2 (regional figures only)
    "D008-1": 0.85, "D008-3": 0.75,
    "D009-1": 0.50, "D009-2": 0.25,
    "D010-1": 0.70, "D010-2": 0.70,
    "D011-1": 0.75, "D011-3": 0.55, "D011-4": 0.65,
    "D012-1": 0.85, "D012-2": 0.60, "D012-3": 0.80,
    "D013-1": 0.45, "D013-2": 0.60, "D013-3": 0.35,
    "D014-1": 0.80, "D014-2": 0.30,
    "D015-3": 0.55,
    "D016-1": 0.75, "D016-3": 0.55,
    "D017-1": 0.60, "D017-2": 0.50,
    "D018-2": 0.70, "D018-3": 0.75,
    "D019-1": 0.80, "D019-2": 0.65,
    "D020-1": 0.75, "D020-2": 0.65,
    "D021-1": 0.80, "D021-2": 0.60, "D021-3": 0.80,
    "D022-1": 0.70, "D022-2": 0.50,
    "D023-2": 0.55, "D023-3": 0.45,
    "D024-1": 0.35, "D024-2": 0.60, "D024-3": 0.55,
    "D026-1": 0.60, "D026-2": 0.40,
    "D027-1": 0.50, "D027-2": 0.55,  # ÖJ 11 (no national figure)
    "D028-1": 0.50, "D028-2": 0.40, "D028-3": 0.45,
    "D029-1": 0.35, "D029-2": 0.50,
    "D030-1": 0.35, "D030-2": 0.50,
    "D031-1": 0.45, "D031-2": 0.35,
    "D032-1": 0.25, "D032-2": 0.45,
    "D033-1": 0.30, "D033-2": 0.40,
    "D034-2": 0.30,
    "D035-1": 0.25, "D035-2": 0.55,
    "D036-1": 0.75, "D036-3": 0.55, "D036-4": 0.20,
    "D038-1": 0.20, "D038-2": 0.05,
    "D039-2": 0.10, "D039-3": 0.60,
    "D040-1": 0.17, "D040-2": 0.10,  # ÖJ 14
    "D041-1": 0.40, "D041-2": 0.40,
}
DEFAULT_YES = 0.5
# Noise on a municipality's standing: fixed per question, and fresh per round.
QUESTION_NOISE = 0.9
ROUND_NOISE = 0.15

# Agreement with the kvinnojour (D036-2), per round and municipality.
AGREEMENT = {
    "2024-host": {
        "9901": "idéburet offentligt partnerskap (IOP)", "9902": "ingen överenskommelse",
        "9903": "föreningsbidrag", "9904": "föreningsbidrag",
        "9905": "idéburet offentligt partnerskap (IOP)", "9907": "upphandlat avtal",
        "9909": "reserverad upphandling", "9910": "annan form",
    },
    "2025-var": {
        "9901": "idéburet offentligt partnerskap (IOP)", "9902": "ingen överenskommelse",
        "9903": "föreningsbidrag", "9904": "föreningsbidrag",
        "9905": "idéburet offentligt partnerskap (IOP)", "9907": "upphandlat avtal",
        "9908": "föreningsbidrag", "9909": "reserverad upphandling", "9910": "annan form",
    },
    "2026-host": {
        "9901": "idéburet offentligt partnerskap (IOP)", "9903": "upphandlat avtal",
        "9904": "idéburet offentligt partnerskap (IOP)", "9905": "ingen överenskommelse",
        "9906": "vet ej", "9907": "upphandlat avtal", "9908": "föreningsbidrag",
        "9909": "reserverad upphandling", "9910": "föreningsbidrag",
    },
}
AGREEMENT_COMMENT = {
    ("2025-var", "9901"): "IOP med Kvinnojouren Exempelstjärnan sedan 2022; avstämning två gånger per år.",
    ("2026-host", "9901"): "IOP med Kvinnojouren Exempelstjärnan sedan 2022, förlängt 2025; avstämning två gånger per år.",
    ("2025-var", "9903"): "Årligt föreningsbidrag; skyddat boende via jouren vid behov.",
    ("2026-host", "9903"): "Avtalet om skyddat boende sades upp; upphandling planeras. Platser köps vid behov.",
    ("2025-var", "9904"): "Föreningsbidrag utan skriftlig överenskommelse.",
    ("2026-host", "9904"): "IOP tecknat från 2026-01-01 efter dialogmötet med länsstyrelsen.",
    ("2025-var", "9905"): "IOP tillsammans med två grannkommuner.",
    ("2026-host", "9905"): "Kommunen lämnade det gemensamma IOP:t vid årsskiftet av budgetskäl.",
    ("2025-var", "9910"): "Muntlig överenskommelse; bidrag per placering.",
    ("2026-host", "9910"): "Årligt föreningsbidrag sedan 2026.",
    ("2025-var", "9909"): "Reserverad upphandling av skyddat boende och samtalsstöd.",
    ("2026-host", "9909"): "Reserverad upphandling, avtalet gäller till 2027.",
    ("2026-host", "9906"): "Oklart, avtal hanteras av annan förvaltning.",
}

# Exceptions (undantag): duty, justification, valid until. Round by round.
EXCEPTIONS = {
    ("2025-var", "9909"): [("D025", "Behandling för våldsutövare ges av Exempeldalens kommunalförbund "
                            "(fiktivt) enligt avtal; nämnden fattar besluten och följer upp dem.",
                            "2025-12-31")],
    ("2026-host", "9909"): [("D025", "Behandling för våldsutövare ges av Exempeldalens kommunalförbund "
                             "(fiktivt) enligt förlängt avtal; nämnden fattar besluten och följer upp dem.",
                             "2027-06-30")],
    ("2025-var", "9910"): [("D018", "Socialjour köps av grannkommunen enligt tillfälligt avtal i väntan "
                            "på en gemensam jour i länet.", "2026-06-30")],
    ("2026-host", "9910"): [("D018", "Socialjour köps av grannkommunen enligt tillfälligt avtal i väntan "
                             "på en gemensam jour i länet.", "2026-06-30")],
}

# Questions that "many ej aktuellt" (9908) answers that way, with its reasons.
NO_CHILDREN = "Inga barn har bott i skyddat boende de senaste två åren."
NOT_APPLICABLE_9908 = {
    "D017-2": NO_CHILDREN, "D022-1": NO_CHILDREN, "D022-2": NO_CHILDREN,
    "D023-2": NO_CHILDREN, "D023-3": NO_CHILDREN,
    "D024-1": "Inga ärenden om placering av barn i skyddat boende har förekommit.",
    "D024-2": "Inga ärenden om placering av barn i skyddat boende har förekommit.",
    "D024-3": "Inga ärenden om placering av barn i skyddat boende har förekommit.",
    "D028-2": "Inga ärenden om hedersrelaterat våld de senaste tre åren.",
    "D031-1": "Behovet har inte uppstått i kommunen.",
    "D037-5": "Akutmottagning finns inte i kommunen; närmaste ligger i en annan region.",
    "D018-3": "Inga sådana ärenden förekommer.",
    "D033-1": "Ingen har ansökt om att flytta till kommunen.",
    "D041-3": "Ingen placering i skyddat boende under det senaste året.",
    "D038-2": "Ingen överenskommelse med regionen finns ännu.",
}
NO_OWN_SHELTER = "Kommunen har inga egna skyddade boenden."
# Questions about the kvinnojour agreement: answered from the profile, never left to chance
# (except by the low-completeness profile).
PROTECTED = {"D036-2", "D037-1", "D041-2"}

# What a municipality names as underlag, per duty (and per question where it differs).
DOCS = {
    "D001": "Handlingsplan mot våld i nära relationer",
    "D002": "Rutinförteckning i ledningssystemet",
    "D003": "Överenskommelse med bostadsbolaget om bostäder efter skyddat boende",
    "D004": "Plan för förebyggande arbete mot våld",
    "D005": "Kompetensutvecklingsplan för individ- och familjeomsorgen",
    "D006": "Utbildningsplan om våld i nära relationer",
    "D007": "Rutin för att fråga om våld",
    "D008": "Webbplatsen, sidan Våld i nära relationer",
    "D009": "Verksamhetsplan för uppsökande arbete",
    "D010": "Rutin för utredning av våldsutsatta vuxna",
    "D011": "Rutin för riskbedömning",
    "D012": "Beskrivning av stödinsatser till våldsutsatta",
    "D013": "Riktlinjer för ekonomiskt bistånd, avsnitt om våld",
    "D014": "Beskrivning av stöd till våldsutsatta män och hbtqi-personer",
    "D015": "Avtal om platser i skyddat boende",
    "D016": "Förteckning över använda boenden med tillståndsbeslut från IVO",
    "D017": "Rutin och mall för vårdplan vid skyddat boende",
    "D018": "Avtal om socialjour och delegationsordning",
    "D019": "Beskrivning av stödgrupp för barn som upplevt våld",
    "D020": "Rutin för krisstöd till barn och samverkan med barnahus",
    "D021": "Rutin för utredning när barn upplevt våld",
    "D022": "Rutin för beslut om skyddat boende för medföljande barn",
    "D023": "Rutin för barn i skyddat boende",
    "D024": "Rutin för placering av barn i skyddat boende",
    "D025": "Beskrivning av behandlingsinsats för våldsutövare",
    "D026": "Rutin för samordning i ärenden med våldsutövare",
    "D027": "Webbplatsen, sidan Stöd till dig som utövar våld",
    "D028": "Rutin för hedersrelaterat våld och förtryck",
    "D029": "Rutin för skyddsbedömning vid hedersrelaterat våld mot barn",
    "D030": "Rutin vid misstanke om våld mot äldre och personer med funktionsnedsättning",
    "D031": "Rutin för samordning mellan missbruksvård och våldsärenden",
    "D032": "Rutin för unga som utsätts för våld av en partner",
    "D033": "Rutin för flytt mellan kommuner vid våld",
    "D034": "Rutin för skyddade personuppgifter",
    "D035": "Rutin för uppgiftslämnande till polisen",
    "D036": "Överenskommelse med kvinnojouren",
    "D037": "Samverkansöverenskommelse",
    "D038": "Överenskommelse med regionen om barn i skyddat boende",
    "D039": "Årsrapport om arbetet mot våld i nära relationer",
    "D040": "Sammanställning av brukarenkät",
    "D041": "Uppföljningsrapport skyddat boende",
}
QUESTION_DOCS = {
    "D001-2": "Statistikrapport till nämnden",
    "D001-3": "Verksamhetsplan och budget",
    "D002-3": "Uppdragsbeskrivning för samordnare",
    "D003-2": "Bostadsförsörjningsprogram",
    "D004-2": "Uppföljning av förebyggande insatser",
    "D005-2": "Kompetensutvecklingsplan för barn och unga",
    "D005-3": "Kursintyg och deltagarlista",
    "D005-4": "Kursintyg och deltagarlista",
    "D005-5": "Förteckning över handläggarnas utbildning",
    "D006-2": "Introduktionsprogram för nyanställda",
    "D007-1": "Rutin för att fråga om våld, ekonomiskt bistånd",
    "D007-2": "Rutin för att fråga om våld, missbruks- och beroendevård",
    "D007-3": "Rutin för att fråga om våld, socialpsykiatri",
    "D007-4": "Rutin för att fråga om våld, äldreomsorg",
    "D007-5": "Rutin för att fråga om våld, funktionshinderområdet",
    "D007-6": "Rutin för att fråga om våld, barn och unga",
    "D007-7": "Metodstöd FREDA-kortfrågor",
    "D008-2": "Webbplatsen, översatt information",
    "D008-3": "Webbplatsen, kontaktuppgifter till socialjouren",
    "D012-2": "Rutin för stöd vid polisanmälan och rättegång",
    "D013-2": "Rutin för akut ekonomiskt bistånd",
    "D013-3": "Rutin för praktisk hjälp vid uppbrott",
    "D015-3": "Förteckning över boenden och deras inriktning",
    "D016-3": "Rutin för placering i skyddat boende",
    "D018-3": "Rutin för akuta ärenden från andra kommuner",
    "D026-1": "Rutin för riskbedömning vid insatser till våldsutövare",
    "D028-2": "Metodstöd PATRIARK",
    "D028-3": "Kursintyg om hedersrelaterat våld",
    "D029-2": "Samverkansrutin med skolan",
    "D036-1": "Rutin för beslut vid placering hos kvinnojouren",
    "D036-4": "Statistik från kvinnojouren",
    "D037-2": "Samverkansöverenskommelse med polisen",
    "D037-3": "Samverkansöverenskommelse med primärvården",
    "D037-4": "Samverkansöverenskommelse med vuxenpsykiatrin",
    "D037-5": "Samverkansöverenskommelse med akutmottagningen",
    "D037-6": "Samverkansöverenskommelse med ungdomsmottagningen",
    "D039-3": "Protokoll från nämndens årliga redovisning",
    "D040-2": "Sammanställning av barns synpunkter",
    "D041-2": "Protokoll från avtalsuppföljning",
}
WEB_DOCS = {"D008", "D027"}
CERT_QUESTIONS = {"D005-3", "D005-4", "D005-5", "D028-3"}

GENERIC_COMMENTS = {
    "ja": ["Fungerar i praktiken.", "Följs upp årligen.", "Ingår i egenkontrollen."],
    "delvis": ["Fungerar i de flesta ärenden men inte i alla.",
               "Arbete pågår och ska vara klart under året.",
               "Tillämpas inte lika i alla enheter.",
               "Görs i praktiken men är inte skriftligt beslutat.",
               "Finns, men behöver uppdateras."],
    "nej": ["Saknas i dag.", "Ingår i handlingsplanen för nästa år.",
            "Har inte prioriterats.", "Har inte hunnits med på grund av personalomsättning.",
            "Behöver utredas.", "Saknas; tas upp i nämnden under året."],
    "vet ej": ["Uppgiften finns hos en annan enhet.", "Behöver kontrolleras.",
               "Kunde inte tas fram till svarsdatumet."],
}
DUTY_COMMENTS = {
    "D002": {"delvis": ["Rutinerna finns men är inte samlade i ledningssystemet."]},
    "D005": {"delvis": ["Planen gäller vuxenenheten men inte barn och unga.",
                        "Fortbildning har getts till några av handläggarna."]},
    "D007": {"delvis": ["Rutin finns men är inte beslutad på ledningsnivå.",
                        "Rutinen används av några enheter men inte alla."],
             "nej": ["Frågar om våld vid behov, utan rutin."]},
    "D008": {"delvis": ["Informationen behöver uppdateras."]},
    "D011": {"delvis": ["Görs i de flesta ärenden men dokumenteras inte alltid."],
             "nej": ["Riskbedömning görs utan standardiserad metod."]},
    "D013": {"delvis": ["Bedöms från fall till fall; riktlinjerna nämner inte våld."]},
    "D014": {"delvis": ["Samtalsstöd till män köps vid behov."]},
    "D015": {"delvis": ["Platser köps vid behov; svårt att hitta plats för män.",
                        "Svårt att hitta platser för personer med missbruk."]},
    "D016": {"delvis": ["Tillståndet kontrolleras inte systematiskt."]},
    "D017": {"delvis": ["Vårdplan upprättas, men inte alltid i början av placeringen."]},
    "D018": {"delvis": ["Socialjouren saknar delegation för skyddat boende; beslut nästa vardag."],
             "nej": ["Ingen socialjour med socionomer; beredskap via tjänsteperson i hemmet."]},
    "D023": {"delvis": ["Skolgången löses i varje ärende, men skriftlig rutin saknas."],
             "nej": ["Ingen rutin; skolgången ordnas av skolan i varje ärende."]},
    "D025": {"delvis": ["Köps från extern utförare vid behov; lång väntetid."],
             "nej": ["Hänvisar till ideell verksamhet i en annan kommun."]},
    "D026": {"delvis": ["Görs i de flesta ärenden men rutin saknas."]},
    "D028": {"nej": ["Få ärenden; stöd söks hos länets kompetensteam vid behov."]},
    "D034": {"delvis": ["Rutinen omfattar inte e-tjänster och utskick."]},
    "D037": {"delvis": ["Överenskommelse finns men har inte följts upp de senaste 24 månaderna."],
             "nej": ["Samverkan sker i enskilda ärenden utan skriftlig överenskommelse."]},
    "D038": {"nej": ["Ingen överenskommelse med regionen ännu."]},
    "D039": {"delvis": ["Följs upp per ärende men sammanställs inte på gruppnivå."],
             "nej": ["Ingen systematisk uppföljning på gruppnivå."]},
    "D040": {"delvis": ["Synpunkter samlas in muntligt men sammanställs inte."],
             "nej": ["Ingen brukarundersökning har gjorts."]},
    "D041": {"delvis": ["Uppföljning görs per telefon, inga besök på boendet."]},
}
UNVERIFIED_COMMENTS = ["Finns.", "Ja, enligt ansvarig enhet.", "Fungerar."]
IMPROVED_COMMENTS = {
    "ja": ["Nytt sedan förra omgången.", "Infört under året.",
           "Åtgärdat efter dialogmötet med länsstyrelsen."],
    "delvis": ["Arbete påbörjat sedan förra omgången.", "Delvis infört under året."],
}
WORSENED_COMMENTS = ["Har inte kunnat upprätthållas sedan samordnartjänsten blev vakant.",
                     "Har inte reviderats och är äldre än två år.",
                     "Har inte kunnat upprätthållas efter omorganisationen.",
                     "Sämre än vid förra omgången på grund av personalbrist."]

# What a kvinnojour can see from the outside; other questions are "vet ej" or left empty.
CIVIL_OBSERVABLE = [
    "D008-1", "D008-2", "D008-3", "D009-1", "D012-1", "D012-2", "D012-3", "D014-1",
    "D015-1", "D015-2", "D015-3", "D016-1", "D017-1", "D018-1", "D018-2", "D019-1",
    "D022-1", "D023-1", "D023-2", "D025-1", "D025-2", "D027-1", "D031-1", "D036-1",
    "D036-2", "D036-3", "D036-4", "D037-1", "D040-1", "D041-1", "D041-2", "D041-3",
]
CIVIL_UNKNOWN = ["D002-1", "D010-1", "D011-1", "D021-1", "D034-1"]
CIVIL_COMMENTS = {
    "ja": ["Stämmer med vår erfarenhet.", "Fungerar bra i samarbetet med oss."],
    "delvis": ["Fungerar ibland; beror på vilken handläggare man möter.",
               "Vår erfarenhet är att det tar lång tid.",
               "Fungerar för kvinnor men inte för alla grupper."],
    "nej": ["Vi ser inte att detta görs.",
            "Kvinnor vi möter har inte fått detta erbjudande."],
    "vet ej": ["Känner inte till kommunens interna rutiner."],
}
# What a kvinnojour says when it sees things differently, per question: (delvis, nej).
CIVIL_QUESTION_COMMENTS = {
    "D008-1": ("Informationen är svår att hitta och delvis inaktuell.",
               "Vi hittar ingen aktuell information på kommunens webbplats."),
    "D008-2": ("Bara på ett fåtal språk.", "Informationen finns bara på svenska."),
    "D008-3": ("Numret till socialjouren är svårt att hitta.",
               "Det framgår inte hur man når socialtjänsten på kvällar och helger."),
    "D009-1": ("Vi har samarbetat vid enstaka tillfällen.",
               "Vi har inte blivit inbjudna till något uppsökande arbete."),
    "D012-1": ("Samtalsstöd finns men väntetiden är lång.",
               "Kvinnor vi möter hänvisas till oss för samtalsstöd."),
    "D012-2": ("Oftast följer vi själva med till polis och rättegång.",
               "Stöd vid rättegång ges i praktiken av oss."),
    "D012-3": ("Kommunens stöd upphör ibland när kvinnan får stöd hos oss.",
               "Kvinnor som har kontakt med oss får höra att de inte behöver kommunen."),
    "D014-1": ("Män hänvisas ofta vidare utan eget erbjudande.",
               "Vi känner inte till något stöd för män."),
    "D015-1": ("Placeringen dröjer ofta flera dagar.",
               "Vi ser inte att kommunen ordnar skyddat boende."),
    "D015-2": ("Vi tar inte emot män och vet inte hur kommunen löser det.",
               "Vi känner inte till något skyddat boende för män."),
    "D015-3": ("Svårt för kvinnor med missbruk att få plats.",
               "Kvinnor med missbruk eller funktionsnedsättning får inte plats."),
    "D016-1": ("Vi vet inte om kommunen kontrollerar tillstånden.",
               "Kommunen har placerat i boenden som saknar tillstånd."),
    "D017-1": ("Kvinnor hos oss vet sällan om det finns en vårdplan.",
               "Vi har inte sett några vårdplaner."),
    "D018-1": ("Socialjouren är svår att nå nattetid.",
               "Vi får hänvisa till polisen på kvällar och helger."),
    "D018-2": ("Akuta beslut dröjer ofta till nästa vardag.",
               "Socialjouren kan inte besluta om skyddat boende."),
    "D019-1": ("Barngruppen har lång kö.",
               "Barn som bott hos oss har inte fått stöd från kommunen."),
    "D022-1": ("Barnen har inte alltid egna beslut.",
               "Barn som följer med sin mamma har sällan egna beslut."),
    "D023-1": ("Skolgången löses från fall till fall.",
               "Barn hos oss har gått utan skola i flera veckor."),
    "D023-2": ("Socialsekreteraren träffar sällan barnet enskilt.",
               "Barnen får inga egna besök från socialtjänsten."),
    "D025-1": ("Det finns, men vi vet inte hur många som får det.",
               "Vi känner inte till något erbjudande till våldsutövare."),
    "D025-2": ("Det finns, men vi vet inte hur många som får det.",
               "Vi känner inte till något erbjudande till våldsutövare."),
    "D027-1": ("Informationen är kortfattad.",
               "Vi hittar ingen information om stöd till våldsutövare."),
    "D031-1": ("Kvinnor med missbruk får ofta vänta.", "Kvinnor med missbruk nekas skyddat boende."),
    "D036-1": ("En del placeringar hos oss saknar beslut.",
               "De flesta som bor hos oss har inget beslut från nämnden."),
    "D036-3": ("Ansvarsfördelningen är otydlig i avtalet.",
               "Avtalet säger inget om nämndens ansvar."),
    "D036-4": ("Vi lämnar statistik men vet inte om den används.",
               "Kommunen har aldrig frågat efter vår statistik."),
    "D037-1": ("Överenskommelse finns men har inte följts upp.", "Ingen överenskommelse med oss."),
    "D040-1": ("Kvinnor vi möter har ibland fått en enkät.",
               "Kvinnor vi möter har inte fått lämna synpunkter."),
    "D041-1": ("Kommunen ringer men besöker inte boendet.", "Kommunen har inte besökt vårt boende."),
    "D041-2": ("Avstämning sker men utan protokoll.", "Avtalet har inte följts upp med oss."),
}
STANCE_DOWNGRADE = {"agree": 0.12, "doubt": 0.5, "critical": 0.45, "disagree": 0.35}


# ---------------------------------------------------------------------------------------------
# CSV in the CLI's dialect (mirrors Sources/AuditModel/Support/CSVWriter.swift)

FORMULA_STARTERS = ("=", "+", "-", "@", "\t", "\r")


def is_plain_number(cell):
    body = cell[1:] if cell.startswith("-") else cell
    if not body:
        return False
    for mark in (".", ","):
        if mark in body:
            whole, _, fraction = body.partition(mark)
            return whole.isdigit() and fraction.isdigit()
    return body.isdigit()


def encode(cell):
    if cell.startswith(FORMULA_STARTERS) and not is_plain_number(cell):
        cell = "'" + cell
    needs = bool(cell) and (cell[0] in " \t" or cell[-1] in " \t"
                            or any(c in cell for c in ';"\r\n'))
    return '"' + cell.replace('"', '""') + '"' if needs else cell


def render(rows):
    return "\ufeff" + "".join(";".join(encode(c) for c in row) + "\r\n" for row in rows)


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


# ---------------------------------------------------------------------------------------------
# The checklist as the CLI wrote it

class Checklist:
    def __init__(self, path):
        with open(path, "rb") as handle:
            raw = handle.read()
        self.rows = read_rows(path)
        if render(self.rows).encode("utf-8") != raw:
            sys.exit(f"{path}: re-encoding differs from the CLI's output; "
                     "update encode() to match CSVWriter.swift")
        header = next(i for i, r in enumerate(self.rows) if r and r[0] == "fråga-id")
        self.metadata = self.rows[:header - 1]
        self.header = self.rows[header]
        end = header + 1
        while end < len(self.rows) and self.rows[end]:
            end += 1
        self.questions = self.rows[header + 1:end]
        self.trailer = self.rows[end:]
        self.meta = dict((r[0], r[1]) for r in self.metadata if len(r) >= 2)
        self.ids = [q[0] for q in self.questions]
        self.by_id = {q[0]: q for q in self.questions}

    def kind(self, qid):
        alternatives = self.by_id[qid][5]
        if alternatives.startswith("ja, delvis"):
            return "ypn"
        if alternatives.startswith("ett tal"):
            return "number"
        if alternatives.startswith("datum"):
            return "date"
        if alternatives == "fritext":
            return "text"
        return "choice"

    def choices(self, qid):
        return [c.strip() for c in self.by_id[qid][5].split(" / ")]

    def response(self, code, perspective, organisation, role, answers, exceptions):
        # "ej aktuellt" only where the model says when a question can be not applicable
        # (issue 17); elsewhere the municipality leaves the question unanswered.
        answers = {qid: (("", "", "") if a[0] == "ej aktuellt" and qid not in NOT_APPLICABLE_ALLOWED
                         else a) for qid, a in answers.items()}
        meta = []
        for row in self.metadata:
            key = row[0] if row else ""
            value = {"kommunkod": code, "kommun": NAMES[code], "perspektiv": perspective,
                     "organisation": organisation, "besvarad av (roll)": role}.get(key)
            meta.append([key, value] if value is not None else list(row))
            if key == "checklista":
                meta.append(["exempel", EXAMPLE_NOTE])
        questions = []
        for row in self.questions:
            answer, comment, evidence = answers.get(row[0], ("", "", ""))
            questions.append(row[:9] + [answer, comment, evidence])
        return meta + [[]] + [self.header] + questions + self.trailer + [list(e) for e in exceptions]


# ---------------------------------------------------------------------------------------------
# Helpers

def rng_for(*parts):
    return random.Random("|".join((SEED,) + parts))


def day_offset(date, days):
    d = datetime.date.fromisoformat(date) - datetime.timedelta(days=days)
    while d.weekday() >= 5:  # decisions and follow-ups on weekdays
        d -= datetime.timedelta(days=1)
    return d.isoformat()


def duty_of(qid):
    return qid.split("-")[0]


def comment_pool(qid, answer):
    pool = list(DUTY_COMMENTS.get(duty_of(qid), {}).get(answer, []))
    return pool + GENERIC_COMMENTS[answer] if len(pool) < 2 else pool


DECIDED_KINDS = ("Rutin", "Plan", "Handlingsplan", "Riktlinjer", "Kompetensutvecklingsplan",
                 "Utbildningsplan", "Verksamhetsplan", "Introduktionsprogram", "Metodstöd")


def evidence_for(qid, answer, ref_date, rng, recent=False):
    """A plausible underlag: a named document with a date or a diary number (dnr)."""
    doc = QUESTION_DOCS.get(qid, DOCS.get(duty_of(qid), "Dokument"))
    if duty_of(qid) in WEB_DOCS:
        return f"{doc}, kontrollerad {day_offset(ref_date, rng.randint(5, 40))}"
    if qid in CERT_QUESTIONS:
        return f"{doc} {ref_date[:4] if rng.random() < 0.6 else int(ref_date[:4]) - 1}"
    if answer == "delvis" and (recent or rng.random() < 0.5):
        return f"Utkast: {doc}"
    days = (800, 1500) if answer == "delvis" else (60, 400) if recent else (40, 600)
    date = day_offset(ref_date, rng.randint(*days))
    if not doc.startswith(DECIDED_KINDS):
        return f"{doc} ({date})"
    if answer != "delvis" and rng.random() < 0.4:
        return f"{doc}, dnr SN {date[:4]}/{rng.randint(12, 240)}"
    return f"{doc}, {rng.choice(['beslutad', 'reviderad'])} {date}"


# ---------------------------------------------------------------------------------------------
# Answers

def municipal_round(round_name, ref_date, checklist, previous):
    """Answers for every responding municipality in one round: {code: {qid: (svar, kommentar,
    underlag)}}. `previous` holds the earlier round's answers (for change comments)."""
    codes = RESPONDING[round_name]
    panel = [code for code, _, _ in MUNICIPALITIES]
    later = round_name == ROUNDS[-1][0]
    forced = {code: {} for code in panel}

    # Profile-driven answers, decided before the regional ranking.
    for code in panel:
        profile = PROFILES[code]
        f = forced[code]
        for qid in checklist.ids:
            r = rng_for("gap", code, qid)
            blank_draw, unknown_draw = r.random(), r.random()
            if qid in PROTECTED and code != "9906":
                continue  # answered below from the profile
            if qid == "D016-2" and blank_draw >= profile["blank"]:
                continue  # answered below: no own shelter
            if blank_draw < profile["blank"]:
                f[qid] = ("", "", "")
            elif unknown_draw < profile["unknown"]:
                comment = rng_for("c", round_name, code, qid).choice(GENERIC_COMMENTS["vet ej"])
                f[qid] = ("vet ej", comment if code != "9906" or r.random() < 0.3 else "", "")
        if "D016-2" in checklist.ids and "D016-2" not in f:
            f["D016-2"] = ("ej aktuellt", NO_OWN_SHELTER, "")
        if code == "9908":
            for qid, reason in NOT_APPLICABLE_9908.items():
                if qid in checklist.ids:
                    f[qid] = ("ej aktuellt", reason, "")
        agreement = AGREEMENT[round_name].get(code, "vet ej")
        if agreement == "ingen överenskommelse":
            f["D037-1"] = ("nej", "Ingen överenskommelse med kvinnojour finns.", "")
            f["D041-2"] = ("nej", "Inga avtal med kvinnojour att följa upp.", "")
    # Eksvala runs two protected flats of its own.
    forced["9901"]["D016-2"] = (
        ("ja", "Två egna skyddade lägenheter, anmälda till IVO.",
         "Anmälan till IVO 2025-06-18 med mottagningsbekräftelse") if later else
        ("delvis", "Två egna skyddade lägenheter; anmälan till IVO förbereds inför nya SoL.", ""))
    # Rönnvreta leans on the kvinnojour and says yes to what the jour provides or provided.
    f = forced["9903"]
    if later:
        f["D015-1"] = ("ja", "Platser köps vid behov i väntan på upphandling.", "")
        f["D015-3"] = ("ja", "Köps vid behov.", "")
        f["D037-1"] = ("ja", "Överenskommelse med kvinnojouren finns sedan 2021.",
                       "Samverkansöverenskommelse 2021")
        f["D041-2"] = ("ja", "Följs upp i samband med upphandlingen.", "")
        f["D036-1"] = ("ja", "", "")
        f["D036-3"] = ("ja", "", "")
        f["D012-3"] = ("ja", "", "")
    else:
        f["D015-1"] = ("ja", "Genom kvinnojouren.", "Överenskommelse med kvinnojouren 2021")
        f["D015-3"] = ("ja", "Genom kvinnojouren.", "")
        f["D037-1"] = ("ja", "Överenskommelse med kvinnojouren.",
                       "Samverkansöverenskommelse 2021")
        f["D041-2"] = ("ja", "", "")
        f["D036-1"] = ("delvis", "Placering sker ofta direkt via jouren; beslut fattas i efterhand.", "")
        f["D036-3"] = ("ja", "", "")
        f["D012-3"] = ("ja", "Kvinnojouren ger det mesta av stödet.", "")
    # The duties under an exception are answered for what the other arrangement delivers.
    agreement_date = "2025-11-20" if later else "2023-12-01"
    forced["9909"]["D025-1"] = ("ja", "Genom kommunalförbundet, se undantag.",
                                f"Avtal med Exempeldalens kommunalförbund ({agreement_date})")
    forced["9909"]["D025-2"] = ("ja", "Genom kommunalförbundet, se undantag.",
                                f"Avtal med Exempeldalens kommunalförbund ({agreement_date})")
    forced["9909"]["D025-3"] = ("delvis", "Kommunalförbundet tar emot utan beslut, men bara vardagar.", "")
    forced["9910"]["D018-1"] = (
        ("delvis", "Avtalet med grannkommunen har gått ut och förlängs månad för månad; se undantag.", "")
        if later else
        ("delvis", "Socialjour köps av grannkommunen, se undantag.", "Tillfälligt avtal om socialjour (2024-06-10)"))
    forced["9910"]["D018-2"] = ("delvis", "Grannkommunens jour kan besluta om akut bistånd men inte om skyddat boende.", "")
    # Gransundby signed an IOP at the start of 2026; not yet followed up.
    if later:
        forced["9904"]["D037-1"] = ("delvis", "IOP tecknat 2026; första uppföljningen hålls i november.",
                                    "IOP-överenskommelse med kvinnojouren (2025-12-15)")
        forced["9904"]["D041-2"] = ("delvis", "Första avstämningen inom IOP:t hålls i november.", "")
    # Ljungvika loses its coordinator and leaves the shared IOP.
    f = forced["9905"]
    if later:
        f["D002-3"] = ("nej", "Samordnartjänsten är vakant sedan våren 2026.", "")
        f["D036-4"] = ("nej", "", "")
        f["D041-2"] = ("nej", "Avtalet med kvinnojouren avslutades vid årsskiftet.", "")
    else:
        f["D002-3"] = ("ja", "Samordnare på halvtid.", "Uppdragsbeskrivning för samordnare, daterad 2024-02-12")
        f["D037-1"] = ("ja", "IOP med uppföljning två gånger per år.",
                       "IOP-överenskommelse, dnr SN 2023/41")

    # Yes/partial/no questions: a municipality's standing on a question is its level (theta plus
    # duty bias) plus a fixed question-specific draw and a small draw per round. The whole panel
    # of ten (non-responders too, so the mix does not depend on who answered) is ranked by
    # standing; the top BASE_YES share answers "ja", the next band "delvis", the rest "nej".
    # So the region follows the national ÖJ shares, and a stable municipality keeps its answers
    # between rounds unless an improving or worsening one passes it.
    answers = {code: {} for code in panel}
    for qid in checklist.ids:
        if checklist.kind(qid) != "ypn":
            continue
        base = yes_share(qid, ref_date)
        partial = min(0.3, 0.45 * (1 - base))
        free, counted, forced_yes, forced_partial = [], 0, 0, 0
        for code in panel:
            given = forced[code].get(qid)
            if given is None:
                profile = PROFILES[code]
                standing = (profile["theta"][round_name] + profile["bias"].get(duty_of(qid), 0)
                            + rng_for("eps", code, qid).gauss(0, QUESTION_NOISE)
                            + rng_for("eta", round_name, code, qid).gauss(0, ROUND_NOISE))
                free.append((-standing, code))
                counted += 1
            elif given[0] in ("ja", "delvis", "nej"):
                counted += 1
                forced_yes += given[0] == "ja"
                forced_partial += given[0] == "delvis"
        free.sort()
        n_yes = max(0, round(base * counted) - forced_yes)
        n_partial = max(0, round(partial * counted) - forced_partial)
        for rank, (_, code) in enumerate(free):
            answers[code][qid] = ("ja" if rank < n_yes else
                                  "delvis" if rank < n_yes + n_partial else "nej")

    result = {}
    for code in codes:
        filled = {}
        for qid in checklist.ids:
            r = rng_for("fill", round_name, code, qid)
            if qid in forced[code]:
                filled[qid] = forced[code][qid]
                continue
            kind = checklist.kind(qid)
            if kind == "ypn":
                answer = answers[code][qid]
                filled[qid] = (answer,) + explain(round_name, ref_date, code, qid, answer, previous, r)
        fill_dependent(round_name, ref_date, checklist, code, filled, forced[code])
        result[code] = filled
    return result


def explain(round_name, ref_date, code, qid, answer, previous, r):
    profile = PROFILES[code]
    before = (previous or {}).get(code, {}).get(qid, ("",))[0]
    rank = {"nej": 0, "delvis": 1, "ja": 2}
    changed = before in rank and rank[answer] - rank[before]
    comment, evidence = "", ""
    if changed and changed > 0 and profile["key"] == "förbättras":
        comment = r.choice(IMPROVED_COMMENTS[answer])
    elif changed and changed < 0 and profile["key"] == "försämras":
        comment = r.choice(WORSENED_COMMENTS)
    if answer == "ja":
        if profile["key"] == "overifierat":
            comment = comment or (r.choice(UNVERIFIED_COMMENTS) if r.random() < 0.15 else "")
        else:
            if r.random() < profile["evidence"]:
                evidence = evidence_for(qid, answer, ref_date, r, recent=bool(changed))
            if not comment and r.random() < 0.2:
                comment = r.choice(comment_pool(qid, "ja"))
    elif answer == "delvis":
        comment = comment or r.choice(comment_pool(qid, "delvis"))
        if profile["key"] != "overifierat" and r.random() < 0.4 * profile["evidence"]:
            evidence = evidence_for(qid, answer, ref_date, r, recent=bool(changed))
    else:
        if not comment and r.random() < (0.75 if profile["key"] in ("stark", "förbättras") else 0.5):
            comment = r.choice(comment_pool(qid, "nej"))
    return comment, evidence


def fill_dependent(round_name, ref_date, checklist, code, filled, forced):
    """Numbers, dates, choices and the free-text question, consistent with the other answers."""
    profile = PROFILES[code]
    later = round_name == ROUNDS[-1][0]
    r = rng_for("dep", round_name, code)
    pop = POPULATION[code]

    def scaled(per_thousand, spread=0.25):
        return max(0, round(pop / 1000 * per_thousand * r.uniform(1 - spread, 1 + spread)))

    adults_shelter = 0 if code == "9908" else max(1, scaled(0.22, 0.4))
    numbers = {
        "D010-3": scaled(1.1), "D012-4": scaled(0.9), "D015-4": adults_shelter,
        "D019-3": scaled(0.7),
        "D022-3": 0 if code == "9908" else round(adults_shelter * r.uniform(0.8, 1.5)),
        "D025-4": scaled(0.3, 0.4),
    }
    missing_stats = {"9902": 0.5, "9903": 0.15, "9910": 0.2}.get(code, 0.0)
    for qid, value in numbers.items():
        if qid not in checklist.ids or qid in forced:
            continue
        if r.random() < missing_stats:
            filled[qid] = ("vet ej", "Går inte att ta fram ur verksamhetssystemet.", "")
        else:
            evidence = "" if profile["key"] == "overifierat" or r.random() > 0.7 else \
                f"Uttag ur verksamhetssystemet {day_offset(ref_date, r.randint(3, 20))}"
            filled[qid] = (str(value), "", evidence)

    def answer_of(qid):
        return filled.get(qid, ("",))[0]

    # D001-4: when the board last decided on goals or an action plan.
    if "D001-4" not in forced:
        a = answer_of("D001-1")
        if a == "ja":
            d = day_offset(ref_date, r.randint(60, 420))
            filled["D001-4"] = (d, "", "" if profile["key"] == "overifierat" else
                                f"Protokollsutdrag SN {d} § {r.randint(20, 160)}")
        elif a == "delvis":
            d = day_offset(ref_date, r.randint(900, 1600))
            filled["D001-4"] = (d, "Handlingsplanen har inte reviderats sedan dess.", "")
        elif a == "nej":
            filled["D001-4"] = ("ej aktuellt", "Något sådant beslut har inte fattats.", "")
        else:
            filled["D001-4"] = ("vet ej", "", "") if a else ("", "", "")
    # D041-3: the last follow-up of a protected shelter the board uses.
    if "D041-3" not in forced:
        a = answer_of("D041-1")
        if code == "9903":
            visit = "2024-11-14" if ref_date > "2024-11-14" else "2024-03-05"
            filled["D041-3"] = (visit, "Senaste besöket hos kvinnojouren.", "")
        elif a == "ja":
            d = day_offset(ref_date, r.randint(30, 200))
            filled["D041-3"] = (d, "", "" if profile["key"] == "overifierat" else
                                f"Besöksanteckning {d}")
        elif a == "delvis":
            filled["D041-3"] = (day_offset(ref_date, r.randint(300, 700)), "Uppföljning per telefon.", "")
        elif a == "nej":
            filled["D041-3"] = ("vet ej", "Ingen samlad dokumentation av uppföljningar.", "")
        else:
            filled["D041-3"] = ("vet ej", "", "") if a else ("", "", "")
    # D011-5: the main risk-assessment method, consistent with D011-2.
    if "D011-5" not in forced:
        a = answer_of("D011-2")
        if a == "ja":
            method = r.choice(["FREDA", "FREDA", "FREDA", "flera metoder", "SARA:SV"])
            filled["D011-5"] = (method, "FREDA och PATRIARK vid hedersärenden." if method == "flera metoder" else "", "")
        elif a == "delvis":
            filled["D011-5"] = ("FREDA", "FREDA används men inte i alla ärenden.", "")
        elif a == "nej":
            filled["D011-5"] = ("ingen standardiserad metod", "", "")
        else:
            filled["D011-5"] = ("vet ej", "", "") if a else ("", "", "")
    # D036-2: the form of the agreement with the kvinnojour.
    if "D036-2" not in forced:
        agreement = AGREEMENT[round_name].get(code, "vet ej")
        filled["D036-2"] = (agreement, AGREEMENT_COMMENT.get((round_name, code), ""), "")
    # D034-3: free text about protected data disclosed during the year.
    if "D034-3" not in forced:
        texts = {
            "9901": "Nej, inga kända fall. Avvikelser följs upp kvartalsvis.",
            "9903": "Ja, ett beslut skickades till en gammal adress. Utrett som avvikelse.",
            "9905": ("Ja, en skyddad adress syntes i en e-tjänst. Utrett och anmält till IMY."
                     if later else "Nej, inga kända fall."),
            "9907": "Nej.",
            "9910": "Vet inte; avvikelser sammanställs inte per område.",
        }
        text = texts.get(code, "Nej, inga kända fall under året.")
        filled["D034-3"] = (text, "", "")


def civil_response(round_name, ref_date, checklist, code, organisation, stance, municipal):
    """A kvinnojour's answers about one municipality."""
    later = round_name == ROUNDS[-1][0]
    base = municipal.get(code, {})
    filled = {}
    for qid in CIVIL_OBSERVABLE:
        if qid not in checklist.ids:
            continue
        r = rng_for("civil", round_name, code, organisation, qid)
        kind = checklist.kind(qid)
        if kind != "ypn":
            continue
        theirs = base.get(qid, ("",))[0]
        if theirs not in ("ja", "delvis", "nej"):
            theirs = "delvis"
        answer = theirs
        if r.random() < STANCE_DOWNGRADE[stance]:
            answer = {"ja": "delvis", "delvis": "nej", "nej": "nej"}[theirs]
        specific = CIVIL_QUESTION_COMMENTS.get(qid)
        if answer in ("delvis", "nej") and specific:
            comment = specific[0 if answer == "delvis" else 1]
        else:
            comment = r.choice(CIVIL_COMMENTS[answer]) if answer != "ja" or r.random() < 0.3 else ""
        filled[qid] = (answer, comment, "")
    for qid in CIVIL_UNKNOWN:
        if qid in checklist.ids:
            filled[qid] = ("vet ej", "Känner inte till kommunens interna rutiner.", "")

    if code == "9901":
        filled["D036-2"] = ("idéburet offentligt partnerskap (IOP)",
                            "IOP sedan 2022; avstämning två gånger per år där båda parter tar upp vad som behöver ändras.", "")
        filled["D037-1"] = ("ja", "Överenskommelsen följs upp två gånger per år.", "")
        filled["D041-2"] = ("ja", "", "")
        filled["D041-3"] = ("2026-05-12", "Senaste avstämningen inom IOP:t.", "")
        filled["D015-2"] = ("delvis", "Vi tar inte emot män; kommunen köper platser för män på annat håll.", "")
    elif code == "9903" and later:
        filled["D015-1"] = ("nej", "Vårt boende står tomt sedan avtalet sades upp för ett halvår sedan; "
                                   "vi vet inte var kvinnor från kommunen placeras nu.", "")
        filled["D015-3"] = ("nej", "Vi har inte sett någon ersättning för de platser vi hade.", "")
        filled["D036-1"] = ("vet ej", "Vi får inte längre några placeringar från kommunen.", "")
        filled["D036-2"] = ("ingen överenskommelse", "Avtalet sades upp. Vi har fått besked om en "
                                                   "upphandling men inte när den ska ske eller vilka som får delta.", "")
        filled["D036-3"] = ("nej", "", "")
        filled["D037-1"] = ("nej", "Ingen gällande överenskommelse; vårt brev till nämnden om ett möte är obesvarat.", "")
        filled["D041-2"] = ("nej", "Ingen uppföljning med oss de senaste två åren.", "")
        filled["D041-3"] = ("vet ej", "Kommunen har inte besökt vårt boende sedan avtalet sades upp.", "")
    elif code == "9903":
        filled["D015-1"] = ("delvis", "Kommunen hänvisar kvinnor till oss, ofta utan biståndsbeslut.", "")
        filled["D036-1"] = ("nej", "De flesta som bor hos oss har inget beslut från nämnden.", "")
        filled["D036-2"] = ("föreningsbidrag", "Bidraget täcker inte kostnaden för boendet.", "")
        filled["D037-1"] = ("nej", "Överenskommelsen från 2021 har aldrig följts upp.", "")
        filled["D041-2"] = ("nej", "", "")
        filled["D041-3"] = ("vet ej", "", "")
    elif code == "9905":
        filled["D036-2"] = ("ingen överenskommelse", "Kommunen lämnade samarbetet vid årsskiftet trots att "
                                                   "många stödsökande kommer därifrån.", "")
        filled["D037-1"] = ("nej", "", "")
        filled["D041-2"] = ("nej", "", "")
        filled["D012-3"] = ("delvis", "Vi tar emot kvinnor från kommunen utan ersättning.", "")
        filled["D041-3"] = ("vet ej", "", "")
    elif code == "9907":
        filled["D036-2"] = ("föreningsbidrag", "Vi får ett litet bidrag; skyddat boende köps från privat företag.", "")
        filled["D037-1"] = ("delvis", "Överenskommelse finns men har inte följts upp.", "")
        filled["D036-3"] = ("vet ej", "Vi har inte sett kommunens avtal med det privata boendet.", "")
        filled["D041-3"] = ("vet ej", "", "")
    return filled


# ---------------------------------------------------------------------------------------------
# Checks

ALLOWED_COMMON = {"vet ej", "ej aktuellt"}


def check_file(path, checklist):
    rows = read_rows(path)
    header = next(i for i, r in enumerate(rows) if r and r[0] == "fråga-id")
    ids, problems = [], []
    i = header + 1
    while i < len(rows) and rows[i]:
        row = rows[i]
        qid, answer, comment = row[0], row[9].strip().lower(), row[10].strip()
        ids.append(qid)
        kind = checklist.kind(qid)
        if answer == "" or answer in ALLOWED_COMMON:
            pass
        elif kind == "ypn" and answer in ("ja", "delvis", "nej"):
            pass
        elif kind == "number" and answer.isdigit():
            pass
        elif kind == "date" and len(answer) == 10 and answer[4] == answer[7] == "-":
            try:
                if datetime.date.fromisoformat(answer).isoformat() > checklist.meta["referensdatum"]:
                    problems.append(f"{qid}: date after the reference date")
            except ValueError:
                problems.append(f"{qid}: bad date {answer}")
        elif kind == "choice" and answer in [c.lower() for c in checklist.choices(qid)]:
            pass
        elif kind == "text":
            pass
        else:
            problems.append(f"{qid}: answer {answer!r} not allowed")
        if answer == "ej aktuellt" and not comment:
            problems.append(f"{qid}: ej aktuellt without a reason")
        if any(ch.isdigit() for ch in comment) and len([c for c in comment if c.isdigit()]) >= 10:
            problems.append(f"{qid}: comment looks like it holds a personnummer")
        i += 1
    if ids != checklist.ids:
        problems.append("question ids differ from the checklist")
    meta = dict((r[0], r[1]) for r in rows[:header] if len(r) >= 2)
    if rows[1] != ["exempel", EXAMPLE_NOTE]:
        problems.append("exempel row missing after checklista")
    if meta["referensdatum"] != checklist.meta["referensdatum"]:
        problems.append("reference date changed")
    return problems


# ---------------------------------------------------------------------------------------------
# Main

def find_audit(root, given):
    if given:
        return given
    local = os.path.join(root, ".build", "debug", "audit")
    if os.access(local, os.X_OK):
        return local
    found = shutil.which("audit")
    if not found:
        sys.exit("audit not found: run `swift build` or pass --audit PATH")
    return found


def questions_allowing_not_applicable(model):
    """Question ids whose model entry has "notApplicable" (the model's // comments stripped)."""
    allowed = set()
    folder = os.path.join(model, "duties")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            text = "\n".join(l for l in handle.read().split("\n") if not l.strip().startswith("//"))
        for duty in json.loads(text)["duties"]:
            allowed.update(q["id"] for q in duty["questions"] if "notApplicable" in q)
    return allowed


NOT_APPLICABLE_ALLOWED = set()
# The ÖJ national shares by question and year, from the model's oj-andelar.json: the same file
# `audit generate-national` reads, so a model change cannot leave either generator behind.
OJ_SHARES = {}


def read_model_json(path):
    """A model file with its // comment lines stripped."""
    with open(path, encoding="utf-8") as handle:
        return json.loads("\n".join(l for l in handle.read().split("\n")
                                    if not l.strip().startswith("//")))


def model_question_ids(model):
    """Every question id of the model's duties."""
    ids = set()
    folder = os.path.join(model, "duties")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            for duty in read_model_json(os.path.join(folder, name))["duties"]:
                ids.update(q["id"] for q in duty["questions"])
    return ids


def yes_share(qid, ref_date):
    """The question's ÖJ national share in the round's year (the latest year up to it, or the
    earliest), else this county's own estimate, else DEFAULT_YES."""
    series = OJ_SHARES.get(qid)
    if series:
        year = int(ref_date[:4])
        earlier = [share for y, share in series if y <= year]
        return earlier[-1] if earlier else series[0][1]
    return BASE_YES.get(qid, DEFAULT_YES)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    model = os.path.join(root, "checklists", "model")
    NOT_APPLICABLE_ALLOWED.update(questions_allowing_not_applicable(model))
    for indicator in read_model_json(os.path.join(model, "oj-andelar.json"))["indicators"]:
        OJ_SHARES[indicator["question"]] = sorted(
            (int(year), share) for year, share in indicator["shares"].items())
    # Every question this script names must still be in the model (ids follow from the model).
    known = model_question_ids(model)
    stale = sorted(q for q in list(BASE_YES) + list(OJ_SHARES) if q not in known)
    if stale:
        sys.exit("fel: frågor som inte finns i modellen: " + ", ".join(stale)
                 + " — ta bort dem ur BASE_YES eller checklists/model/oj-andelar.json")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit")
    parser.add_argument("--checklists")
    parser.add_argument("--out", default=os.path.join(root, "examples", "exempellan"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        checklists = {}
        for round_name, ref_date in ROUNDS:
            if args.checklists:
                path = os.path.join(args.checklists, f"{round_name}.csv")
            else:
                path = os.path.join(scratch, f"{round_name}.csv")
                subprocess.run(
                    [find_audit(root, args.audit), "checklist", "--municipality", "1490",
                     "--date", ref_date, "--round", round_name, "--format", "csv",
                     "--model", os.path.join(root, "checklists", "model"), "-o", path],
                    check=True, capture_output=True)
            checklist = Checklist(path)
            if (checklist.meta.get("referensdatum"), checklist.meta.get("omgång")) != (ref_date, round_name):
                sys.exit(f"{path}: not the checklist for {round_name} on {ref_date}")
            checklists[round_name] = checklist

    out = args.out
    os.makedirs(os.path.join(out, "register"), exist_ok=True)
    with open(os.path.join(out, "register", "lan.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("kod,namn\n" + f"{COUNTY[0]},{COUNTY[1]}\n")
    with open(os.path.join(out, "register", "kommuner.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("kod,namn,lanskod\n" + "".join(f"{c},{n},{COUNTY[0]}\n" for c, n, _ in MUNICIPALITIES))

    previous = None
    problems = []
    for round_name, ref_date in ROUNDS:
        checklist = checklists[round_name]
        folder = os.path.join(out, round_name, "svar")
        blanks = os.path.join(out, round_name, "checklistor")
        for path in (folder, blanks):
            os.makedirs(path, exist_ok=True)
            for name in sorted(os.listdir(path)):
                if name.endswith(".csv"):
                    os.remove(os.path.join(path, name))
        write_round_description(out, round_name, ref_date, checklist)
        for code, name, _ in MUNICIPALITIES:
            with open(os.path.join(blanks, f"{code}-{name}.csv"), "w", encoding="utf-8", newline="") as handle:
                handle.write(render(checklist.response(code, "kommun", "", "", {}, [])))
        # Only the last round explains changes from the one before it.
        later = round_name == ROUNDS[-1][0]
        municipal = municipal_round(round_name, ref_date, checklist, previous if later else None)
        written = []
        for code, answers in municipal.items():
            rows = checklist.response(code, "kommun", "", PROFILES[code]["role"], answers,
                                      EXCEPTIONS.get((round_name, code), []))
            written.append((f"{code}-{NAMES[code]}.csv", rows))
        for code, organisation, stance in CIVIL[round_name]:
            answers = civil_response(round_name, ref_date, checklist, code, organisation, stance, municipal)
            rows = checklist.response(code, "civilsamhälle", organisation, CIVIL_ROLE[organisation],
                                      answers, [])
            slug = ascii_slug(organisation.replace("(fiktiv)", ""))
            written.append((f"{code}-{NAMES[code]}-civilsamhalle-{slug}.csv", rows))
        for name, rows in written:
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(render(rows))
            problems += [f"{path}: {p}" for p in check_file(path, checklist)]
        print(f"{round_name}: {len(written)} filer i {folder}")
        previous = municipal
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


def write_round_description(out, round_name, ref_date, checklist):
    """omgang.json as `audit init` writes it, so the round folder reads like one from init."""
    description = {
        "checklistsFolder": "checklistor",
        "countyCode": COUNTY[0],
        "countyName": COUNTY[1],
        "format": "audit-omgång 1",
        "modelVersion": checklist.meta["modellversion"],
        "municipalities": [
            {"checklist": f"checklistor/{code}-{name}.csv", "code": code, "name": name}
            for code, name, _ in MUNICIPALITIES
        ],
        "referenceDate": ref_date,
        "responsesFolder": "svar",
        "round": round_name,
    }
    text = json.dumps(description, indent=2, sort_keys=True, ensure_ascii=False, separators=(",", " : "))
    with open(os.path.join(out, round_name, "omgang.json"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text + "\n")


def ascii_slug(text):
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "Å": "a", "Ä": "a", "Ö": "o"})
    words = "".join(c if c.isalnum() else " " for c in text.translate(table).lower()).split()
    return "-".join(words)


if __name__ == "__main__":
    main()
