#!/usr/bin/python3
"""Hostile text never becomes markup in the portal (static reading of every page).

Builds the hostile AIMS (hostile_aims.py) and parses every HTML page:
  - every <script> is the theme's own (src into assets/), none inline with content,
  - no element carries an event-handler attribute (on...=),
  - no href/src/action holds a script URL, however it is spelled,
  - no element the default theme and cmark-gfm never write (iframe, object, ...),
  - the payloads are still there, as text: the organization and a policy title are shown
    literally (escaped, not dropped), and template syntax is printed, not expanded,
  - the search index (assets/search-index.js and its shards) holds the payloads only inside
    string literals.

usage: portal_static.py AIMSDOC"""
import html.parser
import os
import pathlib
import subprocess
import sys
import tempfile

import hostile_aims as h

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "a", "div", "span", "aside",
    "nav", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "p", "main", "header",
    "footer", "section", "article", "table", "thead", "tbody", "tr", "th", "td", "caption",
    "input", "label", "button", "em", "strong", "code", "pre", "blockquote", "hr", "br",
    "img", "del", "sup", "svg", "g", "rect", "text", "circle", "path", "line", "polyline",
    "figure", "figcaption", "details", "summary", "dl", "dt", "dd", "small", "abbr", "time",
    "mark", "colgroup", "col", "title", "desc", "b", "i", "kbd", "s", "form", "select",
    "option", "progress", "meter", "tspan", "defs", "style", "pattern"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


def scheme_of(url: str) -> str:
    """The scheme a browser sees: leading blanks and any tab/newline dropped."""
    kept = "".join(c for c in url if c not in "\t\n\r").lstrip("\x00 \x0b\x0c")
    return kept.split(":", 1)[0].lower() if ":" in kept.split("/", 1)[0] else ""


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text, self.in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "script":
            self.in_script = True
            src = dict(attrs).get("src") or ""
            if not src.endswith("assets/portal.js") and not src.endswith("assets/search-index.js"):
                self.problems.append(f"<script src={src!r}>")
        if tag == "style":
            self.problems.append("<style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRS and scheme_of(value or "") in ("javascript", "vbscript"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRS and scheme_of(value or "") == "data" and value != "data:,":
                self.problems.append(f"<{tag} {name}={value[:40]!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]!r}")
        self.text.append(data)


def check_search_index(site: pathlib.Path, problems: list) -> None:
    """Runs the index's manifest and every shard in node with alert() trapped: a payload
    that broke out of its string literal would run."""
    index = site / "assets/search-index.js"
    if not index.is_file():
        problems.append("no assets/search-index.js")
        return
    shards = sorted(str(p) for p in (site / "assets").glob("search-*.js") if p != index)
    probe = """
const fs = require("fs"), vm = require("vm");
const fired = [], sandbox = {alert: (m) => fired.push(String(m))};
sandbox.window = sandbox;
vm.createContext(sandbox);
for (const file of process.argv.slice(1)) vm.runInContext(fs.readFileSync(file, "utf8"), sandbox);
if (fired.length) { console.log("alert() ran:", fired); process.exit(1); }
const manifest = sandbox.AIMSDOC_SEARCH_MANIFEST, shards = sandbox.AIMSDOC_SEARCH_SHARDS || {};
const index = (manifest.entryShards || []).flatMap(([first, path]) => shards[path] || []);
if (index.length !== manifest.entries || index.length < 5) { console.log("no entries"); process.exit(1); }
if (!JSON.stringify(index).includes("x-img")) { console.log("payloads missing"); process.exit(1); }
const listed = manifest.keys.length + manifest.entryShards.length;
if (listed !== process.argv.length - 2) { console.log("shards not all listed"); process.exit(1); }
"""
    run = subprocess.run(["node", "-e", probe, str(index)] + shards, capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"search index: {run.stdout.strip()} {run.stderr.strip()[:300]}")


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    problems = []
    with tempfile.TemporaryDirectory(prefix="aimsdoc-inj-") as tmp:
        site = h.build(aimsdoc, pathlib.Path(tmp))
        if not site:
            return 1
        pages = sorted(site.rglob("*.html"))
        shown = ""
        for page in pages:
            scan = Page()
            scan.feed(page.read_text(encoding="utf-8"))
            problems += [f"{page.relative_to(site)}: {p}" for p in scan.problems]
            shown += "".join(scan.text)
        for literal in (h.ORGANIZATION, h.POLICY_TITLE, h.OWNER_NAME, h.TEMPLATE):
            if literal not in shown:
                problems.append(f"payload not shown literally anywhere: {literal!r}")
        check_search_index(site, problems)
    for p in problems:
        print("FAIL:", p)
    print(f"{len(pages)} pages scanned, {len(problems)} problems")
    return 1 if problems or len(pages) < 8 else 0


if __name__ == "__main__":
    sys.exit(main())
