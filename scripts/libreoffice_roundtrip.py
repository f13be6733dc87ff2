#!/usr/bin/python3
"""LibreOffice Calc round trip of an `audit checklist` CSV (see scripts/libreoffice-roundtrip).

Started by scripts/libreoffice-roundtrip; needs /usr/bin/python3 with python3-uno.

1. starts soffice headless, listening on 127.0.0.1 only, with a private profile;
2. imports blank.csv with the Calc CSV filter, every column as Text;
3. types the answers as cell strings (like a person typing into a Text cell);
4. stores the sheet as CSV twice: UTF-8 and Windows-1252;
5. verifies (with Python's csv module) that every cell survived.

The output files are exactly what LibreOffice wrote; nothing is post-edited.
Exit status is non-zero on any failure or mismatch.
"""

import argparse
import csv
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

NCOLS = 12
# Column format part: column/format pairs, 2 = Text ("@"), for columns 1..12.
COLUMN_FORMAT = "/".join(f"{c}/2" for c in range(1, NCOLS + 1))


def filter_options(charset):
    # Tokens (Calc CSV filter options):
    #  1 field separator 59 (;)      2 text delimiter 34 (")
    #  3 character set (76 UTF-8, 1 Windows-1252)
    #  4 first line 1                5 column formats (all Text)
    #  6 language 0 (system)
    #  7 import: "quoted field as text" = false  / export: "quote all text cells" = false
    #  8 import: "detect special numbers" = false
    #  9 export: "save cell contents as shown" = true (LibreOffice's default)
    # 10 export: "save cell formulas" = false
    # 11 import: "trim spaces" = false
    return f"59,34,{charset},1,{COLUMN_FORMAT},0,false,false,true,false,false"


IMPORT_OPTIONS = filter_options(76)
EXPORT_OPTIONS = {
    "filled-utf8.csv": (filter_options(76), "utf-8"),
    "filled-windows1252.csv": (filter_options(1), "cp1252"),
}
FILTER = "Text - txt - csv (StarCalc)"

META_KEY = "besvarad av (roll)"
META_VALUE = "IFO-chef"

# (svar, kommentar, underlag) exactly as typed.
ANSWERS = {
    "D001-1": ("Ja",
               "Rutinen beslutades av nämnden; gäller alla enheter.",
               "Rutin 2025-03-12, dnr SN 2025/41"),
    "D001-2": ("12",
               "Ungefärligt antal, två rader:\nrad två med å ä ö",
               "Verksamhetssystemet"),
    "D001-3": ("2025-03-12", "", "Protokoll"),
    "D002-1": ("ja, genom avtal",
               'Avtal med "Kvinnojouren Exempel" (fiktiv)',
               ""),
    "D002-2": ("  Vet ej ",
               "=1+1 ska visas som text",
               "Åsa-rutinen, Ölands exempel"),
}
ANSWER_COLUMNS = ("svar", "kommentar", "underlag")


def log(msg):
    print(f"libreoffice-roundtrip: {msg}", file=sys.stderr, flush=True)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Office:
    def __init__(self, soffice, workdir):
        self.soffice = soffice
        self.workdir = workdir
        self.proc = None
        self.desktop = None

    def start(self):
        port = free_port()
        profile = os.path.join(self.workdir, "profile")
        args = [
            self.soffice,
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            "--headless", "--invisible", "--norestore", "--nologo",
            "--nodefault", "--nolockcheck",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ]
        # Own session/process group so the whole tree (soffice -> oosplash ->
        # soffice.bin) can be ended by its id.
        self.proc = subprocess.Popen(args, start_new_session=True,
                                     stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        with open(os.path.join(self.workdir, "soffice.pgid"), "w") as f:
            f.write(str(self.proc.pid))
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + 90
        while True:
            try:
                ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if self.proc.poll() is not None and not self._group_alive():
                    raise RuntimeError("soffice exited before accepting connections")
                if time.monotonic() > deadline:
                    raise RuntimeError("timed out waiting for soffice")
                time.sleep(0.5)
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx)
        return ctx

    def _group_alive(self):
        try:
            os.killpg(self.proc.pid, 0)
            return True
        except ProcessLookupError:
            return False

    def stop(self):
        if self.proc is None:
            return
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:
                pass  # the bridge is torn down while terminating
        deadline = time.monotonic() + 20
        while self._group_alive() and time.monotonic() < deadline:
            self.proc.poll()
            time.sleep(0.2)
        if self._group_alive():
            log("soffice did not exit, sending SIGTERM/SIGKILL to its process group")
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                time.sleep(2)
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.poll()


def find_row(sheet, col, value, last_row):
    for r in range(last_row + 1):
        if sheet.getCellByPosition(col, r).getString() == value:
            return r
    raise RuntimeError(f"no row with {value!r} in column {col}")


