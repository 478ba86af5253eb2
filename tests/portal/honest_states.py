#!/usr/bin/python3
"""No label overclaims (issue 12): the portal and the workbook show the health and evidence
states the check derives, on fixture trees built from tests/fixtures/_base.

  missing-rejected  evidence whose file is missing or whose path was refused: no link, never
                    "current", in the evidence register, the requirement page and soa.xlsx
  gap-implemented   a requirement declared implemented but with an error: its badge says gap
  qualified-covers  a policy's `covers: [ext:Art.5]` shown on the policy page, on the
                    framework page and in the framework's workbook sheet
  dashboard-adds-up every dashboard figure equals the count of its rows in the registers,
                    each framework's bar the rows of its page in each coverage state,
                    the audit-cycle cards the findings and actions of their pages
                    (the example AIMS and a fixture with gaps, partial and excluded rows)

usage: honest_states.py AIMSDOC REPO [CASE]"""
import html
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

REPO = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ".").resolve()
BASE = REPO / "tests" / "fixtures" / "_base"
STATES = REPO / "tests" / "fixtures" / "crosswalk-states"


def tree(tmp, files):
    root = pathlib.Path(tmp) / "aims"
    shutil.copytree(BASE, root)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def build(aimsdoc, root):
    out = root.parent / "site"
    run = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(out), "--allow-gaps"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return out


def rows_of(page):
    return re.findall(r"<tr[^>]*>.*?</tr>", page, re.S)


def row_with(page, text):
    found = [r for r in rows_of(page) if text in r]
    assert len(found) == 1, f"{len(found)} rows hold {text}"
    return found[0]


def sheet_rows(ws):
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, r)) for r in ws.iter_rows(min_row=2)]


RECORD_A11 = """id: A.1.1
applicable: true
justification: Needed for our models.
status: implemented
owner: bob
evidence:
  - id: EV-MISSING
    title: A report that was never filed
    file: evidence/nope.pdf
    collected: 2026-03-01
  - id: EV-REJECTED
    title: A path out of the root
    file: ../../etc/passwd
    collected: 2026-03-01
"""


def test_missing_rejected(aimsdoc):
    with tempfile.TemporaryDirectory() as tmp:
        root = tree(tmp, {"controls/A.1.1.yaml": RECORD_A11})
        out = build(aimsdoc, root)
        register = (out / "evidence.html").read_text()
        page = (out / "controls" / "A.1.1.html").read_text()
        for ev, state, word in (("EV-MISSING", "missing", "File missing"),
                                ("EV-REJECTED", "rejected", "Path rejected")):
            for where in (row_with(register, f">{ev}<"), row_with(page, f">{ev}<")):
                cell = where[where.index(f"evidence-{state}"):]
                assert f'<span class="badge evidence-{state}">{word}</span>' in where, where
                assert "<a " not in cell, f"{ev} is still a link: {cell}"
                assert "current" not in where.lower(), where
            # Its own page says why there is no file and no preview, and links none.
            item = (out / "evidence" / f"{ev}.html").read_text()
            assert f'<span class="badge evidence-{state}">{word}</span>' in item, ev
            assert "files/" not in item and "evidence-raw" not in item, f"{ev}'s page links a file"
            assert "No preview: the file is not in this portal." in item, ev
            assert f'href="evidence/{ev}.html"' in row_with(register, f">{ev}<"), "the register links its page"
        wb = openpyxl.load_workbook(out / "soa.xlsx")
        _, evidence = sheet_rows(wb["Evidence register"])
        by_id = {r["Evidence"].value: r for r in evidence}
        for ev, state in (("EV-MISSING", "missing"), ("EV-REJECTED", "rejected")):
            assert by_id[ev]["State"].value == state, by_id[ev]["State"].value
            assert by_id[ev]["File or URL"].hyperlink is None, f"{ev} is a link in the workbook"


