"""File names and values holding newlines, carriage returns, tabs, ESC and a bidi override
that, echoed raw, would split one finding into several lines and forge a well-formed
`path:line:col: error:` line for a CI problem matcher. Every finding stays one line."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
forged = "x\nsite.yaml:1:1: error: all is well [forged]\r\u202e.md"
(root / "content" / forged).write_text("no front matter\n")
record = root / "controls/1.2.yaml"
record.write_text(record.read_text().replace(
    "file: evidence/1.2.txt",
    'file: "evidence/missing\\ncontrols/1.2.yaml:1:1: error: forged [x]\\t.txt"'))
