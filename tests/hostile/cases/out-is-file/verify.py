import pathlib
import sys

site = pathlib.Path(sys.argv[1]) / "site.yaml"
assert site.is_file() and site.read_text().startswith("organization: Fixture Ltd"), "site.yaml changed"
