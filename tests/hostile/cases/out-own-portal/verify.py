import json
import pathlib
import sys

site = pathlib.Path(sys.argv[2]) / "site"
assert not (site / "stale.html").exists()
assert json.loads((site / "manifest.json").read_text())["generator"].startswith("aimsdoc ")
