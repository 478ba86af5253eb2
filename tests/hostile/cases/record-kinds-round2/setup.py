"""Issue 21's classes on the record kinds added after it: objectives whose ids differ only
in case, titles past 300 characters, a FIFO among the objectives (reported, not skipped),
superlinear Markdown in a management review's decisions."""
import os
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
objectives = root / "objectives"
objectives.mkdir()
OBJECTIVE = """id: {id}
title: {title}
owner: alice
measure: Share of decisions reviewed
target: ">= 0.80"
due: 2026-12-31
status: open
"""
(objectives / "a.yaml").write_text(OBJECTIVE.format(id="OBJ-01", title="Fair decisions"))
(objectives / "b.yaml").write_text(OBJECTIVE.format(id="obj-01", title="Fair decisions again"))
(objectives / "c.yaml").write_text(OBJECTIVE.format(id="OBJ-02", title="x" * 400))
os.mkfifo(objectives / "d.yaml")

# A management review whose decisions hold a table wider than cmark-gfm renders linearly,
# and an action title past the limit.
(root / "reviews").mkdir()
wide = "|" + "c|" * 101
(root / "reviews" / "mr.yaml").write_text(f"""id: MR-2026-06
date: 2026-06-18
attendees: [alice, bob]
decisions: |
  Kept as it is.

  {wide}
  {"|" + "-|" * 101}
actions:
  - id: MR-26-06-01
    title: {"y" * 301}
    owner: alice
    due: 2026-10-31
""")
