"""site.yaml and mappings problems that used to pass `check` and fail `build`, or vanish:
a missing theme folder, the same framework catalog listed twice, a catalog url and a
crosswalk source url that are `javascript:` and `data:`, and an evidence file inside the
output folder. Each is a finding located at its line."""
import pathlib
import shutil
import sys

root = pathlib.Path(sys.argv[1])
fw = (root / "catalog.yaml").read_text()
fw = fw.replace("id: mini", "id: other\n  url: \"javascript:alert(1)\"", 1)
(root / "mappings").mkdir()
(root / "mappings/other.yaml").write_text(fw)
(root / "mappings/crosswalk.yaml").write_text("""crosswalk:
  from: mini
  to: other
sources:
  s1:
    title: A source
    url: "data:text/html,<script>alert(1)</script>"
mappings:
  - from: "1.1"
    to: "1.1"
    relation: equivalent
    source: s1
""")
(root / "_site").mkdir()
shutil.copyfile(root / "evidence/1.1.txt", root / "_site/1.1.txt")
record = root / "controls/1.1.yaml"
record.write_text(record.read_text().replace("file: evidence/1.1.txt", "file: _site/1.1.txt"))
site = root / "site.yaml"
site.write_text(site.read_text() + """theme: no-such-theme
frameworks:
  - mappings/other.yaml
  - mappings/./other.yaml
crosswalks:
  - mappings/crosswalk.yaml
""")
