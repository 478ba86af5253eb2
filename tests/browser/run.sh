#!/bin/sh
# Runs the portal's browser test: installs playwright-core from package-lock.json on first
# use (node_modules is not committed), then drives /usr/bin/chromium.
# usage: tests/browser/run.sh AIMSDOC AIMS_ROOT [TEST_SCRIPT (default portal.test.js)]
set -e
aimsdoc=$(realpath "$1")
root=$(realpath "$2")
cd "$(dirname "$0")"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund >&2
fi
exec node "${3:-portal.test.js}" "$aimsdoc" "$root"
