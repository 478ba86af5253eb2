#!/usr/bin/python3
"""Every internal link of a built portal resolves: builds the AIMS at ROOT, parses every page
with Python's HTML parser and checks each href/src that is not an external address: the
file exists inside the site and, for "#fragment" links, the target page has that id. Also
fails on root-absolute links (they break under file://), on javascript: URLs and on an id
given twice in a page (a fragment link would land on the first, whichever it meant).

usage: check_links.py AIMSDOC ROOT [build args...]"""
import html.parser
import pathlib
import sys
import urllib.parse

from portal_build import build_to_temp, html_files, report

EXTERNAL = ("http://", "https://", "mailto:", "ftp://")


class PageScan(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (attribute value, line)
        self.ids = set()
        self.repeated = []  # (id, line)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                if value in self.ids:
                    self.repeated.append((value, self.getpos()[0]))
                self.ids.add(value)
            if tag == "a" and name == "name" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.links.append((value, self.getpos()[0]))


def scan(path: pathlib.Path) -> PageScan:
    page = PageScan()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def check_site(site: pathlib.Path) -> list:
    pages = {p: scan(p) for p in html_files(site)}
    problems = []
    checked = 0
    for page, parsed in pages.items():
        rel = page.relative_to(site)
        for value, line in parsed.repeated:
            problems.append(f"{rel}:{line}: id {value!r} is given twice")
        for value, line in parsed.links:
            where = f"{rel}:{line}: {value!r}"
            low = value.strip().lower()
            if low.startswith("javascript:") or low.startswith("vbscript:"):
                problems.append(f"{where}: script URL")
                continue
            if low.startswith(EXTERNAL) or low.startswith("data:") or value == "":
                continue
            if value.startswith("/"):
                problems.append(f"{where}: root-absolute link breaks under file://")
                continue
            parts = urllib.parse.urlsplit(value)
            target = page if parts.path == "" else (page.parent / urllib.parse.unquote(parts.path)).resolve()
            checked += 1
            if site.resolve() not in target.parents and target != site.resolve():
                problems.append(f"{where}: leaves the site")
            elif not target.is_file():
                problems.append(f"{where}: no such file")
            elif parts.fragment:
                ids = pages[target].ids if target in pages else None
                if ids is None and target.suffix == ".html":
                    ids = scan(target).ids
                if ids is not None and urllib.parse.unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: no element with id '{parts.fragment}'")
    if checked == 0:
        problems.append("no internal links found at all")
    return problems, checked, len(pages)


def main() -> int:
    aimsdoc, root, *extra = sys.argv[1:]
    tmp, site, result = build_to_temp(aimsdoc, pathlib.Path(root), *extra)
    with tmp:
        if not (site / "index.html").is_file():
            print(result.stderr)
            print("FAIL: the build wrote no portal")
            return 1
        problems, checked, pages = check_site(site.resolve())
        return report(problems, f"{checked} internal links on {pages} pages checked")


if __name__ == "__main__":
    sys.exit(main())
