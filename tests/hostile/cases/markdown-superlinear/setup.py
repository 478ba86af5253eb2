"""Markdown cmark-gfm 0.29 renders in superlinear time, refused by a linear pre-scan before
anything renders it, located: a table header of 5000 columns over 5000 short rows (every
row padded: 25 million cells from 30 KB), `![[]()` repeated 40000 times (minutes in
cmark-gfm), and a record's notes with a table of 200 columns. Fast: a time limit."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
policy.write_text(policy.read_text() + "\n" + "|a" * 5000 + "|\n" + "|-" * 5000 + "|\n" + "|\n" * 5000)
ops = root / "content/ops.md"
ops.write_text(ops.read_text() + "\n" + "![[]()" * 40000 + "\n")
record = root / "controls/1.1.yaml"
record.write_text(record.read_text() + "notes: |\n  " + "|x" * 200 + "|\n  " + "|-" * 200 + "|\n")
