#!/usr/bin/env python3
"""Peer for scripts/bench: the same fulfilment as `audit score` + `audit compare`, in pandas.

A straightforward pandas script, written the way an analyst would: read every filled-in
checklist (CSV, `;`, UTF-8 with BOM; the metadata block above the `fråga-id` header is read
for kommunkod and perspektiv), then

- per question: ja = 1, delvis = 0.5, nej = 0 (vet ej, ej aktuellt and empty are left out);
- per duty: the mean of its scored questions;
- per municipality: the mean of its duties weighted by strength (`styrka`): lag 3,
  föreskrift 2, allmänt råd 1, and 1 for any `bör` such as "lag (bör)";
- per county: the median of its municipalities (civil-society responses are left out).

It does not validate anything and ignores exceptions (undantag); the data from
`audit generate-national` has none.

    python3 bench/peer.py FOLDER... [--out RESULT.csv]

FOLDER is a round folder (its svar/ is read) or a folder of CSV files; several may be given.
Writes `kommunkod;län;uppfyllelse` per municipality and `län;median` per county to
--out (or prints a one-line summary).
"""

import argparse
import glob
import io
import os
import sys

import pandas as pd

VALUES = {"ja": 1.0, "delvis": 0.5, "nej": 0.0}


def weight(strength):
    strength = strength.strip().lower()
    if "(bör)" in strength or strength == "allmänt råd":
        return 1.0
    if strength == "lag":
        return 3.0
    if strength == "föreskrift":
        return 2.0
    return 1.0


def files_in(folder):
    svar = os.path.join(folder, "svar")
    base = svar if os.path.isdir(svar) else folder
    return sorted(glob.glob(os.path.join(base, "*.csv")))


def read_response(path):
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("fråga-id;"))
    metadata = {}
    for line in lines[:header]:
        key, _, value = line.partition(";")
        metadata[key] = value
    frame = pd.read_csv(
        io.StringIO("\n".join(lines[header:])), sep=";", dtype=str, keep_default_na=False,
        usecols=["fråga-id", "plikt-id", "styrka", "svar"])
    frame = frame[frame["plikt-id"] != ""]
    frame["kommunkod"] = metadata.get("kommunkod", "")
    frame["perspektiv"] = metadata.get("perspektiv", "")
    return frame


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--out")
    arguments = parser.parse_args()

    paths = [path for folder in arguments.folders for path in files_in(folder)]
    answers = pd.concat([read_response(path) for path in paths], ignore_index=True)
    answers = answers[answers["perspektiv"] == "kommun"]
    answers["value"] = answers["svar"].str.strip().str.lower().map(VALUES)
    scored = answers.dropna(subset=["value"])

    duties = scored.groupby(["kommunkod", "plikt-id"]).agg(
        fulfilment=("value", "mean"), styrka=("styrka", "first")).reset_index()
    duties["weight"] = duties["styrka"].map(weight)
    duties["weighted"] = duties["fulfilment"] * duties["weight"]
    totals = duties.groupby("kommunkod")[["weighted", "weight"]].sum()
    municipalities = (100 * totals["weighted"] / totals["weight"]).rename("uppfyllelse")
    municipalities = municipalities.reset_index()
    municipalities["län"] = municipalities["kommunkod"].str[:2]
    counties = municipalities.groupby("län")["uppfyllelse"].median().rename("median")

    if arguments.out:
        with open(arguments.out, "w", encoding="utf-8") as handle:
            municipalities[["kommunkod", "län", "uppfyllelse"]].to_csv(
                handle, sep=";", index=False, float_format="%.4f")
            handle.write("\n")
            counties.reset_index().to_csv(handle, sep=";", index=False, float_format="%.4f")
    else:
        print(f"{len(paths)} filer, {len(municipalities)} kommuner, {len(counties)} län; "
              f"median i riket {municipalities['uppfyllelse'].median():.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
