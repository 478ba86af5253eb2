#!/usr/bin/python3
"""End-to-end checks of the repository's own example AIMS (the embedded default).

  clean           `aimsdoc check` on the example exits 0 with no errors
  remove-evidence deleting the evidence of one control makes check exit 1 with the
                  coverage.evidence rule at that record's location
  json            --format json carries the same findings and figures
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "ci"))
from common import copy_example  # noqa: E402  (the whole example AIMS, one home)

CONTROL = "A.6.2.4"


def check(aimsdoc, root, *args):
    return subprocess.run([aimsdoc, "check", "--root", str(root), *args], capture_output=True,
                          text=True, timeout=120)


def drop_evidence(record: pathlib.Path) -> None:
    """Removes the `evidence:` block (to the next top-level key) from a record."""
    out, skipping = [], False
    for line in record.read_text().splitlines(keepends=True):
        if re.match(r"^evidence:", line):
            skipping = True
            continue
        if skipping and re.match(r"^\S", line):
            skipping = False
        if not skipping:
            out.append(line)
    record.write_text("".join(out))


def test_clean(aimsdoc, src):
    run = check(aimsdoc, src)
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(r"^37/38 controls conformant, 1 excluded; 32/32 clauses conformant "
                     r"\(certification\);.*; 0 errors", run.stdout, re.M), run.stdout


def test_remove_evidence(aimsdoc, src):
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_example(src, pathlib.Path(tmp))
        record = root / "controls" / f"{CONTROL}.yaml"
        id_line = next(i for i, l in enumerate(record.read_text().splitlines(), 1)
                       if l.startswith("id:"))
        drop_evidence(record)
        run = check(aimsdoc, root)
    assert run.returncode == 1, run.stdout
    expected = (f"controls/{CONTROL}.yaml:{id_line}:5: error: applicable control {CONTROL} has no "
                f"evidence; add an item under 'evidence:' [coverage.evidence]")
    assert expected in run.stdout.splitlines(), run.stdout
    assert "36/38 controls conformant, 1 gap, 1 excluded" in run.stdout, run.stdout


def test_json(aimsdoc, src):
    run = check(aimsdoc, src, "--format", "json")
    data = json.loads(run.stdout)
    summary = data["summary"]
    assert summary["errors"] == 0
    assert summary["controls"]["total"] == 38 and summary["clauses"]["total"] == 32
    assert summary["readiness"] == "certification"
    health = summary["controls"]["health"]
    assert health == {"conformant": 37, "partial": 0, "gap": 0, "excluded": 1}, health
    assert sum(summary["controls"]["status"].values()) == 38
    states = {r["id"]: r["health"] for r in data["requirements"]}
    assert len(states) == 70 and states["A.7.3"] == "excluded" and states["A.6.2.4"] == "conformant"
    assert summary["evidence"]["items"] > 70
    assert data["summary"]["gaps"] == []


def test_framework(aimsdoc, src):
    """The example seen through the EU AI Act crosswalk: every article the issue names is
    mapped, figures add up, and an unknown framework is a usage error."""
    run = check(aimsdoc, src, "--framework", "eu-ai-act", "--format", "json")
    assert run.returncode == 0, run.stdout
    fw = json.loads(run.stdout)["framework"]
    assert fw["id"] == "eu-ai-act"
    assert fw["covered"] + fw["partial"] + fw["gap"] + fw["not_mapped"] == 113
    # Every row of this crosswalk is `intersects`: nothing is covered, however conformant.
    assert fw["gap"] == 0 and fw["partial"] > 0 and fw["not_mapped"] > 0
    text = check(aimsdoc, src, "--framework", "eu-ai-act")
    assert re.search(r"^EU AI Act: \d+ covered, \d+ partial, 0 gap of \d+ mapped items", text.stdout, re.M)
    for article in (4, 9, 10, 11, 12, 13, 14, 15, 17, 26, 27, 50, 72, 73):
        crosswalk = (src / "mappings" / "crosswalk-iso42001-eu-ai-act.yaml").read_text()
        assert re.search(rf"to: Art\.{article}\s*$", crosswalk, re.M), f"Art. {article} is not mapped"
    unknown = check(aimsdoc, src, "--framework", "soc2")
    assert unknown.returncode == 2 and "no framework 'soc2'" in unknown.stderr


TESTS = {"clean": test_clean, "remove-evidence": test_remove_evidence, "json": test_json,
         "framework": test_framework}

if __name__ == "__main__":
    aimsdoc, src, name = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    TESTS[name](aimsdoc, src)
    print(f"example.{name}: ok")
