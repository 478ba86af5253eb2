"""Billion laughs: ten lists of ten aliases, 30 levels deep (10^30 nodes if expanded), in a
record; in front matter, one 1000-byte string aliased 5000 times (5 MB from 20 KB)."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
lines = ['id: "1.1"', 'l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 30)]
lines += ["policies: *l29", ""]
(root / "controls/1.1.yaml").write_text("\n".join(lines))
policy = root / "content/policy.md"
big = "x" * 1000
policy.write_text(f"---\nid: POL-1\ntitle: &t {big}\ncovers: [" + ", ".join(["*t"] * 5000)
                  + "]\n---\n# Body\n")
