#!/usr/bin/python3
"""The Debian package, built by scripts/package-deb, installs, works from /usr/bin, and
`dpkg -r` removes every file it put there.

Installs system-wide, so it leaves the machine as it found it: it refuses to run (skips,
exit 77) when aimsdoc is already known to dpkg or /usr/bin/aimsdoc exists, holds a lock
against a second run, and removes and purges the package even when a check fails.
Checks: control fields (name, version, maintainer, Depends computed by dpkg-shlibdeps,
description); `aimsdoc --version` names the source commit; `aimsdoc build` from /usr/bin
on a copy of the example writes the portal and workbook; `man -l` renders the installed
page; bash-completion loads the installed script (`complete -p aimsdoc`), zsh's compinit
finds _aimsdoc; the theme copy equals themes/default; after `dpkg -r` no file is left.
usage: deb_install.py SOURCE_DIR PACKAGE_BUILD_DIR PROJECT_VERSION
"""
import contextlib
import fcntl
import filecmp
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parents[1] / "ci"))
from common import copy_example, run  # noqa: E402

SKIP = 77


def installed_status():
    proc = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}", "aimsdoc"],
                          capture_output=True, text=True)
    return proc.stdout.strip() if proc.returncode == 0 else ""


def refuse_to_touch_machine():
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        return "needs root and dpkg"
    if installed_status() not in ("", "un"):
        return f"aimsdoc is already known to dpkg ({installed_status()})"
    if os.path.lexists("/usr/bin/aimsdoc"):
        return "/usr/bin/aimsdoc exists"
    return None


@contextlib.contextmanager
def installed(deb):
    run(["dpkg", "-i", str(deb)])
    try:
        yield
    finally:
        subprocess.run(["dpkg", "-r", "aimsdoc"], capture_output=True)
        subprocess.run(["dpkg", "-P", "aimsdoc"], capture_output=True)


def check_control(deb, version):
    fields = {f: run(["dpkg-deb", "-f", str(deb), f]).stdout.strip()
              for f in ("Package", "Version", "Maintainer", "Depends", "Description")}
    assert fields["Package"] == "aimsdoc", fields
    assert fields["Version"] == version, fields
    assert "<" in fields["Maintainer"] and "@" in fields["Maintainer"], fields
    for lib in ("libc6", "libstdc++6", "libyaml-cpp", "libcmark-gfm", "libxlsxwriter",
                "libgit2"):
        assert lib in fields["Depends"], (lib, fields["Depends"])
    assert "ISO/IEC 42001" in fields["Description"], fields


def package_files(deb):
    """Paths the package installs (files and links), and its folders of its own."""
    listing = run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines()
    files, dirs = [], []
    for line in listing:
        path = "/" + line.split(None, 5)[5].split(" -> ")[0].lstrip("./")
        (dirs if line.startswith("d") else files).append(path.rstrip("/"))
    own = [d for d in dirs if "aimsdoc" in d]
    return files, own


def source_commit(source):
    proc = subprocess.run(["git", "-C", str(source), "rev-parse", "HEAD"], capture_output=True,
                          text=True)
    return proc.stdout.strip() if proc.returncode == 0 else "unknown"


def check_installed(source, version):
    out = run(["/usr/bin/aimsdoc", "--version"]).stdout
    assert out == f"aimsdoc {version} (commit {source_commit(source)})\n", out
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_example(source, pathlib.Path(tmp))
        run(["/usr/bin/aimsdoc", "build", "--root", str(root), "--out", f"{tmp}/site"])
        assert (pathlib.Path(tmp) / "site" / "index.html").is_file()
        assert (pathlib.Path(tmp) / "site" / "soa.xlsx").is_file()
    env = dict(os.environ, MANWIDTH="100")
    man = run(["man", "-l", "/usr/share/man/man1/aimsdoc.1.gz"], env=env).stdout
    assert "aimsdoc check [options]" in man and "EXIT STATUS" in man, man[:500]
    loaded = run(["bash", "--norc", "--noprofile", "-c",
                  "source /usr/share/bash-completion/bash_completion && "
                  "__load_completion aimsdoc && complete -p aimsdoc"]).stdout
    assert loaded.strip() == "complete -o filenames -F _aimsdoc aimsdoc", loaded
    comps = run(["zsh", "-f", "-c", "autoload -Uz compinit; compinit -u -D; "
                 "print -r -- $_comps[aimsdoc]"]).stdout
    assert comps.strip() == "_aimsdoc", f"zsh's default fpath misses _aimsdoc: {comps!r}"
    theme = pathlib.Path("/usr/share/aimsdoc/themes/default")
    compared = filecmp.dircmp(source / "themes" / "default", theme)
    assert not (compared.left_only or compared.right_only or compared.diff_files), compared.report()


def main():
    # argv: SOURCE VERSION and then scripts/package-deb's own arguments
    source, version, package_args = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    reason = refuse_to_touch_machine()
    if reason:
        print(f"package.deb: skipped: {reason}")
        sys.exit(SKIP)
    with open("/run/lock/aimsdoc-package-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        deb = pathlib.Path(run([str(source / "scripts" / "package-deb"), *package_args],
                               timeout=3600).stdout.splitlines()[-1])
        check_control(deb, version)
        files, own_dirs = package_files(deb)
        assert "/usr/bin/aimsdoc" in files, files
        with installed(deb):
            assert installed_status() == "ii", installed_status()
            check_installed(source, version)
            run(["dpkg", "-r", "aimsdoc"])
            left = [f for f in files + own_dirs if os.path.lexists(f)]
            assert not left, f"dpkg -r left {left}"
            assert installed_status() in ("", "un"), installed_status()
        assert refuse_to_touch_machine() is None, "the machine is not as it was"
    print("package.deb: ok")


if __name__ == "__main__":
    main()
