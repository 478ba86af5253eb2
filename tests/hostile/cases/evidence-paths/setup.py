"""Symlinks and a FIFO, made here rather than stored in git: evidence/passwd -> a file
outside the root, evidence/etc -> a folder outside it, a loop, a dangling link, a FIFO,
and evidence/inside -> a file inside the root (accepted)."""
import os
import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
outside = tmp / "outside"
outside.mkdir()
(outside / "hostname").write_text("secret\n")
(tmp / "outside.txt").write_text("secret\n")
ev = root / "evidence"
os.symlink(tmp / "outside.txt", ev / "passwd")
os.symlink(outside, ev / "etc")
os.symlink("loop", ev / "loop")
os.symlink("no-such-file", ev / "dangling")
os.symlink("1.2.txt", ev / "inside")
os.mkfifo(ev / "fifo")
