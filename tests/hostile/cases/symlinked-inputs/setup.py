"""Policies and records that are symlinks: content/stolen.md and controls/stolen.yaml lead
to files outside the root (not read: they would publish a file from elsewhere),
content/alias.md leads to a policy inside the root (read, so its id is a duplicate), and
content/outside-dir is a symlinked folder (never followed)."""
import os
import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
secret = tmp / "secret"
secret.mkdir()
(secret / "secret.md").write_text("---\nid: POL-SECRET\ntitle: Secret\n---\nsecret\n")
(secret / "secret.yaml").write_text('id: "1.1"\n')
os.symlink(secret / "secret.md", root / "content/stolen.md")
os.symlink(secret / "secret.yaml", root / "controls/stolen.yaml")
os.symlink("ops.md", root / "content/alias.md")
os.symlink(secret, root / "content/outside-dir")