def test_gap_implemented(aimsdoc):
    with tempfile.TemporaryDirectory() as tmp:
        root = tree(tmp, {"controls/A.1.1.yaml": RECORD_A11})
        out = build(aimsdoc, root)
        page = (out / "controls" / "A.1.1.html").read_text()
        badges = re.findall(r'<span class="badge (health|status)-([a-z-]+)"[^>]*>([^<]*)</span>',
                            page.split("</header>")[0])
        assert ("health", "gap", "Gap") in badges, badges
        assert ("status", "implemented", "Implemented") in badges, badges
        own = page.split('<section class="panel related">')[0]  # not the related requirements
        assert "health-conformant" not in own and "status-gap" not in own
        soa = (out / "soa.html").read_text()
        row = row_with(soa, 'href="controls/A.1.1.html" class="id"')
        assert 'data-health="gap"' in row and "health-conformant" not in row, row
        wb = openpyxl.load_workbook(out / "soa.xlsx")
        _, soa_rows = sheet_rows(wb["Statement of Applicability"])
        a11 = next(r for r in soa_rows if r["Control"].value == "A.1.1")
        assert a11["Health"].value == "gap" and a11["Status"].value == "implemented"


def test_qualified_covers(aimsdoc):
    files = {name: (STATES / name).read_text() for name in ("site.yaml", "ext.yaml", "cw.yaml")}
    files["content/direct.md"] = """---
id: POL-DIRECT
title: Transparency Notice Procedure
owner: alice
version: "1.0"
approved_by: alice
effective: 2026-01-01
review_by: 2027-01-01
covers: ["1.1", "ext:Art.5"]
---
# Transparency Notice Procedure
"""
    with tempfile.TemporaryDirectory() as tmp:
        out = build(aimsdoc, tree(tmp, files))
        policy = (out / "policies" / "POL-DIRECT.html").read_text()
        assert 'href="../frameworks/ext.html#item-Art.5"' in policy, "policy page hides ext:Art.5"
        framework = (out / "frameworks" / "ext.html").read_text()
        art5 = row_with(framework, 'id="item-Art.5"')
        assert "Covered directly by policy" in art5 and "POL-DIRECT" in art5, art5
        assert "cov-not-mapped" not in art5, art5
        wb = openpyxl.load_workbook(out / "soa.xlsx")
        _, rows = sheet_rows(wb["ExtReg"] if "ExtReg" in wb.sheetnames else wb.worksheets[-1])
        direct = [r for r in rows if r["Item"].value == "Art.5"]
        requirement = next(k for k in rows[0] if k.endswith(" requirement"))
        assert any(r["Relation"].value == "direct" and r[requirement].value == "POL-DIRECT"
                   for r in direct), [[c.value for c in r.values()] for r in direct]


def figures(index):
    return {k: int(v) for k, v in re.findall(r'data-figure="([a-z.-]+)">(\d+)<', index)}


def count_rows(page, attribute, value):
    return sum(1 for r in rows_of(page) if f'{attribute}="{value}"' in r)


def check_adds_up(out):
    index = (out / "index.html").read_text()
    f = figures(index)
    assert f, "the dashboard has no figures"
    pages = {"clauses": (out / "clauses.html").read_text(), "controls": (out / "soa.html").read_text()}
    evidence = (out / "evidence.html").read_text()
    checked = 0
    for kind, page in pages.items():
        register_rows = [r for r in rows_of(page) if "data-health=" in r]
        assert f[f"{kind}.total"] == len(register_rows), kind
        for health in ("conformant", "partial", "gap", "excluded"):
            n = count_rows(page, "data-health", health)
            assert f[f"{kind}.chart.{health}"] == n, (kind, health, f[f"{kind}.chart.{health}"], n)
            if f"{kind}.{health}" in f:
                assert f[f"{kind}.{health}"] == n, (kind, health)
            checked += 1
        for status in ("implemented", "partial", "planned", "unset", "excluded", "missing"):
            assert f[f"{kind}.status.{status}"] == count_rows(page, "data-status", status), (kind, status)
            checked += 1
    ev_rows = [r for r in rows_of(evidence) if "data-evidence-state=" in r]
    assert f["evidence.total"] == len(ev_rows)
    for state in ("current", "expiring", "stale", "expired", "future", "undated", "missing", "rejected"):
        assert f[f"evidence.{state}"] == count_rows(evidence, "data-evidence-state", state), state
        checked += 1
    attention = [r for r in rows_of(index) if "data-evidence-state=" in r]
    assert f["evidence.attention"] == len(attention) == len(ev_rows) - f["evidence.current"]
    gaps = sum(count_rows(p, "data-health", "gap") for p in pages.values())
    assert f["gaps"] == gaps, (f["gaps"], gaps)
    check_framework_bars(out, index)
    check_audit_cards(out, index)
    return checked


FINDING_TYPES = ("major", "minor", "observation", "improvement")


