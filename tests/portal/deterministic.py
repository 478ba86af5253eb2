#!/usr/bin/python3
"""Two builds of the same input are byte-identical: builds ROOT twice into different
folders and compares every file (pages, assets, search index, evidence, manifest).

usage: deterministic.py AIMSDOC ROOT [build args...]"""
import pathlib
import sys

from portal_build import build_to_temp, report


def tree(site: pathlib.Path) -> dict:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def main() -> int:
    aimsdoc, root, *extra = sys.argv[1:]
    first_tmp, first, r1 = build_to_temp(aimsdoc, pathlib.Path(root), *extra)
    second_tmp, second, r2 = build_to_temp(aimsdoc, pathlib.Path(root), *extra)
    with first_tmp, second_tmp:
        a, b = tree(first), tree(second)
        problems = []
        if len(a) < 10:
            problems.append(f"only {len(a)} files built; exit {r1.returncode}: {r1.stderr}")
        if r1.returncode != r2.returncode:
            problems.append(f"exit codes differ: {r1.returncode} vs {r2.returncode}")
        problems += [f"only in one build: {n}" for n in sorted(set(a) ^ set(b))]
        problems += [f"differs: {n}" for n in sorted(set(a) & set(b)) if a[n] != b[n]]
        return report(problems, f"{len(a)} files compared")


if __name__ == "__main__":
    sys.exit(main())
