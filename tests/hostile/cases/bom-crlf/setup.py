"""Every text file of the tree gets a UTF-8 BOM and CRLF line ends, except content/ops.md
which gets lone CRs (old Mac): all are accepted and the check is clean."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
for path in sorted(root.rglob("*")):
    if path.suffix in (".yaml", ".md") and path.is_file():
        text = path.read_bytes()
        ending = b"\r" if path.name == "ops.md" else b"\r\n"
        path.write_bytes(b"\xef\xbb\xbf" + text.replace(b"\n", ending))
