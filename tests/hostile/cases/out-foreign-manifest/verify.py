import pathlib
import sys

public = pathlib.Path(sys.argv[2]) / "public"
assert sorted(p.name for p in public.iterdir()) == ["index.html", "manifest.json"]
assert (public / "manifest.json").read_text().startswith('{"name": "Shop"')
