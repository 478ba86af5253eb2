#!/usr/bin/python3
"""`check` and `build` agree on every hostile case: for each tree of tests/hostile/cases/,
the findings `build` prints are those `check` prints (build may add only what exists
while building: a changed evidence file, a template past its rendering budget, a write
error), and `build` publishes whenever `check` found the input usable, unless check
reported the theme unusable (then both name it and build stops, exit 2) or a template ran
past its rendering budget.

usage: check_build_agree.py AIMSDOC"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "fixtures"))
import run_case  # noqa: E402  (materialize: the case's tree as its test builds it)

CASES = pathlib.Path(__file__).resolve().parent / "cases"
FINDING = re.compile(r"^.*: (error|warning): .* \[([a-z-]+\.[a-z-]+)\]$")
# Found only by building: a file changed while copied, a template past its rendering budget
# (the budget depends on the data), a page or workbook that could not be written.
BUILD_ONLY = {"evidence.changed", "theme.template", "portal.render", "render.workbook"}


def findings(text):
    return sorted(line for line in text.splitlines() if FINDING.match(line))


def agree(aimsdoc, case):
    with tempfile.TemporaryDirectory(prefix="aimsdoc-agree-") as scratch:
        tmp = pathlib.Path(scratch)
        root = tmp / "aims"
        run_case.materialize(case, root, tmp)
        env = dict(os.environ, LC_ALL="C")
        check = subprocess.run([aimsdoc, "check", "--root", str(root)], capture_output=True,
                               text=True, errors="replace", timeout=300, env=env)
        build = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(tmp / "agree-site"),
                                "--allow-gaps", "--force"], capture_output=True, text=True,
                               errors="replace", timeout=300, env=env)
    problems = []
    seen, built = findings(check.stdout + check.stderr), findings(build.stderr)
    extra = [f for f in built if f not in seen and FINDING.match(f).group(2) not in BUILD_ONLY]
    missing = [f for f in seen if f not in built]
    problems += [f"build only: {f}" for f in extra] + [f"check only: {f}" for f in missing]
    theme_unusable = any(FINDING.match(f).group(2).startswith("theme.") for f in seen + built)
    if check.returncode == 2 and build.returncode != 2:
        problems.append(f"check found the input unusable (2), build exited {build.returncode}")
    if check.returncode in (0, 1) and build.returncode != 0 and not theme_unusable:
        problems.append(f"check exited {check.returncode}, build --allow-gaps exited "
                        f"{build.returncode}:\n{build.stderr[-1500:]}")
    return problems


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    failures = 0
    cases = sorted(p for p in CASES.iterdir() if p.is_dir())
    for case in cases:
        problems = agree(aimsdoc, case)
        for p in problems:
            print(f"FAIL {case.name}: {p}")
        failures += bool(problems)
    print(f"{len(cases)} cases, {failures} where check and build disagree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
