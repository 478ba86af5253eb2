"""`outside` is a symlink inside the root to a folder outside it, holding a catalog, a
framework, a crosswalk, a theme and an output folder."""
import os
import pathlib
import shutil
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
elsewhere = tmp / "elsewhere"
(elsewhere / "theme/templates").mkdir(parents=True)
(elsewhere / "site").mkdir()
for name in ("catalog.yaml", "framework.yaml", "crosswalk.yaml"):
    shutil.copyfile(root / "catalog.yaml", elsewhere / name)
os.symlink(elsewhere, root / "outside")
