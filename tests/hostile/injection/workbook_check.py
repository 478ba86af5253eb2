#!/usr/bin/python3
"""Hostile text in soa.xlsx stays text: spreadsheet formula injection cannot occur.

Builds the hostile AIMS (hostile_aims.py), whose titles, justifications, owners and
versions hold formulas (=HYPERLINK(...), =cmd|' /C calc'!A0, +1+1, -1+1, @SUM(1,1)).
  --openpyxl     read with openpyxl and as raw XML: no cell is a formula (no <f>), no
                 external-link (DDE) part, every formula payload is present as text, and
                 every hyperlink is a relative portal path or http(s)/mailto
  --libreoffice  LibreOffice headless converts each sheet to CSV: the payloads come out as
                 the same text ("+1+1", not 2), so no client evaluated them

Not checked: Excel's quotePrefix style on formula-like text (it would keep such a cell
text even after a reviewer re-enters it with F2, Enter). libxlsxwriter 1.1.4, the Debian
package aimsdoc must use, cannot set it (format_set_quote_prefix came in 1.1.5); the
cells are shared strings, which no client evaluates on opening (--openpyxl, --libreoffice).

usage: workbook_check.py AIMSDOC --openpyxl|--libreoffice"""
import csv
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import hostile_aims as h

FORMULA_START = ("=", "+", "-", "@")
SAFE_LINK = re.compile(r"^(https?://|mailto:|[A-Za-z0-9_.%-]+(/[^:]*)?$)")
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def texts_of(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                yield ws, c


def check_openpyxl(xlsx: pathlib.Path) -> list[str]:
    import openpyxl
    problems, seen = [], ""
    wb = openpyxl.load_workbook(xlsx)
    for ws, c in texts_of(wb):
        where = f"{ws.title}!{c.coordinate}"
        if c.data_type == "f":
            problems.append(f"{where} is a formula: {c.value!r}")
        if isinstance(c.value, str):
            seen += c.value + "\n"
        if c.hyperlink and c.hyperlink.target and not SAFE_LINK.match(c.hyperlink.target):
            problems.append(f"{where} links to {c.hyperlink.target!r}")
    for payload in h.FORMULAS:
        if payload not in seen:
            problems.append(f"payload {payload!r} is not in any cell as text")
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if "externalLink" in name:
                problems.append(f"external link part {name}")
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                if re.search(rb"<f[ >]", z.read(name)):
                    problems.append(f"{name} holds a <f> formula element")
    return problems


def check_libreoffice(xlsx: pathlib.Path, tmp: pathlib.Path) -> list[str]:
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    if not pathlib.Path(soffice).exists():
        return ["soffice is missing: install libreoffice-calc-nogui"]
    out = tmp / "csv"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
                    "--convert-to", CSV_FILTER, "--outdir", str(out), str(xlsx)],
                   capture_output=True, text=True, timeout=300)
    cells = []
    for sheet in sorted(out.glob("*.csv")):
        cells += [cell for row in csv.reader(sheet.open(encoding="utf-8", newline="")) for cell in row]
    if not cells:
        return [f"LibreOffice wrote no CSV into {out}"]
    text = "\n".join(cells)
    return [f"LibreOffice does not show {p!r} as text" for p in h.FORMULAS if p not in text]


def main() -> int:
    aimsdoc, mode = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="aimsdoc-inj-") as scratch:
        tmp = pathlib.Path(scratch)
        site = h.build(aimsdoc, tmp)
        if not site or not (site / "soa.xlsx").is_file():
            print("FAIL: no soa.xlsx")
            return 1
        xlsx = site / "soa.xlsx"
        if mode == "--openpyxl":
            problems = check_openpyxl(xlsx)
        elif mode == "--libreoffice":
            problems = check_libreoffice(xlsx, tmp)
        else:
            print(__doc__)
            return 2
    for p in problems:
        print("FAIL:", p)
    print(f"{mode}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