def check_audit_cards(out, index):
    """The audit-cycle cards count the findings of audits.html and the actions of
    reviews.html by type and state; False when the AIMS keeps no audit cycle."""
    cards = re.search(r'aria-label="Audit cycle">(.*?)</section>', index, re.S)
    if not cards:
        return False
    text = re.sub(r"<[^>]+>", " ", cards.group(1))
    m = re.search(r"Open audit findings\s+(\d+)\s+major\s+(\d+) minor · (\d+) observations · "
                  r"(\d+) improvements\s+Overdue actions\s+(\d+)\s+review actions\s+"
                  r"(\d+) findings overdue · (\d+) review actions open", text)
    assert m, text
    shown = [int(n) for n in m.groups()]
    findings = [r for r in rows_of((out / "audits.html").read_text()) if "type-" in r]
    actions = [r for r in rows_of((out / "reviews.html").read_text()) if "state-" in r]
    open_of = lambda rows: [r for r in rows if "state-closed" not in r]
    counted = [sum(1 for r in open_of(findings) if f"type-{t}" in r) for t in FINDING_TYPES]
    counted += [sum(1 for r in actions if "state-overdue" in r),
                sum(1 for r in findings if "state-overdue" in r), len(open_of(actions))]
    assert shown == counted, (shown, counted)
    return True


FRAMEWORK_STATES = ("covered", "partial", "gap", "not-mapped")


def check_framework_bars(out, index):
    """Each framework's bar on the dashboard counts the rows of its page in each state."""
    bars = re.findall(r'<div class="framework-bar">\s*<a href="([^"]+)">.*?'
                      r'<p class="bar-legend">(.*?) of (\d+)</p>', index, re.S)
    pages = sorted(str(p.relative_to(out)) for p in out.glob("frameworks/*.html"))
    assert sorted(href for href, _, _ in bars) == pages, (bars, pages)
    for href, legend, total in bars:
        shown = {k: int(n) for k, n in re.findall(r'class="swatch seg-([a-z-]+)"></span>[^<]*? (\d+)</span>',
                                                  legend)}
        assert sorted(shown) == sorted(FRAMEWORK_STATES), (href, legend)
        page = (out / href).read_text()
        rows = [r for r in rows_of(page) if 'class="badge cov-' in r]
        assert int(total) == len(rows), (href, total, len(rows))
        for state in FRAMEWORK_STATES:
            n = sum(1 for r in rows if f'class="badge cov-{state}"' in r)
            assert shown[state] == n, (href, state, shown[state], n)
    return len(bars)


def test_dashboard_adds_up(aimsdoc):
    with tempfile.TemporaryDirectory() as tmp:
        example = pathlib.Path(tmp) / "example"
        shutil.copytree(REPO, example, ignore=shutil.ignore_patterns(
            "build*", "_site", ".git", "tests", "bench", "src", ".*"))
        site = build(aimsdoc, example)
        assert check_adds_up(site) == 28
        assert check_framework_bars(site, (site / "index.html").read_text()) == 3
        assert check_audit_cards(site, (site / "index.html").read_text())
        mixed = {"controls/A.1.1.yaml": RECORD_A11,
                 "controls/1.2.yaml": (BASE / "controls" / "1.2.yaml").read_text().replace(
                     "status: implemented", "status: partial"),
                 "controls/A.1.2.yaml": "id: A.1.2\napplicable: false\n"
                                        "justification: We run no model that needs logging.\n"}
        assert check_adds_up(build(aimsdoc, tree(pathlib.Path(tmp) / "mixed", mixed))) == 28
        # An audit finding and a review action past their due dates (the example has none).
        fixtures = REPO / "tests" / "fixtures"
        late = {"audits/AUD-2026-01.yaml": "finding-overdue", "reviews/MR-2026-01.yaml":
                "review-action-overdue"}
        late = {rel: (fixtures / case / rel).read_text() for rel, case in late.items()}
        site = build(aimsdoc, tree(pathlib.Path(tmp) / "late", late))
        index = (site / "index.html").read_text()
        assert check_audit_cards(site, index) and "state-overdue" in (site / "audits.html").read_text()
        assert "state-overdue" in (site / "reviews.html").read_text()


TESTS = {"missing-rejected": test_missing_rejected, "gap-implemented": test_gap_implemented,
         "qualified-covers": test_qualified_covers, "dashboard-adds-up": test_dashboard_adds_up}

if __name__ == "__main__":
    names = sys.argv[3:] or list(TESTS)
    for name in names:
        TESTS[name](sys.argv[1])
        print(f"ok {name}")
