#!/usr/bin/env python3
"""Peer for scripts/bench: the same fulfilment as `audit compare`, in pandas.

A straightforward pandas script, written the way an analyst would. It does not know the law:
the duties in force on the round's reference date are an input, the CSV that
`audit duties --date DATE --format csv` writes (columns id, styrka and frågor). It reads every
filled-in checklist (CSV, `;`, UTF-8 with BOM; the metadata block above the `fråga-id` header
gives kommunkod, perspektiv, omgång, referensdatum and modellversion; the rows under
`undantag: plikt-id` are the exceptions) and each folder's omgang.json, then

- keeps the responses that count in the round, as audit does: perspektiv kommun (civil-society
  responses are left out), a municipality omgang.json lists (or else one of its county), the
  round's omgång and referensdatum, a model version no older than the round's; when two files
  answer for one municipality (and organisation) in a folder, neither counts;
- takes every question of every duty in force (a question missing from the file counts as
  not answered), leaving out the duties under an exception that holds on the reference date
  (`giltigt till` on or after it);
- per question: ja = 1, delvis = 0.5, nej = 0, only on ja/delvis/nej questions (svarsalternativ
  "ja, delvis, nej, …"); vet ej, ej aktuellt, empty and number, date, choice and text answers
  have no value;
- per duty: the mean of its valued questions; per municipality: the mean of its duties that
  have one, weighted by the duty's strength on the reference date (`styrka` in the duties
  file; scoring.json: lag and förordning 3, föreskrift 2, allmänt råd, any bör and
  villkor/befogenhet 1);
- completeness: a question applies unless it is answered ej aktuellt, and is answered when the
  answer is not empty and not vet ej; a response with no applicable question, under 80 %
  answered of applicable questions, or over 20 % of its questions ej aktuellt is incomplete
  (scoring.json "completeness") and has no fulfilment figure;
- per county (folder): the median of the municipalities that have a figure.

It does not validate anything (audit leaves out a response with errors; the data from
`audit generate-national` has none) and does not round (audit rounds to one decimal).

    python3 bench/peer.py --duties DUTIES.csv FOLDER... [--out RESULT.csv]

FOLDER is a round folder (omgang.json and its responses folder, svar/ by default); several may
be given. Writes `kommunkod;län;uppfyllelse` per municipality that answered (uppfyllelse
empty for an incomplete response), a blank line and `län;median` per county with a figure,
to --out (or prints a one-line summary).
"""

import argparse
import glob
import io
import json
import os
import sys

import pandas as pd

VALUES = {"ja": 1.0, "delvis": 0.5, "nej": 0.0}
# Weight per duty strength (checklists/model/scoring.json "strengthWeights"); any other
# label ("lag (bör)", "allmänt råd (ska)", "villkor/befogenhet") is a bör or less: 1.
WEIGHTS = {"lag": 3.0, "förordning": 3.0, "föreskrift": 2.0, "allmänt råd": 1.0}
OTHER_WEIGHT = 1.0
THRESHOLD = 80  # percent answered of applicable questions
NOT_APPLICABLE_LIMIT = 20  # percent of the questions answered ej aktuellt


def normalized(texts):
    """Lower case, runs of white space made one space, none at the ends (as audit reads)."""
    return texts.fillna("").str.replace(r"\s+", " ", regex=True).str.strip().str.lower()


def version(text):
    """"2026.12.1" as (2026, 12, 1, 0, …), to compare; None when it is not numbers and dots."""
    parts = text.split(".") if isinstance(text, str) else [""]
    if not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts) + (0,) * (8 - len(parts))


def read_duties(path):
    """One row per question in force: fråga-id, plikt-id and the duty's weight."""
    duties = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    duties["weight"] = duties["styrka"].str.strip().map(WEIGHTS).fillna(OTHER_WEIGHT)
    questions = duties.assign(**{"fråga-id": duties["frågor"].str.split()}).explode("fråga-id")
    return questions.rename(columns={"id": "plikt-id"})[["fråga-id", "plikt-id", "weight"]]


