import pathlib
import sys

docs = pathlib.Path(sys.argv[2]) / "documents"
names = sorted(p.name for p in docs.iterdir())
assert names == ["thesis.txt"], names
assert (docs / "thesis.txt").read_text() == "years of work\n"
