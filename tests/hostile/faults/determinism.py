#!/usr/bin/python3
"""Two builds of the same input are byte-identical (`diff -r` finds nothing), whatever
varies around them: the locale (LC_ALL=C and C.UTF-8), the time zone, the number of
worker threads, the order the input files were created in (so the order the file system
lists them in), and the folder the input sits in.

The input is the example AIMS (site.yaml, content/, controls/, evidence/, mappings/ of
the repository), copied twice: once in sorted order, once in reverse.

usage: determinism.py AIMSDOC SOURCE_DIR"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from common import build, fail

INPUTS = ["site.yaml", "content", "controls", "evidence", "mappings"]


def copy_in_order(source: pathlib.Path, dest: pathlib.Path, reverse: bool) -> None:
    files = []
    for name in INPUTS:
        top = source / name
        files += [top] if top.is_file() else [p for p in top.rglob("*") if p.is_file()]
    for path in sorted(files, reverse=reverse):
        target = dest / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


VARIANTS = [
    ("sorted", {"LC_ALL": "C", "TZ": "UTC", "AIMSDOC_JOBS": "1"}),
    ("reversed", {"LC_ALL": "C.UTF-8", "TZ": "Pacific/Kiritimati", "AIMSDOC_JOBS": "8"}),
]


def main() -> int:
    aimsdoc, source = os.path.abspath(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="aimsdoc-det-") as scratch:
        tmp = pathlib.Path(scratch)
        outs = []
        for order, env_changes in VARIANTS:
            root = tmp / f"input-{order}" / "aims"
            copy_in_order(source, root, reverse=order == "reversed")
            out = tmp / f"site-{order}"
            result = build(aimsdoc, root, out, "--allow-gaps", env=dict(os.environ, **env_changes))
            if result.returncode != 0 or not (out / "manifest.json").is_file():
                fail(f"build ({order}) failed, exit {result.returncode}:\n{result.stderr}")
            outs.append(out)
        count = sum(1 for p in outs[0].rglob("*") if p.is_file())
        if count < 50 or not (outs[0] / "soa.xlsx").is_file():
            fail(f"the portal has only {count} files or no soa.xlsx; nothing real was compared")
        diff = subprocess.run(["diff", "-r", str(outs[0]), str(outs[1])], capture_output=True,
                              text=True, errors="replace")
        if diff.returncode != 0:
            fail(f"the two builds differ:\n{diff.stdout[:4000]}{diff.stderr}")
        print(f"{count} files identical across locale, time zone, threads and file order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
