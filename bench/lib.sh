# shellcheck shell=bash disable=SC2034  # the variables are the sourcing script's
# Shared by bench/run, bench/kinds and bench/allocators (sourced, not run): the corpus,
# the private copy of the binary, one timed run and its medians, the report's header.
# The sourcing script sets BENCH_NAME and may set AIMSDOC, BENCH_RUNS, BENCH_SEED,
# BENCH_SITES before sourcing; after it, ROOT, AIMSDOC (the private copy), AIMSDOC_SOURCE,
# RUNS, SEED, OUT, SITES, TRASH are set and the working directory is the repository.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
ROOT=$PWD
AIMSDOC=${AIMSDOC:-$ROOT/build/aimsdoc}
RUNS=${BENCH_RUNS:-5}
SEED=${BENCH_SEED:-42}
OUT=$ROOT/bench/out
SITES=${BENCH_SITES:-$OUT}

die() { echo "$BENCH_NAME: $*" >&2; exit 1; }

# Outputs of earlier runs are moved aside, not deleted, until the timing is over: ext4
# without a journal skips inodes freed in the last 60-360 s when it allocates new ones
# (recently_deleted() in fs/ext4/ialloc.c), so deleting 10,000 files just before a build
# makes every file the build creates scan past them. That cost (seen in perf as ext4 inode allocation, most
# of the run) belongs to the benchmark's clean-up, not to the tool that happens to follow.
TRASH=$SITES/trash
set_aside() {
  local path
  mkdir -p "$TRASH"
  for path in "$@"; do
    [ -e "$path" ] && mv "$path" "$(mktemp -d "$TRASH/XXXXXX")/"
  done
  return 0
}

[ -x "$AIMSDOC" ] || die "no aimsdoc binary at $AIMSDOC; build first (cmake --build build)"
command -v /usr/bin/time >/dev/null || die "GNU time is missing; run scripts/bootstrap --with-tests"
mkdir -p "$OUT" "$SITES"
rm -rf "$TRASH"   # left by an interrupted run
# Time a private copy: others may rebuild build/ while the benchmark runs.
AIMSDOC_SOURCE=$AIMSDOC
cp "$AIMSDOC" "$OUT/aimsdoc.$BENCH_NAME"
AIMSDOC=$OUT/aimsdoc.$BENCH_NAME
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- corpus ---------------------------------------------------------------------------
# ensure_corpus N NAME [gen-corpus options...]: bench/out/NAME holds the corpus of N
# policies (generated again when the generator, the catalog, N, the seed or the options
# changed) and `aimsdoc check` passes on it.
ensure_corpus() {
  local n=$1 name=$2 stamp; shift 2
  local dir=$OUT/$name
  stamp=$({ cat bench/gen-corpus bench/*.py mappings/iso42001.yaml; echo "n=$n seed=$SEED $*"; } |
    sha256sum | cut -d' ' -f1)
  if [ ! -f "$OUT/$name.stamp" ] || [ "$(cat "$OUT/$name.stamp")" != "$stamp" ]; then
    echo "generating corpus $name: N=$n (seed $SEED)${*:+ $*} ..." >&2
    rm -f "$OUT/$name.stamp"
    /usr/bin/python3 bench/gen-corpus --seed "$SEED" "$@" "$n" "$dir"
    sync
    echo "$stamp" >"$OUT/$name.stamp"
  fi
  "$AIMSDOC" check --root "$dir" >"$OUT/check-$name.txt" 2>&1 ||
    die "aimsdoc check failed on the corpus $name (see $OUT/check-$name.txt)"
}

# --- measurement ----------------------------------------------------------------------
declare -A WALL RSS USR SYS   # key -> space-separated samples (ns, KiB, ns, ns)

# measure KEY CMD...: one run; appends wall time, peak RSS, user and system CPU under KEY.
measure() {
  local key=$1; shift
  local t0 t1 rss usr sys rss_file=$OUT/.rss.$BENCH_NAME err=$OUT/.stderr.$BENCH_NAME
  t0=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$rss_file" "$@" >/dev/null 2>"$err" ||
    { cat "$err" >&2; die "failed: $*"; }
  t1=$(date +%s%N)
  WALL[$key]+="$((t1 - t0)) "
  read -r rss usr sys < <(tail -n1 "$rss_file")
  RSS[$key]+="$rss "; USR[$key]+="$(awk -v s="$usr" 'BEGIN { print s * 1e9 }') "
  SYS[$key]+="$(awk -v s="$sys" 'BEGIN { print s * 1e9 }') "
  rm -f "$rss_file" "$err"
}

median_s() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.4f", m/1e9}'; }
max_mib() { tr ' ' '\n' | grep . | sort -n | tail -n1 | awk '{printf "%.1f", $1/1024}'; }
med() { echo "${WALL[$1]}" | median_s; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

# --- report ---------------------------------------------------------------------------
# The lines that say what was measured where: commit, binary, machine, output (the folder
# REPORT_OUTPUT, default $SITES), load.
report_header() {
  local commit where=${REPORT_OUTPUT:-$SITES}
  commit=$(git rev-parse --short HEAD)
  [ -z "$(git status --porcelain -- src themes CMakeLists.txt)" ] ||
    commit+=" + uncommitted work in src/ or themes/"
  echo "aimsdoc benchmark ($BENCH_NAME), $(date -u '+%Y-%m-%d %H:%M UTC'); repository at commit $commit"
  echo "binary: $AIMSDOC_SOURCE (built $(date -u -r "$AIMSDOC_SOURCE" '+%Y-%m-%d %H:%M UTC'), sha256 $(sha256sum <"$AIMSDOC" | cut -c1-12))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "output written to: $where ($(df --output=fstype "$where" | tail -n1) file system)"
  echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews figures)"
}
