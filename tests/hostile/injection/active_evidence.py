#!/usr/bin/python3
"""Evidence files of every type a browser may run (HTML, XHTML, SVG, XML with an XSLT
stylesheet, MHTML, Markdown or a bare name that a browser sniffs as HTML, upper-case
extensions ...), published by a build and opened from the portal in Chromium: every file
under files/ and every evidence link of every page. None may run script or open a dialog,
and each copy must keep the source's bytes and the manifest's SHA-256.

usage: active_evidence.py AIMSDOC"""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
BROWSER = HERE.parent.parent / "browser"
BASE = HERE.parent.parent / "fixtures" / "_base"

SCRIPT = "<script>window.__ran = 1; alert('ran')</script>"
HTML = f"<!doctype html><html><body onload=\"alert('onload')\">{SCRIPT}<p>report</p></body></html>\n"
SVG = ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'svg\')">'
       f'<script>window.__ran = 1; alert("svg")</script></svg>\n')
XHTML = (f'<html xmlns="http://www.w3.org/1999/xhtml"><body>'
         f'<script>window.__ran = 1; alert("xhtml")</script></body></html>\n')
XSL = ('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
       '<xsl:template match="/"><html><body><script>window.__ran = 1; alert("xslt")</script>'
       '</body></html></xsl:template></xsl:stylesheet>\n')
XML = '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="style.xsl"?><r/>\n'
MHT = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
       "Content-Type: text/html\r\nContent-Location: http://x/\r\n\r\n" + HTML + "\r\n--b--\r\n")

FILES = {
    "report.html": HTML, "report.htm": HTML, "REPORT2.HTML": HTML, "page.xhtml": XHTML,
    "page.xht": XHTML, "diagram.svg": SVG, "data.xml": XML, "style.xsl": XSL,
    "archive.mht": MHT, "archive.mhtml": MHT, "notes.md": HTML, "README": HTML,
    "config.yaml": HTML, "page.shtml": HTML, "note.txt": HTML, "scan.pdf": HTML,
    "table.csv": HTML, "photo.png": HTML, "image.jpg": HTML, "data.json": HTML,
}


def make(root: pathlib.Path) -> None:
    shutil.copytree(BASE, root)
    items = ""
    for i, (name, text) in enumerate(sorted(FILES.items())):
        (root / "evidence" / name).write_text(text)
        items += (f"  - id: EV-ACTIVE-{i}\n    title: Active {name}\n    file: evidence/{name}\n"
                  f"    collected: 2026-03-01\n")
    record = root / "controls/A.1.1.yaml"
    record.write_text(record.read_text() + items)


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    if not (BROWSER / "node_modules/playwright-core").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BROWSER, check=True,
                       stdout=sys.stderr)
    failures = []
    with tempfile.TemporaryDirectory(prefix="aimsdoc-active-") as tmp:
        root, site = pathlib.Path(tmp) / "aims", pathlib.Path(tmp) / "site"
        make(root)
        run = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(site)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL: build exit {run.returncode}\n{run.stderr}")
            return 1
        manifest = json.loads((site / "manifest.json").read_text())
        published = {e["source"]: e for e in manifest["evidence"] if "source" in e}
        for name in FILES:
            entry = published.get(f"evidence/{name}")
            if not entry:
                failures.append(f"evidence/{name} is not in the manifest")
                continue
            source = (root / "evidence" / name).read_bytes()
            copy = (site / entry["path"]).read_bytes()
            digest = hashlib.sha256(source).hexdigest()
            if copy != source or entry["sha256"] != digest or entry["size"] != len(source):
                failures.append(f"{entry['path']}: bytes, size or SHA-256 differ from {name}")
        env = dict(os.environ, NODE_PATH=str(BROWSER / "node_modules"))
        node = subprocess.run(["node", str(HERE / "active_evidence.test.js"), str(site)],
                              env=env, timeout=600)
        if node.returncode != 0:
            failures.append("Chromium ran evidence content (see above)")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
