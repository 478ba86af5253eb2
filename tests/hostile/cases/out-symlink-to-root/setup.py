import os
import pathlib
import sys

os.symlink(sys.argv[1], pathlib.Path(sys.argv[2]) / "link")
