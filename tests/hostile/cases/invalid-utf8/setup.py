"""Bytes that are not UTF-8: a Latin-1 byte in a policy title, an overlong '/' in a record,
a UTF-16 file (what some Windows editors save), a CESU surrogate in another record."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
policy = root / "content/policy.md"
policy.write_bytes(policy.read_bytes().replace(b"title: Management Policy",
                                               b"title: Management Policy for Z\xfcrich"))
record = root / "controls/1.1.yaml"
record.write_bytes(record.read_bytes().replace(b"evidence/1.1.txt", b"evidence\xc0\xaf1.1.txt"))
ops = root / "content/ops.md"
ops.write_bytes(b"\xff\xfe" + ops.read_text().encode("utf-16-le"))
other = root / "controls/A.1.1.yaml"
other.write_bytes(other.read_bytes().replace(b"Needed", b"Needed \xed\xa0\x80"))
