#!/usr/bin/python3
"""`check --format sarif` is valid SARIF 2.1.0 and carries the findings of --format json.

The schema is OASIS's sarif-2.1.0-rtm.5.json as the npm package @microsoft/jest-sarif ships
it (installed from tests/ci/sarif/package-lock.json on first use, never fetched at build
time); the validator is python3-jsonschema (Debian), with format checks. On the example
with a policy whose file name needs URI encoding and a removed record:
  - the log validates, and the validator rejects the same log with a level SARIF lacks;
  - driver.rules holds every rule of README's rule table, each with help text and its level;
  - each result has the JSON finding's ruleId (and a ruleIndex naming that rule), level,
    message, percent-encoded artifact URI, startLine and startColumn, and a unique
    partial fingerprint; a second run gives the same bytes.
usage: sarif_schema.py AIMSDOC SOURCE_DIR
"""
import copy
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

import jsonschema

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from ci_formats import ODD_NAME, broken_example, json_findings  # noqa: E402
from common import run  # noqa: E402

SCHEMA = HERE / "sarif/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"


def schema_validator():
    if not SCHEMA.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
                       cwd=HERE / "sarif", check=True, stdout=sys.stderr, timeout=600)
    schema = json.loads(SCHEMA.read_text())
    assert "2.1.0" in schema["title"], schema["title"]
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def readme_rules(source: pathlib.Path):
    readme = (source / "README.md").read_text()
    table = readme.split("\n## Rules\n")[1].split("\n## ")[0]
    ids = set()
    for row in re.findall(r"^\| (`[^|]*) \|", table, re.M):
        ids.update(re.findall(r"`([a-z0-9.-]+)`", row))
    return {i for i in ids if not i.endswith(".")}


def check_results(log, expected):
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert len(results) == len(expected), (len(results), len(expected))
    fingerprints = set()
    for result, want in zip(results, expected):
        assert result["ruleId"] == want["rule"], (result, want)
        assert rules[result["ruleIndex"]]["id"] == want["rule"], result
        assert result["level"] == want["severity"]
        assert result["message"]["text"] == want["message"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert urllib.parse.unquote(uri) == "aims/" + want["path"], (uri, want["path"])
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        if want["line"]:
            assert location["region"]["startLine"] == want["line"]
        if want["column"]:
            assert location["region"]["startColumn"] == want["column"]
        fingerprints.add(result["partialFingerprints"]["aimsdocFinding/v1"])
    assert len(fingerprints) == len(results), "partial fingerprints must be unique"
    assert any(urllib.parse.quote(ODD_NAME) in json.dumps(r) for r in results)


def main():
    aimsdoc, source = sys.argv[1], pathlib.Path(sys.argv[2])
    validator = schema_validator()
    with tempfile.TemporaryDirectory() as tmp:
        root = broken_example(pathlib.Path(tmp), source)
        expected = json_findings(aimsdoc, root)
        cmd = [aimsdoc, "check", "--root", "aims", "--format", "sarif"]
        proc = run(cmd, cwd=root.parent, check=False)
        assert proc.returncode == 1, proc.stderr
        assert run(cmd, cwd=root.parent, check=False).stdout == proc.stdout, "not stable"
    log = json.loads(proc.stdout)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(log)]
    assert not errors, "\n".join(errors[:20])
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(broken), "the validator accepts anything"
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "aimsdoc"
    ids = [r["id"] for r in driver["rules"]]
    missing = readme_rules(source) - set(ids)
    assert not missing, f"rules of README missing from SARIF: {sorted(missing)}"
    for r in driver["rules"]:
        assert r["help"]["text"] and r["shortDescription"]["text"], r
        assert r["defaultConfiguration"]["level"] in ("error", "warning"), r
    check_results(log, expected)
    print(f"ci.sarif: ok ({len(ids)} rules, {len(log['runs'][0]['results'])} results)")


if __name__ == "__main__":
    main()
