"""site.yaml is a FIFO: opening it for reading would block forever."""
import os
import pathlib
import sys

site = pathlib.Path(sys.argv[1]) / "site.yaml"
site.unlink()
os.mkfifo(site)
