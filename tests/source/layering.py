#!/usr/bin/env python3
"""No file of src/ includes a header of a higher stage: data flows one way.

    util < model < load, check < render < output < pipeline (src/*.cpp) < cli

load and check are peers: each builds on the model, neither includes the other. A new folder
of src/ must be given its rank here (and its place in docs/architecture.md)."""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
RANK = {"util": 0, "model": 1, "load": 2, "check": 2, "render": 3, "output": 4,
        "pipeline": 5, "cli": 6}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def stage(relative):
    """The stage of a path relative to src/: its first folder, or 'pipeline' at the top."""
    parts = pathlib.PurePosixPath(relative).parts
    return "pipeline" if len(parts) == 1 else parts[0]


def main():
    src = ROOT / "src"
    problems, checked = [], 0
    for path in sorted(src.rglob("*.[ch]pp")):
        own = stage(path.relative_to(src).as_posix())
        if own not in RANK:
            problems.append(f"{path.relative_to(ROOT)}: folder '{own}' has no rank in "
                            "tests/source/layering.py")
            continue
        text = path.read_text()
        for m in INCLUDE.finditer(text):
            header = m.group(1)
            if not (src / header).exists():
                continue  # a generated header (embedded_data.hpp) or a system one
            checked += 1
            other = stage(header)
            higher = RANK[other] > RANK[own]
            peer = RANK[other] == RANK[own] and other != own
            if higher or peer:
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {own}/ includes {header} "
                                f"({other}/ is {'a peer' if peer else 'a higher stage'})")
    for p in problems:
        print(p)
    print(f"{checked} includes of src/ checked")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
