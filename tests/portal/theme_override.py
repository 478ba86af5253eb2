#!/usr/bin/python3
"""A user theme overrides single files: with `theme: my-theme` in site.yaml, a template or
asset in my-theme/ replaces the default's, everything else falls back to the embedded
default theme. A missing theme folder or a template that does not parse stops the build
with an error naming the problem, and leaves no portal.

usage: theme_override.py AIMSDOC"""
import pathlib
import shutil
import sys
import tempfile

from portal_build import build, report

HERE = pathlib.Path(__file__).resolve().parent
MARKER = "USER-THEME-EVIDENCE-PAGE"
SIDEBAR = "USER-THEME-SIDEBAR"


def make_root(tmp: pathlib.Path, theme: str) -> pathlib.Path:
    root = tmp / "aims"
    shutil.copytree(HERE / "fixture", root)
    site = root / "site.yaml"
    site.write_text(site.read_text() + f"theme: {theme}\n")
    return root


def expect(condition: bool, message: str, failures: list) -> None:
    if not condition:
        failures.append(message)


def override_case(aimsdoc: str, tmp: pathlib.Path, failures: list) -> None:
    root = make_root(tmp / "ok", "my-theme")
    (root / "my-theme/templates").mkdir(parents=True)
    (root / "my-theme/assets/img").mkdir(parents=True)
    (root / "my-theme/templates/evidence.mustache").write_text(
        f"<p>{MARKER}</p>{{{{#rows}}}}<p>{{{{id}}}}</p>{{{{/rows}}}}\n")
    # The sidebar is rendered once per folder and section: every page, at any depth, must
    # still get its own (relative links from its folder, its section marked current).
    (root / "my-theme/templates/sidebar.mustache").write_text(
        f"<nav class='user-side'>{SIDEBAR}{{{{#nav}}}}<a href='{{{{href}}}}'{{{{#current}}}} class='here'{{{{/current}}}}>"
        "{{title}}</a>{{/nav}}</nav>\n")
    (root / "my-theme/assets/portal.css").write_text("/* user css */\n")
    (root / "my-theme/assets/img/logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>\n")
    site = tmp / "ok-site"
    result = build(aimsdoc, root, site, "--allow-gaps")
    expect(result.returncode == 0, f"build with a user theme exited {result.returncode}: {result.stderr}", failures)
    if not (site / "index.html").is_file():
        failures.append("no portal written")
        return
    evidence = (site / "evidence.html").read_text()
    expect(MARKER in evidence and "EV-A.2.2-01" in evidence, "evidence.html does not use the user's template", failures)
    expect('class="skip-link"' in evidence, "the user's page template is not wrapped in the default layout", failures)
    expect(SIDEBAR in evidence and 'class="sidebar"' not in evidence, "the user's sidebar does not replace the default's", failures)
    policy = next((site / "policies").glob("*.html")).read_text()
    expect("<a href='../policies.html' class='here'>Policies</a>" in policy,
           "a policy page's sidebar does not link from its own folder or mark its section", failures)
    expect("<a href='evidence.html' class='here'>Evidence register</a>" in evidence,
           "evidence.html's sidebar does not link from the root or mark its section", failures)
    expect("Requirements with open gaps" in (site / "index.html").read_text(), "index.html lost the default dashboard template", failures)
    expect((site / "assets/portal.css").read_text() == "/* user css */\n", "portal.css is not the user's", failures)
    expect("AIMSDOC_SEARCH_MANIFEST" in (site / "assets/portal.js").read_text(), "portal.js is not the default's", failures)
    expect((site / "assets/img/logo.svg").is_file(), "the user's extra asset was not copied", failures)


def error_case(aimsdoc: str, tmp: pathlib.Path, name: str, theme: str, setup, words: list, failures: list) -> None:
    root = make_root(tmp / name, theme)
    setup(root)
    site = tmp / f"{name}-site"
    result = build(aimsdoc, root, site, "--allow-gaps")
    expect(result.returncode == 2, f"{name}: expected exit 2, got {result.returncode}", failures)
    expect(not site.exists(), f"{name}: a portal was written despite the theme error", failures)
    for word in words:
        expect(word in result.stderr, f"{name}: stderr lacks {word!r}:\n{result.stderr}", failures)


def broken_template(root: pathlib.Path) -> None:
    (root / "my-theme/templates").mkdir(parents=True)
    (root / "my-theme/templates/policy.mustache").write_text("{{#covers}} unclosed\n")


def main() -> int:
    aimsdoc = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory(prefix="aimsdoc-theme-") as t:
        tmp = pathlib.Path(t)
        override_case(aimsdoc, tmp, failures)
        error_case(aimsdoc, tmp, "missing", "no-such-theme", lambda root: None,
                   ["theme.path", "no-such-theme"], failures)
        error_case(aimsdoc, tmp, "broken", "my-theme", broken_template,
                   ["theme.template", "my-theme/templates/policy.mustache"], failures)
        error_case(aimsdoc, tmp, "escaping", "../outside", lambda root: None,
                   ["theme.path"], failures)
    return report(failures, "theme override: 4 cases")


if __name__ == "__main__":
    sys.exit(main())
