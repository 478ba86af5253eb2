#!/usr/bin/python3
"""User input cannot inject markup into the portal. The fixture carries a raw <script> in a
policy body and in a Markdown and a CSV evidence file (previewed on their pages),
javascript: URLs in a Markdown link, an evidence record, the evidence files and a framework
catalog, and an owner named "Bob <Builder> & Sons". In the built portal every <script>
element is the theme's own, no href/src holds a script URL, and the name is escaped.

usage: safety.py AIMSDOC"""
import html.parser
import pathlib
import sys

from portal_build import build_to_temp, html_files, report

HERE = pathlib.Path(__file__).resolve().parent
THEME_SCRIPTS = {"assets/portal.js"}


class Scan(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.urls, self.handlers = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs.get("src"))
        for name, value in attrs.items():
            if name in ("href", "src", "action", "formaction"):
                self.urls.append(value or "")
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")


def main() -> int:
    tmp, site, result = build_to_temp(sys.argv[1], HERE / "fixture", "--allow-gaps")
    failures = []
    with tmp:
        pages = html_files(site)
        if len(pages) < 10:
            print(f"FAIL: only {len(pages)} pages built\n{result.stderr}")
            return 1
        for page in pages:
            rel = page.relative_to(site)
            text = page.read_text(encoding="utf-8")
            scan = Scan()
            scan.feed(text)
            depth = "../" * (len(rel.parts) - 1)
            for src in scan.scripts:
                if src is None or src.removeprefix(depth) not in THEME_SCRIPTS:
                    failures.append(f"{rel}: unexpected <script src={src!r}>")
            for url in scan.urls:
                if url.strip().lower().startswith(("javascript:", "vbscript:", "data:text")):
                    failures.append(f"{rel}: script URL {url!r}")
            failures += [f"{rel}: event handler attribute {h}" for h in scan.handlers]
            if "Bob <Builder>" in text:
                failures.append(f"{rel}: owner name not escaped")
        owners = (site / "owners.html").read_text(encoding="utf-8")
        if "Bob &lt;Builder&gt; &amp; Sons" not in owners:
            failures.append("owners.html does not show the escaped owner name")
        policy = (site / "policies/POL-AI.html").read_text(encoding="utf-8")
        if 'alert("x")' in policy or "Do not click" not in policy:
            failures.append("raw HTML survived in POL-AI, or the link text was lost")
        # Evidence previews: the Markdown minutes hold a <script> and a javascript: link,
        # the CSV register a <script> cell and a javascript: cell.
        minutes = (site / "evidence/EV-A.2.2-01.html").read_text(encoding="utf-8")
        if 'alert("minutes")' in minutes or "open the recording" not in minutes:
            failures.append("raw HTML survived in the Markdown evidence preview, or its link text was lost")
        register = (site / "evidence/EV-4.1-01.html").read_text(encoding="utf-8")
        if "<script>alert" in register or "&lt;script&gt;alert(&quot;csv&quot;)" not in register:
            failures.append("the CSV evidence preview does not show its <script> cell as text")
        if "<td>javascript:alert(4)</td>" not in register:
            failures.append("the CSV evidence preview lost its javascript: cell (text, never a link)")
    return report(failures, f"{len(pages)} pages scanned")


if __name__ == "__main__":
    sys.exit(main())