def fill(desktop, src_path, out_dir):
    from com.sun.star.table.CellContentType import TEXT
    url = uno.systemPathToFileUrl(src_path)
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (
        prop("FilterName", FILTER),
        prop("FilterOptions", IMPORT_OPTIONS),
        prop("Hidden", True),
        prop("ReadOnly", False),
    ))
    if doc is None:
        raise RuntimeError("LibreOffice could not load the CSV")
    try:
        sheet = doc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow
        last_col = cursor.RangeAddress.EndColumn
        log(f"imported used area: {last_row + 1} rows x {last_col + 1} columns")

        meta_row = find_row(sheet, 0, META_KEY, last_row)
        header_row = find_row(sheet, 0, "fråga-id", last_row)
        headers = [sheet.getCellByPosition(c, header_row).getString()
                   for c in range(last_col + 1)]
        # the answer columns are the last three; "underlag" also occurs as
        # part of "underlag som efterfrågas", so match names exactly.
        cols = {name: headers.index(name) for name in ANSWER_COLUMNS}

        def type_into(col, row, text):
            cell = sheet.getCellByPosition(col, row)
            cell.setString(text)
            if text and cell.getType() != TEXT:
                raise RuntimeError(f"cell {col},{row} is not text after typing {text!r}")
            if cell.getString() != text:
                raise RuntimeError(f"cell {col},{row} reads back {cell.getString()!r}")

        type_into(1, meta_row, META_VALUE)
        for qid, values in ANSWERS.items():
            row = find_row(sheet, 0, qid, last_row)
            for name, text in zip(ANSWER_COLUMNS, values):
                type_into(cols[name], row, text)

        for name, (options, _) in EXPORT_OPTIONS.items():
            target = os.path.join(out_dir, name)
            doc.storeToURL(uno.systemPathToFileUrl(target), (
                prop("FilterName", FILTER),
                prop("FilterOptions", options),
                prop("Overwrite", True),
            ))
            log(f"stored {target} with FilterOptions {options}")
    finally:
        doc.close(True)


def parse(path, encoding):
    data = open(path, "rb").read()
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def pad(row):
    # LibreOffice writes every row of the used area with the full column
    # count; trailing empty fields carry no content.
    row = list(row)
    while row and row[-1] == "":
        row.pop()
    return row


def expected_rows(blank_path):
    rows = parse(blank_path, "utf-8")
    header_idx = next(i for i, r in enumerate(rows) if r and r[0] == "fråga-id")
    header = rows[header_idx]
    cols = {name: len(header) - 3 + i for i, name in enumerate(ANSWER_COLUMNS)}
    out = []
    for r in rows:
        r = list(r)
        if r and r[0] == META_KEY:
            r[1] = META_VALUE
        elif r and r[0] in ANSWERS:
            for name, text in zip(ANSWER_COLUMNS, ANSWERS[r[0]]):
                r[cols[name]] = text
        out.append(r)
    return out


def describe(path):
    data = open(path, "rb").read()
    bom = data.startswith(b"\xef\xbb\xbf")
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n") - crlf
    cr = data.count(b"\r") - crlf
    final_nl = "yes" if data.endswith(b"\n") else "no"
    quotes = data.count(b'"')
    return (f"{os.path.basename(path)}: {len(data)} bytes, BOM={'yes' if bom else 'no'}, "
            f"CRLF={crlf}, bare LF={lf}, bare CR={cr}, "
            f"ends with newline={final_nl}, quote chars={quotes}")


def verify(blank_path, out_dir):
    want = [pad(r) for r in expected_rows(blank_path)]
    all_ok = True
    for name, (_, encoding) in EXPORT_OPTIONS.items():
        path = os.path.join(out_dir, name)
        log(describe(path))
        got = [pad(r) for r in parse(path, encoding)]
        ok = len(got) == len(want)
        if not ok:
            log(f"{name}: {len(got)} rows, expected {len(want)}")
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                ok = False
                for c in range(max(len(g), len(w))):
                    gv = g[c] if c < len(g) else None
                    wv = w[c] if c < len(w) else None
                    if gv != wv:
                        log(f"{name}: row {i + 1} col {c + 1}: got {gv!r}, typed/expected {wv!r}")
        if ok:
            log(f"{name}: all {len(got)} rows equal blank.csv plus the typed answers")
        all_ok = all_ok and ok
    return all_ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--workdir", required=True, help="private temp dir (profile, copy of input)")
    ap.add_argument("--soffice", default="/usr/bin/soffice")
    ap.add_argument("--verify-only", action="store_true")
    a = ap.parse_args()

    blank = os.path.join(a.fixtures, "blank.csv")
    if not a.verify_only:
        # load a copy so LibreOffice's lock file never lands in the fixtures folder
        src = os.path.join(a.workdir, "blank.csv")
        shutil.copyfile(blank, src)
        office = Office(a.soffice, a.workdir)
        try:
            office.start()
            fill(office.desktop, src, a.fixtures)
        finally:
            office.stop()
    return 0 if verify(blank, a.fixtures) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as e:  # noqa: BLE001
        log(f"error: {e}")
        sys.exit(1)
