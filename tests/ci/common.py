"""Helpers of the CI-integration and packaging tests: a copy of the example AIMS to run on."""
import pathlib
import shutil
import subprocess

# What is not part of the example AIMS: build output, caches, git, node modules.
IGNORED = shutil.ignore_patterns(".git", "build", "build-*", "_site", "_site*", ".*aimsdoc-cache",
                                 "node_modules", ".ccache")


def copy_example(src: pathlib.Path, dest: pathlib.Path) -> pathlib.Path:
    """The repository (its root is the example AIMS) copied to dest/aims, without output."""
    root = dest / "aims"
    shutil.copytree(src, root, ignore=IGNORED, symlinks=True)
    return root


def run(cmd, cwd=None, env=None, check=True, timeout=600):
    """Runs cmd, returns the CompletedProcess; on an unexpected exit shows its output."""
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"{cmd} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc
