"""C1 controls and Unicode noncharacters, written as UTF-8 and as YAML escapes: U+009B
(CSI, a terminal escape on its own) in a policy title, U+0085 (NEL, a line break to some
tools) in a record, U+FFFE in an evidence title and U+FFFF, U+FDD0 and U+10FFFF as YAML
escapes. Each is refused with a located error, like a C0 control, so none reaches a
terminal, a page or the workbook's XML."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
policy.write_text(policy.read_text().replace("title: Management", "title: \u009b2JManagement"))
record = root / "controls/1.1.yaml"
record.write_text(record.read_text().replace("alice", "ali\u0085ce"))
record = root / "controls/A.1.1.yaml"
record.write_text(record.read_text().replace("title: Evidence for A.1.1", "title: Evidence\ufffe"))
record = root / "controls/A.1.2.yaml"
text = record.read_text()
text = text.replace("justification: Needed for our models.",
                    'justification: "Needed\\uFFFF \\uFDD0 \\U0010FFFF \\x85 \\u009B"')
record.write_text(text)
