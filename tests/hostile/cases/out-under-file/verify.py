import pathlib
import sys

root = pathlib.Path(sys.argv[1])
left = sorted(str(p.relative_to(root)) for p in root.rglob("*") if ".tmp-" in p.name)
assert not left, f"temp folders left behind: {left}"
assert (root / "site.yaml").is_file()
