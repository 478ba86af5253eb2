"""Images beside the policy: img/stolen.png leads outside the root, img/alias.png to an
image inside it, img/real.png is a file."""
import os
import pathlib
import sys

root, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
secret = tmp / "secret"
secret.mkdir()
(secret / "passwd.png").write_bytes(b"not for the portal")
img = root / "content" / "img"
img.mkdir()
(img / "real.png").write_bytes(b"\x89PNG\r\n\x1a\n")
os.symlink(secret / "passwd.png", img / "stolen.png")
os.symlink("real.png", img / "alias.png")
with (root / "content" / "policy.md").open("a") as policy:
    policy.write("\n![Real](img/real.png) ![Alias](img/alias.png) ![Stolen](img/stolen.png)\n"
                 "![](img/real.png) [up and out](../../outside.png) [gone](img/gone.pdf)\n")
