"""A FIFO and a folder named like policies and records, and a catalog that is a FIFO:
none is opened (each would block or fail a reader); the catalog is refused."""
import os
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
os.mkfifo(root / "content/pipe.md")
(root / "controls/folder.yaml").mkdir()
(root / "catalog.yaml").unlink()
os.mkfifo(root / "catalog.yaml")
