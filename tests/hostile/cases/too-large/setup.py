"""A record one byte over the 16 MiB input limit (refused unread), and a policy just under
it (read, and its 1 MiB-per-line body scanned for links in bounded time)."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
limit = 16 * 1024 * 1024
record = root / "controls/1.1.yaml"
head = record.read_bytes() + b"notes: |\n"
line = b"  " + b"x" * 1022 + b"\n"
body = head + line * ((limit - len(head)) // len(line) + 1)
record.write_bytes(body[:limit + 1])
policy = root / "content/ops.md"
text = policy.read_bytes()
filler = (b"[a](b " * 174762)[:1048575] + b"\n"
policy.write_bytes(text + filler * ((limit - len(text)) // len(filler)))
