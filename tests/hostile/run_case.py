#!/usr/bin/python3
"""Runs one hostile-input case and diffs its output exactly.

A case is a folder under tests/hostile/cases/. Its AIMS tree is tests/hostile/_base with
the case's files laid over it, then:
  remove     paths (one per line) deleted from the tree
  setup.py   run as `setup.py ROOT TMP` to make what git cannot hold well: binary bytes,
             CRLF, huge files, symlinks, FIFOs
  args       the aimsdoc arguments (default `check --root {root}`); {root} is the tree,
             {tmp} the case's scratch folder
  limit      seconds after which the run counts as hung (default 60): it is stopped at
             twice that plus 10 s and fails; how long a run takes is not judged otherwise
             (tests count, bench/ measures)
  as-nobody  present: run as user nobody when we are root (root ignores file modes)
  verify.py  run as `verify.py ROOT TMP` afterwards: asserts what the files must look like
expected.txt holds `exit: N`, the exact stdout, and `stderr:` plus stderr when there is
any; the scratch path prints as <tmp>, a process id in a temp folder name as <pid>, and
the file count of `wrote N files` as <n> (it grows with the renderers).
--update rewrites expected.txt (review the diff).

usage: run_case.py AIMSDOC CASE_DIR [--update]"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

CONTROL_FILES = {"expected.txt", "remove", "setup.py", "args", "limit", "as-nobody", "verify.py",
                 "README"}
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def materialize(case: pathlib.Path, root: pathlib.Path, tmp: pathlib.Path) -> None:
    shutil.copytree(case.parent.parent / "_base", root)
    for src in sorted(case.rglob("*")):
        rel = src.relative_to(case)
        if src.is_dir() or str(rel) in CONTROL_FILES:
            continue
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, root / rel)
    if (case / "remove").exists():
        for line in (case / "remove").read_text().split():
            target = root / line
            shutil.rmtree(target) if target.is_dir() else target.unlink()
    if (case / "setup.py").exists():
        subprocess.run(["/usr/bin/python3", str(case / "setup.py"), str(root), str(tmp)],
                       check=True)


def command(aimsdoc: str, case: pathlib.Path, root: pathlib.Path, tmp: pathlib.Path):
    args_file = case / "args"
    words = args_file.read_text().split() if args_file.exists() else ["check", "--root", "{root}"]
    words = [w.replace("{root}", str(root)).replace("{tmp}", str(tmp)) for w in words]
    prefix = NOBODY if (case / "as-nobody").exists() and os.geteuid() == 0 else []
    return prefix + [aimsdoc, *words]


def run(aimsdoc: str, case: pathlib.Path) -> tuple[str, float]:
    limit = float((case / "limit").read_text()) if (case / "limit").exists() else 60.0
    with tempfile.TemporaryDirectory(prefix="aimsdoc-hostile-") as scratch:
        tmp = pathlib.Path(scratch)
        tmp.chmod(0o755)  # readable by nobody, for the as-nobody cases
        root = tmp / "aims"
        materialize(case, root, tmp)
        env = dict(os.environ, LC_ALL="C")
        start = time.monotonic()
        try:
            done = subprocess.run(command(aimsdoc, case, root, tmp), capture_output=True,
                                  text=True, errors="replace", timeout=limit * 2 + 10,
                                  cwd=tmp, env=env)
        except subprocess.TimeoutExpired:
            return f"(timed out after {limit * 2 + 10:.0f} s)\n", limit * 2 + 10
        elapsed = time.monotonic() - start
        out = f"exit: {done.returncode}\n{done.stdout}"
        if done.stderr:
            out += f"stderr:\n{done.stderr}"
        if (case / "verify.py").exists():
            check = subprocess.run(["/usr/bin/python3", str(case / "verify.py"), str(root),
                                    str(tmp)], capture_output=True, text=True)
            if check.returncode != 0:
                out += f"verify.py failed:\n{check.stdout}{check.stderr}"
        out = re.sub(r"\.tmp-[0-9]+", ".tmp-<pid>", out.replace(str(tmp), "<tmp>"))
        out = re.sub(r"^wrote [0-9]+ files", "wrote <n> files", out, flags=re.M)
        return out, elapsed


def main() -> int:
    aimsdoc, case = os.path.abspath(sys.argv[1]), pathlib.Path(sys.argv[2]).resolve()
    actual, elapsed = run(aimsdoc, case)
    expected_file = case / "expected.txt"
    if "--update" in sys.argv:
        expected_file.write_text(actual)
        print(f"{case.name}: {elapsed:.2f} s")
        return 0
    expected = expected_file.read_text() if expected_file.exists() else "(no expected.txt)\n"
    failed = False
    if actual != expected:
        sys.stdout.write(f"--- expected ({expected_file})\n{expected}--- actual\n{actual}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
