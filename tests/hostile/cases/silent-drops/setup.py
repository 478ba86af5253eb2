"""Nothing under content/ or controls/ vanishes without a word: a socket, a symlink loop,
a dangling symlink, a symlink to a device and a FIFO each get a located finding."""
import os
import pathlib
import socket
import sys

root = pathlib.Path(sys.argv[1])
sock = socket.socket(socket.AF_UNIX)
os.chdir(root / "content")
sock.bind("socket.md")
sock.close()
os.symlink("loop-b.md", root / "content/loop-a.md")
os.symlink("loop-a.md", root / "content/loop-b.md")
os.symlink("gone.yaml", root / "controls/dangling.yaml")
os.symlink("/dev/zero", root / "controls/device.yaml")
os.mkfifo(root / "controls/pipe.yaml")
