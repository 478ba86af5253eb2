#!/usr/bin/env bash
# The benchmark corpus is valid input: bench/gen-corpus 100 produces an AIMS that
# `aimsdoc check` passes with no findings, and generating it twice gives the same bytes.
set -euo pipefail
aimsdoc=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$src/bench/gen-corpus" 100 "$tmp/a" >/dev/null
/usr/bin/python3 "$src/bench/gen-corpus" 100 "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "FAIL: gen-corpus is not deterministic"; exit 1; }
out=$("$aimsdoc" check --root "$tmp/a")
echo "$out" | tail -1
echo "$out" | grep -q "^38/38 controls conformant; 32/32 clauses conformant (certification); 0 errors, 0 warnings$" \
  || { echo "FAIL: the N=100 corpus does not check clean"; echo "$out" | head; exit 1; }
test "$(find "$tmp/a/content" -name '*.md' | wc -l)" -eq 100 || { echo "FAIL: not 100 policies"; exit 1; }
