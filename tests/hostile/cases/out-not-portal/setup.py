import pathlib
import sys

docs = pathlib.Path(sys.argv[2]) / "documents"
docs.mkdir()
(docs / "thesis.txt").write_text("years of work\n")
