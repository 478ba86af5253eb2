"""A user theme whose template nests 50000 sections (kainjow's parser would grow memory
quadratically until the kernel kills the build): `check` reports it at the template's
line, and `build` stops before compiling it (exit 2)."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
templates = root / "deep/templates"
templates.mkdir(parents=True)
(templates / "policy.mustache").write_text("<main>\n" + "{{#title}}" * 50000 + "\n")
site = root / "site.yaml"
site.write_text(site.read_text() + "theme: deep\n")
