"""soa.xlsx as openpyxl (Debian python3-openpyxl) reads it."""
import functools
import hashlib
import html
import re
import urllib.parse
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter

import expectations as exp


def rows(ws):
    """Data rows (below the header) as lists of cells."""
    return [list(r) for r in ws.iter_rows(min_row=2)]


def column(ws, header):
    return [c.value for c in ws[1]].index(header)


def validations(ws):
    return {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}


def cf_formulas(ws):
    return [f for rng in ws.conditional_formatting for rule in rng.rules for f in rule.formula]


def local(target, base):
    """A portal link as a path inside the portal: absolute under base_url when the portal is
    hosted (the workbook travels alone), relative to soa.xlsx otherwise."""
    if base:
        assert target.startswith(base), f"link {target} is not under base_url {base}"
        return target[len(base):]
    assert not target.startswith(("http://", "https://")), f"absolute link {target} unhosted"
    return target


def unescaped(header_text):
    return (header_text or "").replace("&&", "&")


def check_page_texts(ws, root):
    """Every sheet prints the document control: organization, classification and SoA
    version in the header, the approval in the footer."""
    head, foot = ws.oddHeader, ws.oddFooter
    org = exp.site_value(root, "organization")
    assert unescaped(head.left.text) == org[:40], f"{ws.title}: header left {head.left.text!r}"
    assert unescaped(head.center.text) == (exp.soa_value(root, "classification") or "")[:40]
    version = exp.soa_value(root, "version")
    assert unescaped(head.right.text) == f"Statement of Applicability, version {version}", \
        f"{ws.title}: header right {head.right.text!r}"
    by, on = exp.soa_value(root, "approved_by"), exp.soa_value(root, "approved_on")
    assert unescaped(foot.center.text) == f"Approved by {by[:40]} on {on}", \
        f"{ws.title}: footer {foot.center.text!r}"
    assert foot.right.text == "Page &P of &N", f"{ws.title}: footer right {foot.right.text!r}"
    for part in (head.left, head.center, head.right, foot.center):
        # An '&' from user text is doubled: no lone '&' that Excel would read as a code.
        assert "&" not in (part.text or "").replace("&&", ""), f"{ws.title}: code in {part.text!r}"


def printed_points(ws):
    """Body text size once a landscape sheet is fitted to one page wide."""
    short, long = exp.PAPER_POINTS[str(ws.page_setup.paperSize)]
    printable = long - 72 * (ws.page_margins.left + ws.page_margins.right)
    pixels = sum(int(ws.column_dimensions[get_column_letter(i)].width * 7 + 5)
                 for i in range(1, ws.max_column + 1))
    return exp.BODY_POINTS * min(1.0, printable / (pixels * 0.75))


def check_table_sheet(ws):
    want = exp.headers(ws.title)
    got = [c.value for c in ws[1]]
    assert got == want, f"{ws.title}: header {got}"
    assert ws.freeze_panes == "B2", f"{ws.title}: freeze panes {ws.freeze_panes}"
    last = f"{get_column_letter(len(want))}{ws.max_row}"
    assert ws.auto_filter.ref == f"A1:{last}", f"{ws.title}: autofilter {ws.auto_filter.ref}"
    assert all(c.font.b for c in ws[1]), f"{ws.title}: header not bold"
    assert ws.column_dimensions["B"].width > 10, f"{ws.title}: column B has no width"
    assert ws.page_setup.orientation == "landscape", f"{ws.title}: not landscape"
    # fitToWidth is left out of the file when it is 1, the OOXML default.
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1)
    assert ws.page_setup.fitToHeight == 0, f"{ws.title}: printed more than one page wide"
    assert ws.print_title_rows == "$1:$1", f"{ws.title}: header row not repeated"
    if ws.title == "Statement of Applicability":
        points = printed_points(ws)
        assert points >= exp.MIN_PRINT_POINTS, f"SoA prints at {points:.1f} pt"
        assert str(ws.page_setup.paperSize) == "8", "SoA is not printed on A3"


def check_no_formulas_and_links(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} holds a formula"
                if c.hyperlink and c.hyperlink.target:
                    assert "\\" not in c.hyperlink.target, f"backslash in {c.hyperlink.target}"


