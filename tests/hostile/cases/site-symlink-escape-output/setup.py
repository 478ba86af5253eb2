import os
import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
elsewhere = tmp / "elsewhere"
elsewhere.mkdir()
os.symlink(elsewhere, root / "link")
site = root / "site.yaml"
site.write_text(site.read_text() + "output: link/site\n")
