"""Shared by the portal tests: run `aimsdoc build` into a fresh temporary folder."""
import pathlib
import subprocess
import tempfile


def build(aimsdoc: str, root: pathlib.Path, out: pathlib.Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(out), *extra],
                          capture_output=True, text=True)


def build_to_temp(aimsdoc: str, root: pathlib.Path, *extra: str):
    """Returns (TemporaryDirectory, site path, completed process); keep the first alive."""
    tmp = tempfile.TemporaryDirectory(prefix="aimsdoc-portal-")
    site = pathlib.Path(tmp.name) / "site"
    result = build(aimsdoc, root, site, *extra)
    return tmp, site, result


def html_files(site: pathlib.Path):
    return sorted(p for p in site.rglob("*.html"))


def report(problems: list, summary: str) -> int:
    """Prints each problem and a summary line; the exit code for the test."""
    for p in problems:
        print("FAIL:", p)
    print(f"{summary}, {len(problems)} problems")
    return 1 if problems else 0
