#!/usr/bin/python3
"""The auditor's trace through the built portal of the example AIMS, by its links only:
AI system inventory -> a system's page -> its impact assessment report (a published file)
-> a risk of that system -> a control treating it -> an evidence file of that control. Then
the risk register's heat maps: each cell's number equals the count of risks the register
table (and the risks/ records) place there, inherent and residual. Then the dashboard's
trace figures: each equals the rows of its page in that state (AI systems, risk register,
impact assessments, objectives) and the figure `aimsdoc check` prints. Treatment options
are shown in the theme's words (labels.yaml), not as the records' keys."""
import collections
import html.parser
import re
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse

import yaml


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []     # (class, href)
        self.cells = {}     # map id -> {(likelihood, impact): count}
        self._map = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append((a.get("class", ""), a["href"]))
        if tag == "figure" and a.get("id", "").startswith("heat-map-"):
            self._map = a["id"]
            self.cells[self._map] = {}
        if tag == "g" and self._map and "data-count" in a:
            key = (int(a["data-likelihood"]), int(a["data-impact"]))
            self.cells[self._map][key] = int(a["data-count"])

    def handle_endtag(self, tag):
        if tag == "figure":
            self._map = None


def parse(path):
    p = Page()
    p.feed(path.read_text())
    return p


def follow(site, page_path, href):
    target = (page_path.parent / urllib.parse.unquote(href.split("#")[0])).resolve()
    assert target.is_file(), f"{page_path.relative_to(site)}: link {href} leads nowhere"
    return target


def first(page, cls, what, where):
    for c, href in page.links:
        if cls in c.split():
            return href
    raise AssertionError(f"{where}: no {what} link")


def rows_with(page, attribute, value=None):
    """Table rows of a page carrying `attribute` (equal to `value` when given)."""
    found = re.findall(rf'<tr [^>]*{attribute}="([^"]*)"', page.read_text())
    return sum(1 for v in found if value is None or v == value)


def check_treatment_words(site, labels):
    """Each register row shows its treatment in the word labels.yaml gives its key."""
    rows = re.findall(r'<tr [^>]*data-treatment="([a-z]+)"[^>]*>(.*?)</tr>', (site / "risks.html").read_text(), re.S)
    assert rows, "risks.html: no risk rows"
    for key, row in rows:
        word = labels[f"treatment.{key}"]
        assert f"<td>{word}</td>" in row and word != key, f"treatment {key} not shown as {word!r}: {row}"


def check_trace_figures(site, root, summary):
    """Dashboard figure == rows of its page == records == check's summary line."""
    f = {k: int(v) for k, v in re.findall(r'data-figure="(trace\.[a-z-]+|objectives\.[a-z-]+)">(\d+)<',
                                          (site / "index.html").read_text())}
    systems, risks = site / "systems.html", site / "risks.html"
    assessments, objectives = site / "assessments.html", site / "objectives.html"
    want = {
        "trace.systems": rows_with(systems, "data-assessment"),
        "trace.systems-assessed": rows_with(systems, "data-assessment", "current"),
        "trace.assessments": rows_with(assessments, "data-current"),
        "trace.assessments-current": rows_with(assessments, "data-current", "yes"),
        "trace.risks": rows_with(risks, "data-treated"),
        "trace.risks-treated": rows_with(risks, "data-treated", "yes"),
        "trace.risks-accepted": rows_with(risks, "data-treatment", "accept"),
        "trace.risks-above-appetite": rows_with(risks, "data-above-appetite", "yes"),
        "trace.objectives": rows_with(objectives, "data-on-track"),
        "trace.objectives-on-track": rows_with(objectives, "data-on-track", "yes"),
    }
    for key, n in want.items():
        assert f.get(key) == n, f"dashboard {key} = {f.get(key)}, its page has {n} rows"
    records = {k: len(list((root / k).rglob("*.yaml"))) for k in ("systems", "risks", "assessments", "objectives")}
    for kind, n in records.items():
        assert f[f"trace.{kind}"] == n, f"trace.{kind} = {f[f'trace.{kind}']}, {n} records"
    page = {k: int(v) for k, v in re.findall(r'data-figure="(objectives\.[a-z-]+)">(\d+)<', objectives.read_text())}
    assert page == {"objectives.on-track": f["trace.objectives-on-track"], "objectives.total": f["trace.objectives"]}, page
    m = re.search(r"(\d+)/(\d+) AI systems assessed, (\d+)/(\d+) risks treated, (\d+)/(\d+) objectives on track", summary)
    assert m, f"no trace in the check's summary: {summary}"
    said = [int(x) for x in m.groups()]
    shown = [f["trace.systems-assessed"], f["trace.systems"], f["trace.risks-treated"], f["trace.risks"],
             f["trace.objectives-on-track"], f["trace.objectives"]]
    assert said == shown, f"check says {said}, the dashboard {shown}"
    print("dashboard trace:", ", ".join(f"{k}={v}" for k, v in sorted(f.items())))


def main():
    aimsdoc, root = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        built = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(site)],
                               check=True, capture_output=True, text=True)
        inventory = site / "systems.html"
        systems = sorted({h for c, h in parse(inventory).links if h.startswith("systems/")})
        assert len(systems) == 3, f"inventory lists {len(systems)} systems, not 3"
        for href in systems:
            system = follow(site, inventory, href)
            page = parse(system)
            report = follow(site, system, first(page, "assessment", "impact assessment", system))
            assert report.parent.name == "impact", report
            risk = follow(site, system, first(page, "risk", "risk", system))
            control = follow(site, risk, first(parse(risk), "control", "control", risk))
            evidence = [h for c, h in parse(control).links if "/files/" in "/" + h or h.startswith("../files/")]
            assert evidence, f"{control.relative_to(site)}: no evidence file link"
            follow(site, control, evidence[0])
            print(f"{system.name} -> {report.name} -> {risk.name} -> {control.name} -> {evidence[0]}")
        maps = parse(site / "risks.html").cells
        inherent, residual = collections.Counter(), collections.Counter()
        for f in sorted((root / "risks").rglob("*.yaml")):
            r = yaml.safe_load(f.read_text())
            inherent[(r["likelihood"], r["impact"])] += 1
            res = r.get("residual") or r
            residual[(res["likelihood"], res["impact"])] += 1
        for name, expected in (("heat-map-inherent", inherent), ("heat-map-residual", residual)):
            cells = maps[name]
            assert len(cells) == 25, f"{name}: {len(cells)} cells"
            for key, count in cells.items():
                assert count == expected.get(key, 0), f"{name} {key}: {count} != {expected.get(key, 0)}"
            assert sum(cells.values()) == sum(expected.values()) == 20
        check_trace_figures(site, root, built.stdout + built.stderr)
        check_treatment_words(site, yaml.safe_load((root / "themes/default/labels.yaml").read_text()))
    print("trace and heat maps ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
