"""The outside file is neither copied nor listed; the two inside are."""
import json
import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
site = tmp / "site"
manifest = json.loads((site / "manifest.json").read_text())
sources = sorted(a["source"] for a in manifest["assets"])
assert sources == ["content/img/alias.png", "content/img/real.png"], sources
assert not (site / "files" / "content" / "img" / "stolen.png").exists()
assert (site / "files" / "content" / "img" / "alias.png").read_bytes() == b"\x89PNG\r\n\x1a\n"
assert "not for the portal" not in "".join(
    p.read_text(errors="replace") for p in site.rglob("*") if p.is_file())
