import pathlib
import sys

docs = pathlib.Path(sys.argv[2]) / "documents"
names = sorted(p.name for p in docs.iterdir())
assert names == ["thesis.txt"], names
assert (docs / "thesis.txt").read_text() == "years of work\n"
# Nor is anything written beside it: no build state, no cache, no policy records.
beside = sorted(p.name for p in docs.parent.iterdir() if p.name.startswith(".documents"))
assert beside == [], beside
