#!/usr/bin/python3
"""The man page and shell completions the build generates from the command table work.

  man          `man -l` renders aimsdoc.1.gz with no warning, and every command and long
               option `aimsdoc COMMAND --help` lists appears in it
  bash         the completion script, sourced in bash, registers `complete -F _aimsdoc`;
               completing commands, options, --format values, folders for --root works
  zsh          the #compdef file parses, and compinit registers _aimsdoc for aimsdoc
  version      --version names the version and git's HEAD of SOURCE_DIR (the test's
               build is configured from it), version --json adds the linked libraries'
               versions, equal to the installed Debian packages', and the allocator the build links
usage: installed_files.py AIMSDOC DOCS_DIR man|bash|zsh
       installed_files.py AIMSDOC SOURCE_DIR version mimalloc|libc
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)
    assert proc.returncode == 0, f"{cmd}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def commands_and_options(aimsdoc):
    """{command: [--long options]} as the binary's usage and --help list them."""
    usage = run([aimsdoc, "--help"]).stdout
    commands = re.findall(r"^  (\w[\w-]*) ", usage.split("commands:")[1], re.M)
    assert "check" in commands and "build" in commands, usage
    # Option names start their line (-o, --out DIR  help); help text may name others.
    return {c: re.findall(r"^ +(?:-\w, )?--([a-z][a-z-]*)", run([aimsdoc, c, "--help"]).stdout,
                          re.M)
            for c in commands}


def check_man(aimsdoc, docs):
    env = dict(os.environ, MANWIDTH="100", MAN_KEEP_FORMATTING="0")
    proc = subprocess.run(["man", "--warnings", "-l", str(docs / "aimsdoc.1.gz")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "", f"man warnings: {proc.stderr}"
    text = re.sub(r".\x08", "", proc.stdout)  # overstrike bold/underline, if any
    text = text.replace("\u2010", "-").replace("\u2212", "-")
    for section in ("NAME", "SYNOPSIS", "COMMANDS", "EXIT STATUS"):
        assert re.search(rf"^{section}$", text, re.M), section
    for command, options in commands_and_options(aimsdoc).items():
        assert f"aimsdoc {command} [options]" in text, command
        for o in options:
            assert f"--{o}" in text, (command, o)


BASH_COMPLETE = r"""
source "$1"
complete -p aimsdoc
shift
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
_aimsdoc
printf '%s\n' "${COMPREPLY[@]}"
"""


def bash_complete(script, *words, cwd=None):
    out = run(["bash", "--norc", "--noprofile", "-c", BASH_COMPLETE, "bash", str(script), *words],
              cwd=cwd).stdout.splitlines()
    assert out[0] == "complete -o filenames -F _aimsdoc aimsdoc", out
    return sorted(out[1:])


def check_bash(aimsdoc, docs):
    script = docs / "aimsdoc.bash"
    table = commands_and_options(aimsdoc)
    assert bash_complete(script, "aimsdoc", "") == sorted(list(table) + ["--help", "--version"])
    assert bash_complete(script, "aimsdoc", "ch") == ["check"]
    assert bash_complete(script, "aimsdoc", "check", "--fo") == ["--format"]
    formats = bash_complete(script, "aimsdoc", "check", "--format", "")
    assert {"text", "json", "github", "gitlab"} <= set(formats), formats
    for command, options in table.items():
        got = bash_complete(script, "aimsdoc", command, "--")
        assert set(f"--{o}" for o in options) == set(got), (command, options, got)
    with tempfile.TemporaryDirectory() as tmp:
        (pathlib.Path(tmp) / "aims-dir").mkdir()
        (pathlib.Path(tmp) / "a-file").write_text("")
        assert bash_complete(script, "aimsdoc", "build", "--root", "a", cwd=tmp) == ["aims-dir"]


def check_zsh(aimsdoc, docs):
    run(["zsh", "-n", str(docs / "_aimsdoc")])
    out = run(["zsh", "-f", "-c", f"fpath=({docs} $fpath); autoload -Uz compinit; "
               "compinit -u -D; print -r -- $_comps[aimsdoc]"]).stdout
    assert out.strip() == "_aimsdoc", out
    spec = (docs / "_aimsdoc").read_text()
    for command, options in commands_and_options(aimsdoc).items():
        assert f"\n    {command})\n" in spec, command
        for o in options:
            assert f"--{o}" in spec, (command, o)


def check_version(aimsdoc, source, allocator):
    git = subprocess.run(["git", "-C", str(source), "rev-parse", "HEAD"], capture_output=True,
                         text=True)
    commit = git.stdout.strip() if git.returncode == 0 else "unknown"
    out = run([aimsdoc, "--version"]).stdout
    assert re.fullmatch(rf"aimsdoc \d+\.\d+\.\d+ \(commit {commit}\)\n", out), (out, commit)
    assert run([aimsdoc, "version"]).stdout == out
    info = json.loads(run([aimsdoc, "version", "--json"]).stdout)
    assert out == f"aimsdoc {info['version']} (commit {info['commit']})\n", info
    # The library versions agree with the Debian packages installed (upstream part).
    for name, package in (("cmark-gfm", "libcmark-gfm-dev"), ("libxlsxwriter", "libxlsxwriter-dev"),
                          ("yaml-cpp", "libyaml-cpp-dev"), ("cpp-httplib", "libcpp-httplib-dev")):
        installed = run(["dpkg-query", "-W", "-f=${Version}", package]).stdout
        upstream = re.sub(r"^\d+:", "", installed).split("-")[0].split("+")[0]
        assert info["libraries"][name] == upstream, (name, info["libraries"], installed)
    # The allocator the build links (CMakeLists.txt: mimalloc, at the installed version, in
    # effect; the C library's under the sanitizers), as util/allocator.hpp finds it.
    if allocator == "mimalloc":
        installed = run(["dpkg-query", "-W", "-f=${Version}", "libmimalloc-dev"]).stdout
        upstream = re.sub(r"^\d+:", "", installed).split("-")[0].split("+")[0]
        assert info["allocator"] == f"mimalloc {upstream}", (info["allocator"], installed)
    else:
        assert info["allocator"] == "libc malloc", info["allocator"]


def main():
    aimsdoc, docs, mode = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), sys.argv[3]
    checks = {"man": check_man, "bash": check_bash, "zsh": check_zsh, "version": check_version}
    checks[mode](aimsdoc, docs, *sys.argv[4:])
    print(f"package.{mode}: ok")


if __name__ == "__main__":
    main()
