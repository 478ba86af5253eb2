"""100000 '[' in a record, 100000 '{a: ' in front matter and 1000 nested block lists in
another record: each a located error, fast, with no stack overflow."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
(root / "controls/1.1.yaml").write_text("[" * 100000)
policy = root / "content/policy.md"
policy.write_text("---\nid: POL-1\ncovers: " + "{a: " * 100000 + "\n---\n")
(root / "controls/A.1.1.yaml").write_text(
    "id: A.1.1\nnotes:\n" + "".join("  " * i + "-\n" for i in range(1, 1000)))