def read_response(path):
    """The metadata, the answer rows and the exception rows of one filled-in checklist."""
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("fråga-id;"))
    metadata = dict(line.split(";", 1) for line in lines[:header] if ";" in line)
    metadata["file"] = path
    lower = [line.lower() for line in lines]
    exceptions_at = next(
        (i for i in range(header, len(lines)) if lower[i].startswith("undantag: plikt-id")),
        len(lines))
    table_end = next(
        (i for i in range(header, len(lines)) if lower[i].startswith("undantag:")), len(lines))
    answers = pd.read_csv(
        io.StringIO("\n".join(lines[header:table_end])), sep=";", dtype=str,
        keep_default_na=False, usecols=["fråga-id", "svarsalternativ", "svar"])
    answers["file"] = path
    exceptions = pd.DataFrame()
    if any(line.strip(" ;") for line in lines[exceptions_at + 1:]):  # rows under the header
        exceptions = pd.read_csv(
            io.StringIO("\n".join(lines[exceptions_at:])), sep=";", dtype=str,
            keep_default_na=False)
    if not exceptions.empty:
        exceptions.columns = normalized(exceptions.columns.to_series())
        exceptions = exceptions.rename(columns={"undantag: plikt-id": "plikt-id"})
        exceptions = exceptions[["plikt-id", "giltigt till"]].assign(file=path)
    return metadata, answers, exceptions


def read_folder(folder):
    """The round's description and the responses in its responses folder."""
    description = {}
    if os.path.exists(os.path.join(folder, "omgang.json")):
        with open(os.path.join(folder, "omgang.json"), encoding="utf-8") as handle:
            description = json.load(handle)
    base = os.path.join(folder, description.get("responsesFolder", "svar"))
    base = base if os.path.isdir(base) else folder
    responses = [read_response(path) for path in sorted(glob.glob(os.path.join(base, "*.csv")))]
    return description, responses


