"""A policy title of 100000 characters that each escape to an entity (`&<>"'`), which every
page listing the policy would repeat: an error, and the title is cut at 300 characters."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
text = re.sub(r"^title: .*$", "title: '" + "&<>\"" * 25000 + "'", policy.read_text(), count=1, flags=re.M)
policy.write_text(text)
