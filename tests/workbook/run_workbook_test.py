#!/usr/bin/python3
"""End-to-end tests of soa.xlsx, read back by clients aimsdoc did not write.

  run_workbook_test.py AIMSDOC ROOT CASE CLIENT
    CASE    example (the repository's AIMS, clean) | hostile (tests/workbook/fixture)
    CLIENT  openpyxl     Debian's python3-openpyxl: sheets, rows, links, validations ...
            libreoffice  soffice headless converts every sheet to CSV
            determinism  two builds give byte-identical workbooks

  run_workbook_test.py --xlsx FILE --site DIR ROOT CASE CLIENT checks an existing
  workbook (for working on the checks without a full build).
A missing client is a failure, not a skip: CI installs them (scripts/bootstrap --with-tests).
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import expectations  # noqa: E402


def build(aimsdoc, root, out, case, env=None):
    args = [aimsdoc, "build", "--root", str(root), "--out", str(out)]
    if case == "hostile":
        args.append("--allow-gaps")
    run = subprocess.run(args, capture_output=True, text=True, timeout=600, env=env)
    if run.returncode != 0:
        sys.exit(f"aimsdoc build exited {run.returncode}:\n{run.stderr[-4000:]}")
    xlsx = out / "soa.xlsx"
    if not xlsx.is_file():
        sys.exit(f"aimsdoc build wrote no {xlsx}")
    return xlsx


def check_findings(aimsdoc, root):
    """The findings `aimsdoc check --format json` reports: what the Gaps sheet must list."""
    run = subprocess.run([aimsdoc, "check", "--root", str(root), "--format", "json"],
                         capture_output=True, text=True, timeout=600)
    return json.loads(run.stdout)["diagnostics"]


def determinism(aimsdoc, root, case, tmp):
    """Two builds, the second in another time zone, must give the same bytes."""
    first = build(aimsdoc, root, tmp / "one", case).read_bytes()
    env = dict(os.environ, TZ="Pacific/Kiritimati")
    second = build(aimsdoc, root, tmp / "two", case, env).read_bytes()
    if first != second:
        sys.exit("two builds of the same input gave different soa.xlsx bytes")
    expectations.check_created_date(tmp / "one" / "soa.xlsx", root)
    print(f"ok: {len(first)} identical bytes")


def main():
    argv = sys.argv[1:]
    given = {}
    while argv and argv[0].startswith("--"):
        given[argv[0][2:]] = pathlib.Path(argv[1])
        argv = argv[2:]
    if len(argv) != (3 if given else 4):
        sys.exit(__doc__)
    if given:
        root, case, client = argv
        xlsx, site = given["xlsx"], given["site"]
        aimsdoc = None
    else:
        aimsdoc, root, case, client = argv
    root = pathlib.Path(root)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = pathlib.Path(tmp_name)
        if client == "determinism":
            return determinism(aimsdoc, root, case, tmp)
        if not given:
            site = tmp / "site"
            xlsx = build(aimsdoc, root, site, case)
        if client == "openpyxl":
            import openpyxl_checks
            findings = check_findings(aimsdoc, root) if aimsdoc else None
            openpyxl_checks.run(xlsx, site, root, case, findings)
        elif client == "libreoffice":
            import libreoffice_checks
            libreoffice_checks.run(xlsx, tmp, root, case)
        else:
            sys.exit(f"unknown client {client}")
    print("ok")


if __name__ == "__main__":
    main()
