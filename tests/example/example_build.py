#!/usr/bin/python3
"""`aimsdoc build` on a copy of the example: rebuilds skip work only when nothing changed,
keep the exit code of the check, and --watch picks up an edit.

  up-to-date  second build says "up to date" and leaves the portal as it was; a touched,
              added or edited input, or --force, rebuilds
  exit-codes  a build with gaps exits 1, and so does its up-to-date repeat; --allow-gaps 0
  watch       `build --watch` re-renders a policy page after its title is edited
  audit-cycle the audits, finding and reviews pages show the example's year; a finding
              edited to be overdue fails the build and shows as overdue; a new audit
              file is an input of the up-to-date check
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "ci"))
from common import copy_example  # noqa: E402  (the whole example AIMS, one home)


def build(aimsdoc, root, out, *args):
    return subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(out), *args],
                          capture_output=True, text=True, timeout=300)


def policy_page(out):
    return out / "policies" / "POL-GOV-001.html"


def test_up_to_date(aimsdoc, root, out):
    first = build(aimsdoc, root, out)
    assert first.returncode == 0, first.stderr
    assert "up to date" not in first.stderr
    manifest = (out / "manifest.json").read_bytes()
    second = build(aimsdoc, root, out)
    assert second.returncode == 0 and "up to date" in second.stderr, second.stderr
    assert (out / "manifest.json").read_bytes() == manifest
    policy = root / "content" / "governance" / "ai-policy.md"
    time.sleep(0.01)
    policy.write_text(policy.read_text().replace("# ", "# Revised: ", 1))
    third = build(aimsdoc, root, out)
    assert "up to date" not in third.stderr, third.stderr
    assert "Revised: " in policy_page(out).read_text()
    (root / "content" / "extra.md").write_text(
        "---\nid: POL-XTRA-001\ntitle: Extra\nowner: ceo\nversion: '1'\napproved_by: ceo\n"
        "effective: 2026-01-01\nreview_by: 2027-06-01\ncovers: ['5.2']\n---\nExtra.\n")
    fourth = build(aimsdoc, root, out)
    assert "up to date" not in fourth.stderr, fourth.stderr
    assert (out / "policies" / "POL-XTRA-001.html").exists()
    forced = build(aimsdoc, root, out, "--force")
    assert "up to date" not in forced.stderr and forced.returncode == 0


def test_exit_codes(aimsdoc, root, out):
    record = root / "controls" / "A.2.2.yaml"
    record.write_text(re.sub(r"^owner: .*$", "owner: nobody-here", record.read_text(), flags=re.M))
    first = build(aimsdoc, root, out)
    assert first.returncode == 1, first.stderr
    assert "[ref.owner]" in first.stderr
    again = build(aimsdoc, root, out)
    assert again.returncode == 1 and "up to date" in again.stderr and "[ref.owner]" in again.stderr
    allowed = build(aimsdoc, root, out, "--allow-gaps")
    assert allowed.returncode == 0, allowed.stderr


def test_watch(aimsdoc, root, out):
    proc = subprocess.Popen([aimsdoc, "build", "--root", str(root), "--out", str(out), "--watch"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while not policy_page(out).exists():
            assert time.time() < deadline, "first build of --watch never appeared"
            time.sleep(0.1)
        policy = root / "content" / "governance" / "ai-policy.md"
        policy.write_text(re.sub(r"^title: .*$", "title: Watched AI Policy", policy.read_text(),
                                 count=1, flags=re.M))
        deadline = time.time() + 30
        while "Watched AI Policy" not in policy_page(out).read_text():
            assert time.time() < deadline, "--watch did not rebuild after an edit"
            time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def text_of(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.read_text()))


def test_audit_cycle(aimsdoc, root, out):
    first = build(aimsdoc, root, out)
    assert first.returncode == 0, first.stderr
    audits = text_of(out / "audits.html")
    assert audits.index("AUD-2026-03") < audits.index("AUD-2026-07"), "calendar order"
    assert "Gareth Pryce" in audits and "Senior auditor (AI), Internal Audit" in audits
    finding = text_of(out / "findings" / "NC-2026-03-01.html")
    for words in ("5.3 Roles, responsibilities and authorities", "AUD-2026-03", "Hannah Cole",
                  "Closed", "CAPA-2026-001", "Checked 2026-10-02 by Gareth Pryce : Effective"):
        assert words in finding, (words, finding)
    assert "Open" in text_of(out / "findings" / "NC-2026-07-01.html")
    reviews = (out / "reviews.html").read_text()
    # the eight inputs of 9.3.2, each present, in each of the example's two reviews
    assert reviews.count('<li class="done">') == 16 and 'class="missing"' not in reviews
    assert "Open audit findings" in (out / "index.html").read_text()
    audit = root / "audits" / "ia-2026-07.yaml"
    audit.write_text(audit.read_text().replace("due: 2026-12-15", "due: 2026-10-15"))
    late = build(aimsdoc, root, out)
    assert late.returncode == 1 and "[finding.overdue]" in late.stderr, late.stderr
    assert "Overdue" in text_of(out / "findings" / "NC-2026-07-01.html")
    (root / "audits" / "ia-2027-02.yaml").write_text(
        "id: AUD-2027-02\ntitle: Risk and impact\nplanned: 2027-02-01\nauditor: cro\n"
        "scope: [\"6.1.2\"]\n")
    added = build(aimsdoc, root, out)
    assert "up to date" not in added.stderr, added.stderr
    assert "AUD-2027-02" in (out / "audits.html").read_text()


TESTS = {"up-to-date": test_up_to_date, "exit-codes": test_exit_codes, "watch": test_watch,
         "audit-cycle": test_audit_cycle}

if __name__ == "__main__":
    aimsdoc, src, name = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_example(src, pathlib.Path(tmp))
        TESTS[name](aimsdoc, root, pathlib.Path(tmp) / "site")
    print(f"build.{name}: ok")
