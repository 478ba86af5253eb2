#!/usr/bin/python3
"""`build --audience public` (issue 16): a copy of the example AIMS, with a unique marker
in every kind of internal note the auditor portal shows (a record's and a risk's notes, an audit
finding's description, root cause and action, a management review's decisions), built
for the public and for the auditor, as a folder and as a bundle zip.

no-leak: no output file of the public folder or zip (pages, manifest, SHA256SUMS, every
  copied file, every zip member and the zip itself) holds a distinctive byte run of a
  confidential evidence file: 32-byte windows of its bytes, and its text runs as a page
  would show them (Markdown markup stripped, HTML-escaped), each one that occurs in no
  other input file. The confidential file's SHA-256 is listed in the register and the
  manifest; no marker appears. The auditor build holds both the runs and the markers,
  which shows the search would see them. `verify` passes on the public folder and zip.
switch: a public build into an auditor build's folder (and back) rebuilds, never says
  up to date; each output is byte-identical to a clean build for its audience."""
import hashlib
import html
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "ci"))
from common import copy_example  # noqa: E402  (the whole example AIMS, one home)

MARKERS = {
    "record": "ZQX-RECORD-NOTE-5b1e",
    "risk": "ZQX-RISK-NOTE-9a40",
    "finding": "ZQX-FINDING-TEXT-31d8",
    "root_cause": "ZQX-ROOT-CAUSE-c6f3",
    "action": "ZQX-ACTION-0e92",
    "decisions": "ZQX-REVIEW-DECISION-4d7a",
}
# The AIMS's own inputs: a run found in none of them but the secret is distinctive.
INPUTS = ["site.yaml", "content", "controls", "evidence", "mappings", "systems", "risks",
          "assessments", "objectives", "audits", "reviews"]


def run(*args, ok=(0,)):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"{' '.join(map(str, args))}: exit {p.returncode}\n{p.stdout}\n{p.stderr}")
    return p


