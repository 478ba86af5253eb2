"""soa.xlsx as LibreOffice reads it: soffice headless converts every sheet to CSV. Formula
text that LibreOffice took for a formula would show its result here, not the text."""
import csv
import pathlib
import shutil
import subprocess

import expectations as exp

# Comma, double quote, UTF-8, first line 1, ..., last field -1: every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def convert(xlsx, tmp):
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    if not pathlib.Path(soffice).exists():
        raise AssertionError("soffice is missing: install libreoffice-calc-nogui")
    out = tmp / "csv"
    profile = tmp / "lo-profile"  # a fresh profile: no lock or state from other runs
    run = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                          "--convert-to", CSV_FILTER, "--outdir", str(out), str(xlsx)],
                         capture_output=True, text=True, timeout=300)
    sheets = {}
    for name in exp.FIXED_SHEETS + exp.TRACE_SHEETS:
        path = out / f"{xlsx.stem}-{name}.csv"
        # soffice exits 0 even when it converted nothing: the files are the evidence.
        assert path.is_file(), f"LibreOffice wrote no {path.name}: {run.stdout}{run.stderr}"
        sheets[name] = list(csv.reader(path.open(encoding="utf-8", newline="")))
    return sheets, out


def row_of(table, key):
    for row in table[1:]:
        if row[0] == key:
            return row
    raise AssertionError(f"no row {key}")


def field(table, key, header):
    return row_of(table, key)[table[0].index(header)]


def check_tables(sheets):
    for name in ["Statement of Applicability", "Clauses", "Evidence register", "Gaps"] + exp.TRACE_SHEETS:
        assert sheets[name][0] == exp.headers(name), f"{name}: header {sheets[name][0]}"
    soa, clauses = sheets["Statement of Applicability"], sheets["Clauses"]
    assert [r[0] for r in soa[1:]] == exp.catalog_ids("control"), "SoA rows"
    assert [r[0] for r in clauses[1:]] == exp.catalog_ids("clause"), "clause rows"
    for row in soa[1:]:
        assert row[soa[0].index("Portal page")] == f"controls/{row[0]}.html"
    for row in sheets["Evidence register"][1:]:
        for date in row[4:6]:
            assert date == "" or (len(date) == 10 and date[4] == "-"), f"date shown as {date}"
        assert row[7] == "" or len(row[7]) == 64, f"SHA-256 {row[7]}"


def check_summary(summary, root):
    labels = {row[0]: row[1] for row in summary if row}
    assert labels.get("Organization") == exp.site_value(root, "organization")
    assert labels.get("Build date") == exp.site_value(root, "build_date")


def check_hostile(sheets, out, stem):
    soa = sheets["Statement of Applicability"]
    just = field(soa, "A.2.2", "Justification for inclusion or exclusion")
    assert just == exp.HOSTILE_JUSTIFICATION, f"justification read back as {just!r}"
    assert field(soa, "A.2.2", "Owner") == exp.HOSTILE_OWNER
    assert field(soa, "A.7.3", "Applicable") == "No"
    assert field(soa, "A.7.3", "Status") == "Excluded"
    ev = sheets["Evidence register"]
    assert field(ev, "EV-HASH", "Title") == "-2+3 evidence with a hash in its file name"
    assert field(ev, "EV-HASH", "Collected") == "2026-03-01"
    path = out / f"{stem}-=Hostile- FW-1-.csv"
    assert path.is_file(), f"LibreOffice wrote no {path.name}"
    xw = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert xw[0] == exp.CROSSWALK_HEADERS
    assert field(xw, "H.1", "Title") == "=1+2 first item"
    assert any(r[1] == "coverage.record" for r in sheets["Gaps"][1:])


def check_example(sheets):
    soa = sheets["Statement of Applicability"]
    assert {r[soa[0].index("Health")] for r in soa[1:]} == {"conformant", "excluded"}
    assert field(soa, "A.7.3", "Applicable") == "No"
    assert all(r[0] != "error" for r in sheets["Gaps"][1:])


def run(xlsx, tmp, root, case):
    sheets, out = convert(xlsx, tmp)
    check_tables(sheets)
    check_summary(sheets["Summary"], root)
    check_hostile(sheets, out, xlsx.stem) if case == "hostile" else check_example(sheets)
