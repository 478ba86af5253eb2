#!/usr/bin/python3
"""The auditor's trace through the built portal of the example AIMS, by its links only:
AI system inventory -> a system's page -> its impact assessment report (a published file)
-> a risk of that system -> a control treating it -> an evidence file of that control. Then
the risk register's heat maps: each cell's number equals the count of risks the register
table (and the risks/ records) place there, inherent and residual."""
import collections
import html.parser
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


def main():
    aimsdoc, root = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(site)], check=True,
                       capture_output=True)
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
    print("trace and heat maps ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
