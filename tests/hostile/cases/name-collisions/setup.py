"""Names that differ only in case or Unicode normalization, which collide on macOS,
Windows and in zip files: policy ids POL-2 and pol-2, evidence ids EV-A.1.1 and
ev-a.1.1, evidence files Report.txt and report.txt, caf\u00e9.txt (NFC) and
cafe\u0301.txt (NFD), STRASSE.txt and stra\u00dfe.txt (full case folding); and an
evidence file whose name holds a backslash. All caught by check, located."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
ops = root / "content/ops.md"
(root / "content/ops-copy.md").write_text(ops.read_text().replace("id: POL-2", "id: pol-2"))
names = ["Report.txt", "report.txt", "caf\u00e9.txt", "cafe\u0301.txt", "STRASSE.txt",
         "stra\u00dfe.txt", "back\\slash.txt"]
items = ""
for i, name in enumerate(names):
    (root / "evidence" / name).write_text(f"evidence {i}\n")
    items += (f"  - id: EV-N{i}\n    title: Named {i}\n    file: \"evidence/{name.replace(chr(92), chr(92) * 2)}\"\n"
              f"    collected: 2026-03-01\n")
items += ("  - id: ev-a.1.1\n    title: Case twin\n    file: evidence/A.1.1.txt\n"
          "    collected: 2026-03-01\n")
record = root / "controls/A.1.1.yaml"
record.write_text(record.read_text() + items)
