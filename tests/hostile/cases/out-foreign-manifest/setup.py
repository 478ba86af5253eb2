import pathlib
import sys

public = pathlib.Path(sys.argv[2]) / "public"
public.mkdir()
(public / "manifest.json").write_text('{"name": "Shop", "start_url": "/", "display": "standalone"}\n')
(public / "index.html").write_text("<!doctype html><title>Shop</title>\n")
