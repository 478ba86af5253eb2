import pathlib
import sys

(pathlib.Path(sys.argv[1]) / "controls/x.yaml").write_bytes(b",-29\n...>\n")
