#!/usr/bin/python3
"""A build that cannot write its output fails cleanly: exit 2 with the reason, the
previous portal untouched, no temp folder left, and the next build (once the fault is
gone) publishes normally.

Root ignores file modes, so the faults are real file-system ones, made in a private
mount namespace (`unshare -r -m`, which needs no privileges where user namespaces are
enabled, and works as root too):
  --read-only  the output's parent folder is bind-mounted read-only (EROFS)
  --full       the output's parent folder is a small tmpfs, filled up (ENOSPC)

usage: fs_faults.py AIMSDOC --read-only|--full"""
import os
import pathlib
import subprocess
import sys
import tempfile

from common import assert_published, build, copy_base, digest, fail, leftovers


def mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True)


def change_input(root: pathlib.Path, title: str) -> None:
    policy = root / "content/policy.md"
    policy.write_text(policy.read_text().replace("title: Management Policy", f"title: {title}"))


def expect_clean_failure(result, parent: pathlib.Path, out: pathlib.Path, before: dict,
                         reason: str) -> None:
    if result.returncode != 2:
        fail(f"expected exit 2, got {result.returncode}:\n{result.stderr}")
    if reason not in result.stderr or "previous portal is left as it was" not in result.stderr:
        fail(f"stderr does not give the reason '{reason}':\n{result.stderr}")
    if digest(out) != before:
        fail("the previous portal changed")
    if leftovers(parent):
        fail(f"temp folders left behind: {leftovers(parent)}")
    print(result.stderr.strip().splitlines()[-1])


def read_only(aimsdoc: str, root: pathlib.Path, parent: pathlib.Path) -> None:
    out = parent / "portal"
    assert_published(build(aimsdoc, root, out), out)
    before = digest(out)
    mount("--bind", str(parent), str(parent))
    mount("-o", "remount,bind,ro", str(parent))
    change_input(root, "Changed while read-only")
    expect_clean_failure(build(aimsdoc, root, out), parent, out, before,
                         "Read-only file system")
    mount("-o", "remount,bind,rw", str(parent))
    result = build(aimsdoc, root, out)
    assert_published(result, out)
    if digest(out) == before or leftovers(parent):
        fail("the build after the fault did not publish the new portal cleanly")


def full(aimsdoc: str, root: pathlib.Path, parent: pathlib.Path, scratch: pathlib.Path) -> None:
    probe = scratch / "probe"
    assert_published(build(aimsdoc, root, probe), probe)
    size = sum(p.stat().st_size for p in probe.rglob("*") if p.is_file())
    mount("-t", "tmpfs", "-o", f"size={3 * size + (1 << 20)}", "tmpfs", str(parent))
    out = parent / "portal"
    assert_published(build(aimsdoc, root, out), out)
    before = digest(out)
    filler = parent / "filler"
    free = os.statvfs(parent).f_bavail * os.statvfs(parent).f_frsize
    filler.write_bytes(b"\0" * max(0, free - size // 3))
    change_input(root, "Changed on a full disk")
    expect_clean_failure(build(aimsdoc, root, out), parent, out, before,
                         "No space left on device")
    filler.unlink()
    result = build(aimsdoc, root, out)
    assert_published(result, out)
    if digest(out) == before or leftovers(parent):
        fail("the build after the fault did not publish the new portal cleanly")


def inside(aimsdoc: str, mode: str) -> int:
    with tempfile.TemporaryDirectory(prefix="aimsdoc-fs-") as tmp:
        scratch = pathlib.Path(tmp)
        root = copy_base(scratch / "aims")
        parent = scratch / "www"
        parent.mkdir()
        try:
            if mode == "--read-only":
                read_only(aimsdoc, root, parent)
            else:
                full(aimsdoc, root, parent, scratch)
        finally:
            subprocess.run(["umount", "--recursive", str(parent)], stderr=subprocess.DEVNULL)
    print("ok")
    return 0


def main() -> int:
    aimsdoc, mode = os.path.abspath(sys.argv[1]), sys.argv[2]
    if mode not in ("--read-only", "--full"):
        fail(__doc__)
    if "--inside" in sys.argv:
        return inside(aimsdoc, mode)
    done = subprocess.run(["unshare", "-r", "-m", "/usr/bin/python3", __file__, aimsdoc, mode,
                           "--inside"])
    if done.returncode != 0:
        print("FAIL (if unshare itself failed: this test needs user namespaces, "
              "sysctl kernel.unprivileged_userns_clone=1, or root)")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
