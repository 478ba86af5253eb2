#!/usr/bin/python3
"""A build killed with SIGKILL at any moment never damages the published portal.

A generated AIMS (1500 policies, 20 evidence files of 2 MiB) is built in two variants, A
and B, into reference folders. Then the live output folder is built alternately as A and
B, and each build is killed at a different fraction of a normal build's time. After
every kill the live folder must be exactly the previous portal or exactly the new one
(never a mix), and the next build must publish the new variant and leave no
`.<name>.tmp-<pid>` folder behind.

With --unchanged: a `build --force` of unchanged input is killed; the next plain build
finds nothing changed since the last complete build and stops early, but must still
remove the killed build's temp folder.

usage: kill_midway.py AIMSDOC [--unchanged]"""
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time

from common import assert_published, build, copy_base, digest, fail, leftovers

HEAD = ('---\nid: POL-K{n}\ntitle: Policy {n} ({variant})\nowner: alice\nversion: "1"\n'
        'approved_by: alice\neffective: 2026-01-01\nreview_by: 2027-01-01\ncovers: ["1.1"]\n'
        '---\n# Policy {n}\n')
PARAGRAPH = "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit. " * 40 + "\n\n"


def make_corpus(root: pathlib.Path) -> None:
    copy_base(root)
    items = []
    for n in range(20):
        (root / f"evidence/big{n}.bin").write_bytes(os.urandom(2 << 20))
        items.append(f"  - {{id: EV-B{n}, title: Big {n}, file: evidence/big{n}.bin, "
                     f"collected: 2026-03-01}}\n")
    record = root / "controls/1.1.yaml"
    record.write_text(record.read_text() + "".join(items))
    set_variant(root, "A")


def set_variant(root: pathlib.Path, variant: str) -> None:
    for n in range(1500):
        (root / f"content/k{n}.md").write_text(HEAD.format(n=n, variant=variant) + PARAGRAPH * 3)


def killed_build(aimsdoc: str, root: pathlib.Path, out: pathlib.Path, after: float,
                 *extra: str) -> None:
    proc = subprocess.Popen([aimsdoc, "build", "--root", str(root), "--out", str(out), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def killed_while_staging(aimsdoc: str, root: pathlib.Path, out: pathlib.Path,
                         *extra: str) -> None:
    """Kills the build once its temp folder holds some pages: surely mid-build."""
    proc = subprocess.Popen([aimsdoc, "build", "--root", str(root), "--out", str(out), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    temp = out.parent / f".{out.name}.tmp-{proc.pid}"
    while proc.poll() is None:
        pages = temp / "policies"
        if pages.is_dir() and sum(1 for _ in pages.iterdir()) > 100:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


class Scenario:
    def __init__(self, aimsdoc: str, tmp: pathlib.Path):
        self.aimsdoc, self.root = aimsdoc, tmp / "aims"
        self.parent = tmp / "www"
        self.parent.mkdir()
        self.out = self.parent / "portal"
        make_corpus(self.root)
        self.expected, self.seconds = {}, 0.0
        for variant in "BA":  # ends on A, the variant the live folder starts from
            set_variant(self.root, variant)
            started = time.monotonic()
            result = build(aimsdoc, self.root, tmp / f"ref-{variant}", "--force")
            self.seconds = max(self.seconds, time.monotonic() - started)
            assert_published(result, tmp / f"ref-{variant}")
            self.expected[variant] = digest(tmp / f"ref-{variant}")
        if self.expected["A"] == self.expected["B"]:
            fail("the two variants built the same portal; the test could not tell them apart")
        assert_published(build(aimsdoc, self.root, self.out), self.out)
        self.live = "A"

    def check_live(self, allowed: list[str], when: str) -> str:
        now = digest(self.out)
        for variant in allowed:
            if now == self.expected[variant]:
                return variant
        fail(f"{when}: the output folder is neither portal {' nor '.join(allowed)}")

    def kill_then_rebuild(self, fraction: float | None) -> None:
        new = "B" if self.live == "A" else "A"
        set_variant(self.root, new)
        if fraction is None:
            when = "while staging"
            killed_while_staging(self.aimsdoc, self.root, self.out)
            if not leftovers(self.parent):
                fail("the kill left no temp folder; the test did not kill mid-build")
        else:
            when = f"at {fraction:.0%} of {self.seconds:.1f} s"
            killed_build(self.aimsdoc, self.root, self.out, self.seconds * fraction)
        seen = self.check_live([self.live, new], f"killed {when}")
        print(f"killed {when}: portal {seen} intact, debris {leftovers(self.parent)}")
        assert_published(build(self.aimsdoc, self.root, self.out), self.out)
        self.check_live([new], f"rebuild after the kill {when}")
        if leftovers(self.parent):
            fail(f"temp folders left after the rebuild: {leftovers(self.parent)}")
        self.live = new

    def kill_then_unchanged(self) -> None:
        killed_while_staging(self.aimsdoc, self.root, self.out, "--force")
        if not leftovers(self.parent):
            fail("the kill left no temp folder; the test did not kill mid-build")
        self.check_live([self.live], "killed while staging")
        result = build(self.aimsdoc, self.root, self.out)
        print(result.stderr.strip().splitlines()[-1])
        self.check_live([self.live], "up-to-date build after the kill")
        if leftovers(self.parent):
            fail(f"an up-to-date build left the killed build's temp folder: "
                 f"{leftovers(self.parent)}")


def main() -> int:
    aimsdoc = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="aimsdoc-kill-") as scratch:
        scenario = Scenario(aimsdoc, pathlib.Path(scratch))
        if "--unchanged" in sys.argv:
            scenario.kill_then_unchanged()
        else:
            for fraction in (0.05, 0.3, 0.6, 0.9, 1.2):
                scenario.kill_then_rebuild(fraction)
            scenario.kill_then_rebuild(None)  # once the temp folder holds pages
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