def counted(responses, descriptions):
    """The municipalities' own responses that count in their round (RoundInventory)."""
    responses = responses.merge(descriptions, on="folder", how="left")
    listed = descriptions.explode("codes").dropna(subset=["codes"])
    listed = listed.rename(columns={"codes": "kommunkod"})[["folder", "kommunkod"]]
    on_list = responses.merge(listed, on=["folder", "kommunkod"], how="left", indicator=True)
    in_county = responses["countyCode"].isna() | (
        responses["kommunkod"].str[:2] == responses["countyCode"])
    in_round = (on_list["_merge"] == "both").to_numpy() | (
        ~responses["folder"].isin(listed["folder"]) & in_county)
    round_name = normalized(responses["omgång"])
    same_round = responses["round"].isna() | (round_name == "") | (
        round_name == normalized(responses["round"]))
    same_day = responses["referenceDate"].isna() | (
        responses["referensdatum"] == responses["referenceDate"])
    ours = responses["modellversion"].map(version)
    theirs = responses["modelVersion"].map(version)
    both = ours.notna() & theirs.notna()
    older = pd.Series(False, index=responses.index)
    older[both] = ours[both] < theirs[both]
    own = responses["perspektiv"].str.strip() == "kommun"
    responses = responses[own & in_round & same_round & same_day & ~older]
    # Two files for one municipality (and organisation) in a folder: neither counts.
    organisation = normalized(responses.get("organisation", pd.Series("", index=responses.index)))
    responses = responses.assign(organisation=organisation)
    single = responses.drop_duplicates(["folder", "kommunkod", "organisation"], keep=False)
    # Of one municipality's files with different organisations, the latest counts.
    latest = single.sort_values(["referensdatum", "file"])
    return latest.drop_duplicates(["folder", "kommunkod"], keep="last")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--duties", required=True, help="audit duties --date DATE --format csv")
    parser.add_argument("--out")
    arguments = parser.parse_args()

    questions = read_duties(arguments.duties)
    descriptions, metadata, answers, exceptions = [], [], [], []
    for folder in arguments.folders:
        description, responses = read_folder(folder)
        descriptions.append({
            "folder": folder, "countyCode": description.get("countyCode"),
            "county": description.get("countyCode", os.path.basename(folder)),
            "codes": [m["code"] for m in description.get("municipalities", [])],
            "round": description.get("round"), "referenceDate": description.get("referenceDate"),
            "modelVersion": description.get("modelVersion")})
        for data, rows, excepted in responses:
            metadata.append({**data, "folder": folder})
            answers.append(rows)
            exceptions.append(excepted)
    responses = counted(pd.DataFrame(metadata), pd.DataFrame(descriptions))
    if responses["referensdatum"].nunique() > 1:
        sys.exit("fel: svaren har olika referensdatum — plikterna i --duties gäller en dag")

    # Every question in force for every response, with its answer row if the file has one.
    grid = responses[["file", "kommunkod", "county", "referensdatum"]].merge(questions, how="cross")
    grid = grid.merge(pd.concat(answers, ignore_index=True), on=["file", "fråga-id"], how="left")
    exceptions = pd.concat(exceptions, ignore_index=True)
    if not exceptions.empty:
        exceptions["plikt-id"] = exceptions["plikt-id"].str.strip()
        exceptions = exceptions.drop_duplicates(["file", "plikt-id"])
        holds = grid.merge(exceptions, on=["file", "plikt-id"], how="left")["giltigt till"]
        grid = grid[~(holds.str.strip() >= grid["referensdatum"]).fillna(False).to_numpy()]

    answer = normalized(grid["svar"])
    scored = grid["svarsalternativ"].fillna("").str.startswith("ja, delvis, nej")
    grid["value"] = answer.map(VALUES).where(scored)
    grid["applicable"] = answer != "ej aktuellt"
    grid["answered"] = ~answer.isin(["", "vet ej", "ej aktuellt"])

    duties = grid.groupby(["file", "plikt-id"]).agg(
        fulfilment=("value", "mean"), weight=("weight", "first")).dropna().reset_index()
    duties["weighted"] = duties["fulfilment"] * duties["weight"]
    totals = duties.groupby("file")[["weighted", "weight"]].sum()
    counts = grid.groupby("file").agg(
        questions=("applicable", "size"), applicable=("applicable", "sum"),
        answered=("answered", "sum"))
    counts["fulfilment"] = 100 * totals["weighted"] / totals["weight"]
    completeness = 100 * counts["answered"] / counts["applicable"]
    not_applicable = 100 * (counts["questions"] - counts["applicable"]) / counts["questions"]
    incomplete = (counts["applicable"] == 0) | (completeness < THRESHOLD) \
        | (not_applicable > NOT_APPLICABLE_LIMIT)
    counts["uppfyllelse"] = counts["fulfilment"].mask(incomplete)

    municipalities = responses.merge(counts.reset_index(), on="file").sort_values(
        ["county", "kommunkod"]).rename(columns={"county": "län"})
    counties = municipalities.dropna(subset=["uppfyllelse"]).groupby("län")["uppfyllelse"] \
        .median().rename("median")

    if arguments.out:
        with open(arguments.out, "w", encoding="utf-8") as handle:
            municipalities[["kommunkod", "län", "uppfyllelse"]].to_csv(
                handle, sep=";", index=False, float_format="%.4f")
            handle.write("\n")
            counties.reset_index().to_csv(handle, sep=";", index=False, float_format="%.4f")
    else:
        figures = municipalities["uppfyllelse"].dropna()
        print(f"{len(metadata)} filer, {len(municipalities)} kommuner som svarat, "
              f"{len(figures)} med ett tal, {len(counties)} län; "
              f"median i riket {figures.median():.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
