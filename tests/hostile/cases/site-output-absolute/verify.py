import pathlib
import sys

root = pathlib.Path(sys.argv[1])
assert (root / "_site/manifest.json").is_file(), "the portal should go to _site"
