#!/usr/bin/python3
"""Output grows at most linearly with input, counted, not timed: one policy of the hostile
kinds class 4 of issue 21 names (a long title of characters that escape to entities, a
wide table of many rows, a flood of broken reference links, image brackets) is built at
sizes k = 1, 2, 4, 8. Bytes written (the manifest's sizes), table cells in its page and
findings printed must each grow no faster than the input bytes (within 15%), and the
findings stop at the per-file limit.

usage: linear_growth.py AIMSDOC"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

BASE = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "_base"
SIZES = (1, 2, 4, 8)


def make(root: pathlib.Path, k: int) -> int:
    shutil.copytree(BASE, root)
    policy = root / "content/policy.md"
    text = policy.read_text()
    text = text.replace("title: Management", "title: " + "&<>\"'" * 100 * k, 1)
    body = "\n| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n"
    body += "| <x> | & | \" | ' | 1 | 2 | 3 | 4 |\n" * (500 * k)
    body += "\n" + "".join(f"[ref{i}]: missing{i}.md\n" for i in range(300 * k))
    body += "\n" + "![[]()" * (20 * k) + "\n"
    policy.write_text(text + body)
    return len(text + body)


def measure(aimsdoc: str, tmp: pathlib.Path, k: int) -> dict:
    root, site = tmp / f"aims{k}", tmp / f"site{k}"
    size = make(root, k)
    run = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(site), "--allow-gaps"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    files = json.loads((site / "manifest.json").read_text())["files"]
    page = max((p.read_text() for p in site.glob("policies/*.html")), key=len)
    return {"input": size, "bytes": sum(f["size"] for f in files), "cells": page.count("<td"),
            "findings": run.stderr.count(": error: ") + run.stderr.count(": warning: ")}


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory(prefix="aimsdoc-linear-") as t:
        rows = {k: measure(aimsdoc, pathlib.Path(t), k) for k in SIZES}
    for k in SIZES:
        print(k, rows[k])
    first, last = rows[SIZES[0]], rows[SIZES[-1]]
    growth = last["input"] / first["input"]
    for name in ("bytes", "cells"):
        if last[name] > first[name] * growth * 1.15:
            failures.append(f"{name} grew {last[name] / first[name]:.2f}x for input {growth:.2f}x")
    if first["cells"] < 500 * 8:
        failures.append("the table was not rendered")
    if last["findings"] > 200 + 10:
        failures.append(f"{last['findings']} findings printed; the limit per file is 200 and a summary")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
