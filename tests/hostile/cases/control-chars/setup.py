"""A NUL byte in a record, and an ANSI escape sequence (ESC [ 2 J clears a terminal) in a
policy title: both refused, so no control character reaches a terminal, a page or a cell."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
record = root / "controls/1.1.yaml"
record.write_bytes(record.read_bytes().replace(b"alice", b"ali\x00ce"))
policy = root / "content/policy.md"
policy.write_bytes(policy.read_bytes().replace(b"title: Management", b"title: \x1b[2JManagement"))
