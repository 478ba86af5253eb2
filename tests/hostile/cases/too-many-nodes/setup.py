"""A record whose 'policies' list has 300000 items (2 MB): more YAML values than the
250000 any hand-written file needs, refused before yaml-cpp builds its (1 KB each) nodes."""
import pathlib
import sys

record = pathlib.Path(sys.argv[1]) / "controls/A.1.1.yaml"
record.write_text(record.read_text() + "policies:\n" + "  - POL-2\n" * 300000)