def check_properties(wb, xlsx, root):
    org = exp.site_value(root, "organization")
    assert wb.properties.title == f"Statement of Applicability: {org}", wb.properties.title
    assert wb.properties.creator == "aimsdoc"
    assert html.unescape(exp.app_company(xlsx) or "") == org, "company is not the organization"
    exp.check_created_date(xlsx, root)


def check_requirement_sheet(ws, site, kind, folder, base, evidence_ids):
    ids = [r[0].value for r in rows(ws)]
    assert ids == exp.catalog_ids(kind), f"{ws.title}: ids {ids}"
    page = column(ws, "Portal page")
    status = column(ws, "Status")
    evidence = column(ws, "Evidence")
    for r in rows(ws):
        target = local(r[page].hyperlink.target, base)
        assert target == f"{folder}/{r[0].value}.html", f"{ws.title}: link {target}"
        assert (site / target).is_file(), f"{target} is not in the portal"
        assert (r[status].value or "") in exp.STATUS_WORDS | {"", "Excluded"}
        listed = (r[evidence].value or "").split("\n") if r[evidence].value else []
        assert listed == evidence_ids.get(r[0].value, []), f"{r[0].value}: evidence {listed}"
    letter = get_column_letter(status + 1)
    want = f"{letter}2:{letter}{len(ids) + 1}"
    assert validations(ws).get('"planned,partial,implemented"') == want, validations(ws)
    health = column(ws, "Health")
    for r in rows(ws):
        assert r[health].value in exp.HEALTH_WORDS, f"{ws.title}: health {r[health].value}"
    assert any('"gap"' in f for f in cf_formulas(ws)), f"{ws.title}: no gap highlight"


def check_soa(ws):
    applicable, status = column(ws, "Applicable"), column(ws, "Status")
    assert validations(ws).get('"Yes,No"') == f"D2:D{ws.max_row}", validations(ws)
    for r in rows(ws):
        assert (r[applicable].value or "") in {"Yes", "No", ""}
        excluded = r[applicable].value == "No"
        assert (r[status].value == "Excluded") == excluded, f"{r[0].value}: {r[status].value}"


def evidence_by_requirement(ws):
    """Evidence ids per requirement, in register order: what the SoA row must list."""
    ids = {}
    for r in rows(ws):
        ids.setdefault(r[1].value, []).append(r[0].value)
    return ids


def check_evidence(ws, site, base):
    sha = column(ws, "SHA-256")
    linked = 0
    for r in rows(ws):
        link = r[3].hyperlink
        if link and (link.target.startswith(base) if base else
                     not link.target.startswith(("http://", "https://"))):
            copy = site / urllib.parse.unquote(local(link.target, base))
            assert copy.is_file(), f"evidence link {link.target} has no file"
            assert hashlib.sha256(copy.read_bytes()).hexdigest() == r[sha].value
            linked += 1
    assert linked > 0, "no evidence file is linked"
    assert any("ISNUMBER(E2)" in f for f in cf_formulas(ws)), "no stale-evidence highlight"


def summary_value(ws, label, col=2):
    for row in ws.iter_rows():
        if row[0].value == label:
            return row[col - 1].value
    raise AssertionError(f"Summary has no row '{label}'")


