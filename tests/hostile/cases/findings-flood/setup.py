"""A policy of 50000 reference definitions, each a broken link: 200 findings and one
summary, not 50000 lines (or gigabytes of messages)."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
policy.write_text(policy.read_text() + "\n" + "".join(f"[r{i}]: gone{i}.md\n" for i in range(50000)))
