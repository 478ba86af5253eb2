#!/usr/bin/env bash
# The benchmark corpus is valid input: bench/gen-corpus 100 produces an AIMS, with every
# record kind the formats know, that `aimsdoc check` passes with no findings, and
# generating it twice gives the same bytes; a corpus with one kind scaled by --scale
# (bench/kinds) holds that many more records and checks clean too.
set -euo pipefail
aimsdoc=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 "$src/bench/gen-corpus" 100 "$tmp/a" >/dev/null
/usr/bin/python3 "$src/bench/gen-corpus" 100 "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b" >/dev/null || { echo "FAIL: gen-corpus is not deterministic"; exit 1; }
clean() {  # clean ROOT SUMMARY-OF-RECORDS
  local out
  out=$("$aimsdoc" check --root "$1")
  echo "$out" | tail -1
  echo "$out" | grep -qx "38/38 controls conformant; 32/32 clauses conformant (certification); $2; 0 errors, 0 warnings" \
    || { echo "FAIL: the corpus $1 does not check clean"; echo "$out" | head; exit 1; }
}
clean "$tmp/a" "1/1 AI systems assessed, 3/3 risks treated, 4/4 objectives on track"
test "$(find "$tmp/a/content" -name '*.md' | wc -l)" -eq 100 || { echo "FAIL: not 100 policies"; exit 1; }
for kind in systems risks assessments audits reviews objectives; do
  ls "$tmp/a/$kind"/*.yaml >/dev/null || { echo "FAIL: no $kind records"; exit 1; }
done
grep -q '^  - id: NC-' "$tmp/a"/audits/*.yaml || { echo "FAIL: no audit findings"; exit 1; }
/usr/bin/python3 "$src/bench/gen-corpus" --scale risks=10 100 "$tmp/c" >/dev/null
test "$(find "$tmp/c/risks" -name '*.yaml' | wc -l)" -eq 30 || { echo "FAIL: --scale risks=10 did not make 30 risks"; exit 1; }
clean "$tmp/c" "1/1 AI systems assessed, 30/30 risks treated, 4/4 objectives on track"
