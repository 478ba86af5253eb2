import pathlib
import sys

site = pathlib.Path(sys.argv[2]) / "site"
site.mkdir()
(site / "manifest.json").write_text('{\n  "generator": "aimsdoc 0.0.1",\n  "files": []\n}\n')
(site / "stale.html").write_text("old\n")