def check_summary(ws, xlsx, root, evidence_rows):
    assert ws["A1"].value == "Statement of Applicability"
    assert summary_value(ws, "Organization") == exp.site_value(root, "organization")
    assert summary_value(ws, "Build date") == exp.site_value(root, "build_date")
    for label, key in [("SoA version", "version"), ("Approved by", "approved_by"),
                       ("Approved on", "approved_on"), ("Classification", "classification")]:
        assert summary_value(ws, label) == exp.soa_value(root, key), f"Summary {label}"
    portal = next(r[1] for r in ws.iter_rows() if r[0].value == "Evidence portal")
    assert local(portal.hyperlink.target, exp.base_url(root)) == "index.html", portal.hyperlink.target
    gap_rule = [f for f in cf_formulas(ws) if "Health: gap" in f]
    assert gap_rule and all(re.search(r"SUM\(\$B\d+:\$C\d+\)>0", f) for f in gap_rule), gap_rule
    assert summary_value(ws, "Evidence items") == evidence_rows
    assert summary_value(ws, "Requirements", 3) == 38
    charts = [n for n in zipfile.ZipFile(xlsx).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 1, f"expected one native chart, found {charts}"


@functools.lru_cache(maxsize=None)
def page_text(path):
    return path.read_text(encoding="utf-8")


def check_item_link(cell, site, item, base):
    """Each row links to the item's anchor on its portal framework page."""
    link = cell.hyperlink
    page = site / urllib.parse.unquote(local(link.target, base))
    assert page.is_file(), f"crosswalk link {link.target} has no page"
    slug = re.sub(r"[^A-Za-z0-9._-]", "-", item)
    assert link.location == f"item-{slug}", f"{item} links to #{link.location}"
    assert f'id="{link.location}"' in page_text(page), f"{page.name} has no #{link.location}"


def check_crosswalk(ws, summary, site, base):
    state = {}
    for r in rows(ws):
        item, coverage = r[0].value, r[3].value
        check_item_link(r[-1], site, item, base)
        assert coverage in exp.COVERAGE_WORDS, f"{ws.title}: coverage {coverage}"
        assert state.setdefault(item, coverage) == coverage, f"{ws.title}: {item} disagrees"
    for row in summary.iter_rows():
        if row[5].value == ws.title:
            figures = [c.value for c in row[1:5]]
            tally = [len(state)] + [list(state.values()).count(w) for w in ("covered", "partial", "gap")]
            assert figures == tally, f"{ws.title}: summary {figures}, sheet {tally}"
            assert row[5].hyperlink.location or row[5].hyperlink.target
            return
    raise AssertionError(f"Summary does not list {ws.title}")


def cell_in(ws, key, header):
    for r in rows(ws):
        if r[0].value == key:
            return r[column(ws, header)]
    raise AssertionError(f"{ws.title} has no row {key}")


def check_text(cell, want):
    assert cell.value == want, f"{cell.coordinate}: {cell.value!r} != {want!r}"
    assert cell.data_type == "s", f"{cell.coordinate} is of type {cell.data_type}, not text"


def check_hostile(wb):
    soa, ev = wb["Statement of Applicability"], wb["Evidence register"]
    check_text(cell_in(soa, "A.2.2", "Justification for inclusion or exclusion"),
               exp.HOSTILE_JUSTIFICATION)
    check_text(cell_in(soa, "A.2.2", "Owner"), exp.HOSTILE_OWNER)
    check_text(cell_in(soa, "A.2.2", "Policies"), "POL-PLUS +Plus policy =1")
    check_text(cell_in(soa, "A.7.3", "Applicable"), "No")
    check_text(cell_in(soa, "A.7.3", "Status"), "Excluded")
    check_text(cell_in(ev, "EV-HASH", "Title"), "-2+3 evidence with a hash in its file name")
    assert cell_in(ev, "EV-HASH", "File or URL").hyperlink.target == \
        "https://aims.hostile.example/portal/files/evidence/a%20b%231.txt"
    assert cell_in(ev, "EV-URL", "File or URL").hyperlink.target == "https://example.com/register?a=1&b=2"
    assert cell_in(ev, "EV-JS", "File or URL").hyperlink is None, "javascript: became a link"
    assert cell_in(ev, "EV-STALE", "State").value == "stale"
    assert cell_in(ev, "EV-EXPIRED", "State").value == "expired"
    assert {r[column(ev, "State")].value for r in rows(ev)} <= exp.EVIDENCE_WORDS
    check_text(wb["Summary"]["B4"], exp.HOSTILE_ORGANIZATION)
    xw = wb["=Hostile- FW-1-"]
    check_text(cell_in(xw, "H.1", "Title"), "=1+2 first item")
    # H.1: intersects and subset rows only, so partial; H.2: A.3.2 is a gap; H.3: nothing maps it
    assert [r[3].value for r in rows(xw)] == ["partial", "partial", "gap", "not-mapped"]
    gaps = {(r[0].value, r[1].value) for r in rows(wb["Gaps"])}
    assert ("error", "coverage.record") in gaps and ("warning", "evidence.stale") in gaps, gaps


def where(finding):
    place = finding["path"] or "aimsdoc"
    if finding["line"]:
        place += f":{finding['line']}" + (f":{finding['column']}" if finding["column"] else "")
    return place


def check_gaps(ws, findings):
    """The sheet lists what `aimsdoc check --format json` reports, in the same order."""
    got = [(r[0].value, r[1].value, r[3].value, r[4].value) for r in rows(ws)]
    want = [(f["severity"], f["rule"], f["message"], where(f)) for f in findings]
    assert len(got) == len(want), f"Gaps sheet has {len(got)} rows, the check {len(want)} findings"
    for sheet_row, finding in zip(got, want):
        assert sheet_row == finding, f"Gaps sheet row {sheet_row} != finding {finding}"


def check_example(wb):
    soa = wb["Statement of Applicability"]
    severities = {r[0].value for r in rows(wb["Gaps"])}
    assert "error" not in severities, "the example AIMS is clean: no error on the Gaps sheet"
    assert {r[column(soa, "Health")].value for r in rows(soa)} == {"conformant", "excluded"}
    assert cell_in(soa, "A.7.3", "Applicable").value == "No"
    assert cell_in(soa, "A.7.3", "Status").value == "Excluded"
    assert cell_in(soa, "A.7.3", "Justification for inclusion or exclusion").value
    check_audit_cycle(wb)
    # The example's inventory and register (issue 13): 3 systems, 20 risks, 3 impact
    # assessments, 6 objectives, and controls that treat risks say so.
    assert [len(rows(wb[n])) for n in exp.TRACE_SHEETS] == [3, 20, 3, 6]
    assert any(r[column(soa, "Risks treated")].value for r in rows(soa)), "no control treats a risk"


def check_audit_cycle(wb):
    """The example's year: two audits in calendar order, their seven findings (one closed
    with an effective check, two minors open within their due dates), two reviews with all
    eight inputs recorded and no action overdue."""
    audits = wb["Internal audits"]
    assert [r[0].value for r in rows(audits)] == ["AUD-2026-03", "AUD-2026-07"]
    ncs = wb["Nonconformities"]
    status = {r[0].value: r[column(ncs, "Status")].value for r in rows(ncs)}
    assert len(status) == 7 and status["NC-2026-07-01"] == "Open", status
    assert "Overdue" not in status.values(), status
    assert cell_in(ncs, "NC-2026-03-01", "Effectiveness").value == "effective"
    reviews = wb["Management reviews"]
    held = rows(reviews)
    assert [r[0].value for r in held] == ["MR-2025-12", "MR-2026-06"]
    for review in held:
        assert [review[column(reviews, t)].value for t in (
            "previous_actions", "external_internal_issues", "stakeholder_needs", "performance",
            "nonconformities", "audit_results", "risk_opportunities", "improvement")] == ["recorded"] * 8
        assert review[column(reviews, "Actions overdue")].value == 0


def bare(control):
    """A control id without its framework qualifier (iso42001:A.5.4 -> A.5.4)."""
    return str(control).split(":")[-1]


def id_list(cell):
    return [x for x in (cell.value or "").split(", ") if x]


def check_page_link(cell, site, base, want):
    target = urllib.parse.unquote(local(cell.hyperlink.target, base))
    assert target == want, f"{cell.coordinate}: links {target}, not {want}"
    assert (site / target).is_file(), f"{target} is not in the portal"


def rows_by_record(ws, root, folder):
    """(record by id, sheet row by id) once the sheet has one row per record of `folder`."""
    records = {r["id"]: r for r in exp.records(root, folder)}
    got = {r[0].value: r for r in rows(ws)}
    assert sorted(got) == sorted(records), f"{ws.title}: {sorted(got)} != {folder}/ {sorted(records)}"
    return records, got


def check_systems(ws, site, root, base):
    systems, got = rows_by_record(ws, root, "systems")
    for sid, r in got.items():
        s = systems[sid]
        assert r[column(ws, "Name")].value == s["name"], sid
        assert r[column(ws, "Life cycle")].value == s["lifecycle"], sid
        assert r[column(ws, "Risk class")].value == s["risk_class"], sid
        assert r[column(ws, "Assessment")].value in {"current", "overdue", "none"}, sid
        check_page_link(r[column(ws, "Portal page")], site, base, f"systems/{sid}.html")


def check_risks(ws, site, root, base):
    """Each row says what its record says: scores, their product, treatment, controls,
    residual; 'Treated' and 'Above appetite' follow the check's rules."""
    risks, got = rows_by_record(ws, root, "risks")
    appetite = int(exp.block_value(root, "risk", "appetite") or 8)
    for rid, r in got.items():
        k, cell = risks[rid], (lambda h: r[column(ws, h)].value)
        assert (cell("Likelihood"), cell("Impact")) == (k["likelihood"], k["impact"]), rid
        assert cell("Score") == k["likelihood"] * k["impact"], rid
        assert cell("Treatment") == k["treatment"], rid
        assert sorted(id_list(r[column(ws, "Controls")])) == sorted(bare(c) for c in k.get("controls") or []), rid
        res = k.get("residual")
        assert (cell("Residual likelihood"), cell("Residual impact")) == \
            ((res["likelihood"], res["impact"]) if res else (None, None)), rid
        after = res or k
        assert cell("Above appetite") == ("yes" if after["likelihood"] * after["impact"] > appetite else "no"), rid
        treated = bool(k.get("controls")) if k["treatment"] == "mitigate" else True
        assert cell("Treated") == ("yes" if treated else "no"), rid
        check_page_link(r[column(ws, "Portal page")], site, base, f"risks/{rid}.html")


def check_assessments(ws, site, root, base):
    assessments, got = rows_by_record(ws, root, "assessments")
    for aid, r in got.items():
        a = assessments[aid]
        assert r[column(ws, "AI system")].value.split(" ")[0] == a["system"], aid
        assert r[column(ws, "Performed")].value.date() == a["performed"], aid
        report = r[column(ws, "Report")]
        assert report.value == a["file"], aid
        copy = site / urllib.parse.unquote(local(report.hyperlink.target, base))
        assert copy.read_bytes() == (root / a["file"]).read_bytes(), f"{aid}: report copy"


def check_objectives(ws, root):
    objectives, got = rows_by_record(ws, root, "objectives")
    for oid, r in got.items():
        assert r[column(ws, "Status")].value == objectives[oid]["status"], oid
        assert r[column(ws, "Due")].value.date() == objectives[oid]["due"], oid
        assert r[column(ws, "On track")].value in {"yes", "no"}, oid


def check_risks_treated(soa, root):
    """The SoA's derived justification: each control lists exactly the risks naming it."""
    treats = {}
    for k in exp.records(root, "risks"):
        for c in k.get("controls") or []:
            treats.setdefault(bare(c), set()).add(k["id"])
    col = column(soa, "Risks treated")
    assert col == column(soa, "Justification for inclusion or exclusion") + 1, "not beside the justification"
    for r in rows(soa):
        assert set(id_list(r[col])) == treats.get(r[0].value, set()), f"{r[0].value}: {r[col].value!r}"


def check_risk_trace(wb, site, root, base):
    check_systems(wb["AI systems"], site, root, base)
    check_risks(wb["Risk register"], site, root, base)
    check_assessments(wb["Impact assessments"], site, root, base)
    check_objectives(wb["Objectives"], root)
    check_risks_treated(wb["Statement of Applicability"], root)


def run(xlsx, site, root, case, findings=None):
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == (exp.FIXED_SHEETS + exp.TRACE_SHEETS + exp.AUDIT_SHEETS[case] +
                             exp.FRAMEWORK_SHEETS[case]), wb.sheetnames
    check_properties(wb, xlsx, root)
    check_no_formulas_and_links(wb)
    base = exp.base_url(root)
    for ws in wb.worksheets:
        check_page_texts(ws, root)
    for ws in wb.worksheets[1:]:
        check_table_sheet(ws)
    evidence_ids = evidence_by_requirement(wb["Evidence register"])
    check_requirement_sheet(wb["Statement of Applicability"], site, "control", "controls", base,
                            evidence_ids)
    check_soa(wb["Statement of Applicability"])
    check_requirement_sheet(wb["Clauses"], site, "clause", "clauses", base, evidence_ids)
    check_evidence(wb["Evidence register"], site, base)
    check_summary(wb["Summary"], xlsx, root, wb["Evidence register"].max_row - 1)
    for name in exp.FRAMEWORK_SHEETS[case]:
        check_crosswalk(wb[name], wb["Summary"], site, base)
    check_risk_trace(wb, site, root, base)
    if findings is not None:
        check_gaps(wb["Gaps"], findings)
    check_hostile(wb) if case == "hostile" else check_example(wb)
