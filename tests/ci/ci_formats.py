#!/usr/bin/python3
"""`check --format github|gitlab` carry exactly the findings of `--format json`.

On a copy of the example with a policy whose file name holds the characters GitHub's
workflow commands must escape (',' ':' '%') and a broken link, and one control's record
removed:
  github  every finding is one ::error/::warning command whose file, line, col, title and
          message, unescaped as the Actions runner does, equal the JSON finding's
  gitlab  a JSON array of Code Quality issues: check_name, description, severity,
          location.path and lines.begin from the same findings; fingerprints unique
usage: ci_formats.py AIMSDOC SOURCE_DIR github|gitlab
"""
import json
import pathlib
import re
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from common import copy_example, run  # noqa: E402

ODD_NAME = "odd, name: 100%.md"
POLICY = """---
id: POL-ODD-001
title: Odd name
owner: ceo
version: "1.0"
approved_by: board
effective: 2026-01-15
review_by: 2027-01-15
covers: [A.2.2]
---
# Odd
See [the missing page](missing.md).
"""


def broken_example(tmp: pathlib.Path, source: pathlib.Path) -> pathlib.Path:
    root = copy_example(source, tmp)
    (root / "content" / ODD_NAME).write_text(POLICY)
    (root / "controls" / "A.6.2.4.yaml").unlink()
    return root


def json_findings(aimsdoc, root):
    proc = run([aimsdoc, "check", "--root", "aims", "--format", "json"], cwd=root.parent,
               check=False)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["diagnostics"]
    rules = {f["rule"] for f in findings}
    assert {"link.broken", "coverage.record"} <= rules, rules
    assert any(ODD_NAME in f["path"] for f in findings), findings
    return findings


# The runner's unescaping (actions/runner ActionCommand.Unescape*).
def unescape(s, prop):
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else [])
    for coded, plain in pairs + [("%25", "%")]:
        s = s.replace(coded, plain)
    return s


COMMAND = re.compile(r"^::(error|warning) ([^:]*)::(.*)$")


def check_github(aimsdoc, root):
    expected = json_findings(aimsdoc, root)
    proc = run([aimsdoc, "check", "--root", "aims", "--format", "github"], cwd=root.parent,
               check=False)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    commands = [COMMAND.match(line) for line in lines if line.startswith("::")]
    assert all(commands), lines
    assert len(commands) == len(expected), (len(commands), len(expected))
    assert re.match(r"^\d+/\d+ controls", lines[-1]), lines[-1]
    for m, want in zip(commands, expected):
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        props = {k: unescape(v, True) for k, v in props.items()}
        assert m.group(1) == want["severity"], (m.group(0), want)
        assert props["file"] == "aims/" + want["path"], (props, want)
        if want["line"]:
            assert props["line"] == str(want["line"]), (props, want)
        if want["column"]:
            assert props["col"] == str(want["column"]), (props, want)
        assert props["title"] == want["rule"]
        assert unescape(m.group(3), False) == f"{want['message']} [{want['rule']}]"
        # Escaped: no raw ',' or ':' inside a property value, no newline in the message.
        assert ODD_NAME not in m.group(2)
    assert any("odd%2C name%3A 100%25.md" in line for line in lines), lines


def check_gitlab(aimsdoc, root):
    expected = json_findings(aimsdoc, root)
    proc = run([aimsdoc, "check", "--root", "aims", "--format", "gitlab"], cwd=root.parent,
               check=False)
    assert proc.returncode == 1, proc.stderr
    issues = json.loads(proc.stdout)
    assert isinstance(issues, list) and len(issues) == len(expected)
    fingerprints = set()
    for issue, want in zip(issues, expected):
        assert issue["check_name"] == want["rule"]
        assert issue["description"] == want["message"]
        assert issue["severity"] == {"error": "major", "warning": "minor"}[want["severity"]]
        assert issue["location"]["path"] == "aims/" + want["path"]
        assert issue["location"]["lines"]["begin"] == max(want["line"], 1)
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
        fingerprints.add(issue["fingerprint"])
    assert len(fingerprints) == len(issues), "fingerprints must be unique"
    # Stable: a second run gives the same report.
    again = run([aimsdoc, "check", "--root", "aims", "--format", "gitlab"], cwd=root.parent,
                check=False)
    assert again.stdout == proc.stdout


def main():
    aimsdoc, source, mode = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory() as tmp:
        root = broken_example(pathlib.Path(tmp), source)
        {"github": check_github, "gitlab": check_gitlab}[mode](aimsdoc, root)
    print(f"ci.{mode}: ok")


if __name__ == "__main__":
    main()
