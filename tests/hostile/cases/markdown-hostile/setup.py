"""A policy body built to make a naive link scanner quadratic: 1 MB lines of unclosed
'](', of '](<' with one '>' at the end, of '(((' nesting, of backtick runs that never
close, and 100000 links. Checked in bounded time; the 100000 good links resolve."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
body = policy.read_text() + "\n"
body += "](x" * 350000 + "\n"
body += "](<" * 350000 + ">\n"
body += "[a](" + "(" * 1000000 + "\n"
body += " ".join("`" * k for k in range(1400, 0, -1)) + "\n"
body += "[ok](ops.md)\n" * 100000
policy.write_text(body)
