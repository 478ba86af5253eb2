"""A policy, a record, an evidence file and a folder of policies nobody may read (mode 0).
The case runs as user nobody when the tests run as root, since root reads anything."""
import os
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
(root / "content/private").mkdir()
(root / "content/private/hidden.md").write_text("---\nid: POL-HIDDEN\n---\n")
for rel in ("content/policy.md", "controls/1.2.yaml", "evidence/A.1.1.txt", "content/private"):
    os.chmod(root / rel, 0)
