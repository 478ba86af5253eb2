"""A 1 KB template that nests 30 sections over the two owners: 2^30 iterations, which
would run for hours. `build` stops at the rendering budget with a located
theme.template error (exit 2), and the previous portal is left as it was."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
templates = root / "expo/templates"
templates.mkdir(parents=True)
inner = "{{#owners}}" * 30 + "x" + "{{/owners}}" * 30
(templates / "owners.mustache").write_text("<main>" + inner + "</main>\n")
site = root / "site.yaml"
site.write_text(site.read_text() + "theme: expo\n")
