#!/usr/bin/python3
"""Golden-output test of the portal: builds tests/portal/fixture and compares whole pages
byte for byte with tests/portal/expected/. Also pins the exit codes: the fixture has gaps,
so `build` exits 1 (and still writes the portal) and `build --allow-gaps` exits 0.

usage: golden.py AIMSDOC            compare
       golden.py AIMSDOC --update   rewrite tests/portal/expected/ (review the diff!)"""
import difflib
import pathlib
import sys

from portal_build import build_to_temp

HERE = pathlib.Path(__file__).resolve().parent
FIXTURE = HERE / "fixture"
EXPECTED = HERE / "expected"
GOLDEN = [
    "index.html",
    "gaps.html",
    "soa.html",
    "evidence.html",
    "clauses/4.1.html",
    "controls/A.2.2.html",
    "controls/A.2.3.html",
    "policies/POL-AI.html",
    "frameworks/ext.html",
    "evidence/EV-A.2.2-01.html",
    "evidence/EV-4.1-01.html",
    "evidence/EV-4.2-01.html",
    "handbook.html",
    "assets/search-index.js",
]


def search_shards(folder: pathlib.Path) -> list:
    """The search index's shards (named by their first key or entry): all of them."""
    return sorted(str(p.relative_to(folder)) for p in (folder / "assets").glob("search-[ke]-*.js"))


def show_diff(name: str, expected: bytes, actual: bytes) -> None:
    diff = difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(),
                                actual.decode("utf-8", "replace").splitlines(),
                                f"expected/{name}", f"built/{name}", lineterm="", n=2)
    for i, line in enumerate(diff):
        if i == 60:
            print("... (diff cut)")
            break
        print(line)


def main() -> int:
    aimsdoc = sys.argv[1]
    update = "--update" in sys.argv[2:]
    failures = 0
    tmp, site, strict = build_to_temp(aimsdoc, FIXTURE)
    with tmp:
        if strict.returncode != 1 or not (site / "index.html").is_file():
            print(f"FAIL: build of a fixture with gaps should write the portal and exit 1; "
                  f"exit {strict.returncode}\n{strict.stderr}")
            failures += 1
    tmp, site, result = build_to_temp(aimsdoc, FIXTURE, "--allow-gaps")
    with tmp:
        if result.returncode != 0:
            print(f"FAIL: build --allow-gaps exited {result.returncode}\n{result.stderr}")
            return 1
        names = GOLDEN + search_shards(site)
        for stale in sorted(set(search_shards(EXPECTED)) - set(names)):
            if update:
                (EXPECTED / stale).unlink()
            else:
                print(f"FAIL: expected/{stale} is no longer built; run golden.py AIMSDOC --update")
                failures += 1
        for name in names:
            built = (site / name).read_bytes()
            expected_path = EXPECTED / name
            if update:
                expected_path.parent.mkdir(parents=True, exist_ok=True)
                expected_path.write_bytes(built)
                continue
            if not expected_path.is_file():
                print(f"FAIL: no expected/{name}; run golden.py AIMSDOC --update")
                failures += 1
            elif expected_path.read_bytes() != built:
                print(f"FAIL: {name} differs from expected/{name}")
                show_diff(name, expected_path.read_bytes(), built)
                failures += 1
    if update:
        print(f"rewrote {len(names)} files under {EXPECTED}")
        return 0
    print(f"{len(names)} golden files compared, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