def edit_yaml(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def append_note(d, key, marker):
    d[key] = (str(d.get(key) or "") + f"\n{marker}\n").lstrip("\n")


def plant_markers(root):
    edit_yaml(root / "controls/A.6.2.4.yaml", lambda d: append_note(d, "notes", MARKERS["record"]))
    edit_yaml(sorted((root / "risks").glob("*.yaml"))[0],
              lambda d: append_note(d, "notes", MARKERS["risk"]))

    def finding(d):
        f = d["findings"][0]
        append_note(f, "description", MARKERS["finding"])
        append_note(f, "root_cause", MARKERS["root_cause"])
        append_note(f, "action", MARKERS["action"])
    audit = next(p for p in sorted((root / "audits").glob("*.yaml"))
                 if yaml.safe_load(p.read_text()).get("findings"))
    edit_yaml(audit, finding)
    edit_yaml(sorted((root / "reviews").glob("*.yaml"))[0],
              lambda d: append_note(d, "decisions", MARKERS["decisions"]))


def confidential_files(root):
    files = []
    for rec in sorted((root / "controls").rglob("*.yaml")):
        for ev in (yaml.safe_load(rec.read_text()) or {}).get("evidence") or []:
            if ev.get("confidential") is True and ev.get("file"):
                files.append(ev["file"])
    return files


def text_runs(data):
    """What a page showing the file would show: its text between Markdown and CSV markup."""
    text = data.decode("utf-8", "replace")
    runs = set()
    for piece in re.split(r"[\n|*#_`\[\]()<>,]+", text):
        piece = " ".join(piece.split())
        if len(piece) >= 20:
            runs.update({piece, html.escape(piece, quote=True), html.escape(piece, quote=False)})
    return {r.encode() for r in runs}


def needles(root, secret):
    """Runs of `secret` that no other input file holds (so finding one is a leak)."""
    data = (root / secret).read_bytes()
    found = {data[i:i + 32] for i in range(0, max(1, len(data) - 31), 4)}
    found |= text_runs(data)
    files = [root / part for part in INPUTS if (root / part).is_file()]
    files += [p for part in INPUTS if (root / part).is_dir() for p in (root / part).rglob("*")]
    others = [p.read_bytes() for p in files
              if p.is_file() and p.relative_to(root).as_posix() != secret]
    return {n for n in found if n.strip() and not any(n in o for o in others)}


def output_blobs(out):
    """Every file of a portal folder, or of a zip and the zip itself: (name, bytes)."""
    if out.suffix == ".zip":
        yield out.name, out.read_bytes()
        with zipfile.ZipFile(out) as z:
            for name in z.namelist():
                yield f"{out.name}:{name}", z.read(name)
    else:
        for p in sorted(out.rglob("*")):
            if p.is_file():
                yield p.relative_to(out).as_posix(), p.read_bytes()


def leaks(out, wanted):
    return sorted({(name, w[:40]) for name, blob in output_blobs(out) for w in wanted if w in blob})


def no_leak(aimsdoc, root, tmp):
    secrets = confidential_files(root)
    assert secrets, "the example marks no evidence file confidential"
    assert any(s.endswith(".md") for s in secrets), "no confidential Markdown file: a preview would not be tested"
    public, auditor = tmp / "public", tmp / "auditor"
    run(aimsdoc, "build", "--root", root, "--out", public, "--audience", "public")
    run(aimsdoc, "bundle", "--root", root, "--out", tmp / "public.zip", "--audience", "public")
    run(aimsdoc, "build", "--root", root, "--out", auditor)
    markers = {m.encode() for m in MARKERS.values()}
    for secret in secrets:
        wanted = needles(root, secret)
        assert len(wanted) >= 10, f"{secret}: only {len(wanted)} distinctive runs"
        for out in (public, tmp / "public.zip"):
            found = leaks(out, wanted)
            assert not found, f"{secret} leaks into the public build: {found[:5]}"
        assert leaks(auditor, wanted), f"{secret}: the auditor build holds none of its runs"
        digest = hashlib.sha256((root / secret).read_bytes()).hexdigest()
        for page in ("evidence.html", "manifest.json"):
            assert digest in (public / page).read_text(), f"{secret}'s SHA-256 not listed in {page}"
    for out in (public, tmp / "public.zip"):
        found = leaks(out, markers)
        assert not found, f"internal notes in the public build: {found}"
    missing = markers - {m for m in markers for _, blob in output_blobs(auditor) if m in blob}
    assert not missing, f"the auditor build lacks internal notes {missing}"
    assert "public" in (public / "index.html").read_text(), "the summary does not say its audience"
    for out in (public, tmp / "public.zip"):
        out_text = run(aimsdoc, "verify", out).stdout
        assert "VERIFIED" in out_text, out_text


def tree(out):
    return {name: hashlib.sha256(blob).hexdigest() for name, blob in output_blobs(out)}


def switch(aimsdoc, root, tmp):
    clean = {}
    for audience in ("public", "auditor"):
        run(aimsdoc, "build", "--root", root, "--out", tmp / f"clean-{audience}", "--audience", audience)
        clean[audience] = tree(tmp / f"clean-{audience}")
    assert clean["public"] != clean["auditor"]
    out = tmp / "site"
    for audience in ("auditor", "public", "auditor", "public"):
        p = run(aimsdoc, "build", "--root", root, "--out", out, "--audience", audience)
        assert "up to date" not in p.stderr, f"--audience {audience} after the other: {p.stderr}"
        assert tree(out) == clean[audience], f"--audience {audience} over the other differs from a clean build"
    p = run(aimsdoc, "build", "--root", root, "--out", out, "--audience", "public")
    assert "up to date" in p.stderr, p.stderr


def main():
    aimsdoc, example, scenario = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        root = copy_example(example, tmp)
        plant_markers(root)
        {"no-leak": no_leak, "switch": switch}[scenario](aimsdoc, root, tmp)
    print(f"portal.public.{scenario}: ok")


if __name__ == "__main__":
    main()
