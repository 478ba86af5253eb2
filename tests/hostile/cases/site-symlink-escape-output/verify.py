import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
assert not (tmp / "elsewhere/site").exists(), "wrote outside the root"
assert (root / "_site/manifest.json").is_file()
