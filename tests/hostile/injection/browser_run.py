#!/usr/bin/python3
"""Builds the hostile AIMS and runs browser.test.js over the portal in Chromium. Uses the
playwright-core of tests/browser (installed there by `npm ci` on first use); fails, not
skips, without node or chromium.

usage: browser_run.py AIMSDOC"""
import os
import pathlib
import subprocess
import sys
import tempfile

import hostile_aims as h

HERE = pathlib.Path(__file__).resolve().parent
BROWSER = HERE.parent.parent / "browser"


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    if not (BROWSER / "node_modules/playwright-core").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BROWSER, check=True,
                       stdout=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="aimsdoc-inj-") as tmp:
        site = h.build(aimsdoc, pathlib.Path(tmp))
        if not site:
            return 1
        env = dict(os.environ, NODE_PATH=str(BROWSER / "node_modules"))
        return subprocess.run(["node", str(HERE / "browser.test.js"), str(site)], env=env,
                              timeout=600).returncode


if __name__ == "__main__":
    sys.exit(main())
