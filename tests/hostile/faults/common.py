"""Shared by the fault tests: making AIMS trees, running builds, fingerprinting a portal."""
import hashlib
import os
import pathlib
import shutil
import subprocess

HOSTILE = pathlib.Path(__file__).resolve().parent.parent
BASE = HOSTILE.parent / "fixtures" / "_base"


def fail(message: str) -> None:
    raise SystemExit(f"FAIL: {message}")


def copy_base(dest: pathlib.Path) -> pathlib.Path:
    shutil.copytree(BASE, dest)
    return dest


def build(aimsdoc: str, root: pathlib.Path, out: pathlib.Path, *extra: str,
          env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(out), *extra],
                          capture_output=True, text=True, env=env, timeout=timeout)


def digest(folder: pathlib.Path) -> dict[str, str]:
    """Every file below `folder` (symlinks and all) -> SHA-256 of its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def leftovers(parent: pathlib.Path) -> list[str]:
    """Staging debris beside an output folder: `.<name>.tmp-<pid>[-old]`."""
    return sorted(p.name for p in parent.iterdir() if ".tmp-" in p.name)


def assert_published(result: subprocess.CompletedProcess, out: pathlib.Path) -> None:
    if result.returncode not in (0, 1) or not (out / "manifest.json").is_file():
        fail(f"build did not publish (exit {result.returncode}):\n{result.stderr}")


def world_readable(path: pathlib.Path) -> None:
    os.chmod(path, 0o755)
