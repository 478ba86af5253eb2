#!/usr/bin/python3
"""The CI integrations run what they say, on the example AIMS, as far as this machine allows.

  github      action.yml parses; each `run:` step is executed as GitHub runs a composite
              action's bash step (inputs, runner.temp, step outputs, `if:` on inputs),
              with aimsdoc on PATH (install: none); the `uses:` steps' files exist. Clean
              example: success, no annotation, SARIF and portal written. Broken example:
              annotations, and the job fails at "Fail on findings" with exit 1 (with
              allow-gaps: succeeds). The install steps' scripts exist.
  gitlab      the template parses; each job's before_script + script runs as GitLab's bash
              runs it (set -eo pipefail, the template's variables): aimsdoc-check writes
              the Code Quality report and fails exactly on findings; pages writes public/.
  pre-commit  `pre-commit try-repo` (Debian's pre-commit) runs the hook of
              .pre-commit-hooks.yaml in a git repository of the example: passes clean,
              fails with the finding on the broken example.
Every `aimsdoc COMMAND --flag` the files name is an option of that command (--help).
usage: integrations.py AIMSDOC SOURCE_DIR github|gitlab|pre-commit
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from ci_formats import broken_example  # noqa: E402
from common import copy_example, run  # noqa: E402


def check_flags(aimsdoc, text):
    """Every `aimsdoc CMD ... --flag` in text names a real option of CMD."""
    calls = re.findall(r"\baimsdoc (\w[\w-]*)((?: +(?:--?[\w-]+|\"[^\"]*\"|[^\s|>&;]+))*)", text)
    assert calls, "no aimsdoc command found"
    for command, args in calls:
        helptext = run([aimsdoc, command, "--help"]).stdout
        for flag in re.findall(r"(?<![\w-])--[\w-]+", args):
            assert re.search(rf"{flag}\b", helptext), f"aimsdoc {command} has no {flag}"


def env_with(aimsdoc, **extra):
    env = dict(os.environ, PATH=f"{pathlib.Path(aimsdoc).resolve().parent}:{os.environ['PATH']}")
    env.update(extra)
    return env


# --- GitHub composite action ---

def substitute(text, ctx):
    def value(m):
        expr = m.group(1).strip()
        assert expr in ctx, f"expression the test does not know: {expr}"
        return ctx[expr]
    return re.sub(r"\$\{\{(.*?)\}\}", value, str(text))


def condition_holds(cond, ctx):
    if cond is None:
        return True
    m = re.fullmatch(r"inputs\.([\w-]+) (==|!=) '([^']*)'", cond.strip())
    assert m, f"`if:` form the test does not know: {cond}"
    equal = ctx[f"inputs.{m.group(1)}"] == m.group(3)
    return equal if m.group(2) == "==" else not equal


def run_action(action, aimsdoc, workspace, inputs):
    """Runs the steps; returns (exit code of the failing step or 0, step names run, uploads)."""
    temp = workspace / "runner-temp"
    temp.mkdir(exist_ok=True)
    ctx = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    ctx.update({f"inputs.{k}": v for k, v in inputs.items()})
    ctx.update({"github.action_path": str(SOURCE), "runner.temp": str(temp)})
    ran, uploads = [], []
    for step in action["runs"]["steps"]:
        if not condition_holds(step.get("if"), ctx):
            continue
        ran.append(step["name"])
        if "uses" in step:
            for key in ("sarif_file", "path"):
                if key in step.get("with", {}):
                    path = pathlib.Path(substitute(step["with"][key], ctx))
                    assert path.exists(), f"{step['name']}: {path} does not exist"
                    uploads.append(path)
            continue
        assert step["shell"] == "bash", step
        output = temp / "github_output"
        output.write_text("")
        env = env_with(aimsdoc, GITHUB_OUTPUT=str(output), RUNNER_TEMP=str(temp),
                       GITHUB_ACTION_PATH=str(SOURCE))
        env.update({k: substitute(v, ctx) for k, v in step.get("env", {}).items()})
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                               substitute(step["run"], ctx)], cwd=workspace, env=env,
                              capture_output=True, text=True, timeout=600)
        (temp / f"step-{len(ran)}.log").write_text(proc.stdout + proc.stderr)
        for line in output.read_text().splitlines():
            key, val = line.split("=", 1)
            ctx[f"steps.{step['id']}.outputs.{key}"] = val
        if proc.returncode != 0:
            return proc.returncode, ran, uploads, temp
    return 0, ran, uploads, temp


def check_github(aimsdoc, source):
    text = (source / "action.yml").read_text()
    action = yaml.safe_load(text)
    assert action["runs"]["using"] == "composite"
    check_flags(aimsdoc, "\n".join(s.get("run", "") for s in action["runs"]["steps"]))
    for script in re.findall(r"\$ACTION_DIR/(scripts/[\w-]+)", text):
        assert os.access(source / script, os.X_OK), f"{script} is not an executable script"
    with tempfile.TemporaryDirectory() as tmp:
        workspace = pathlib.Path(tmp)
        copy_example(source, workspace)
        inputs = {"install": "none", "root": "aims", "sarif": "true"}
        code, ran, uploads, temp = run_action(action, aimsdoc, workspace, inputs)
        assert code == 0, (code, ran, (temp / f"step-{len(ran)}.log").read_text())
        assert "Fail on findings" in ran and "Upload SARIF to code scanning" in ran, ran
        log = (temp / "step-1.log").read_text()
        assert "::error" not in log and "controls" in log, log
        sarif = json.loads((temp / "aimsdoc.sarif").read_text())
        assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
        assert (temp / "aimsdoc-portal" / "index.html").is_file()
        assert (temp / "aimsdoc-portal" / "soa.xlsx").is_file()
        assert len(uploads) == 2, uploads
    with tempfile.TemporaryDirectory() as tmp:
        workspace = pathlib.Path(tmp)
        broken_example(workspace, source)
        inputs = {"install": "none", "root": "aims", "portal": "false"}
        code, ran, uploads, temp = run_action(action, aimsdoc, workspace, inputs)
        assert code == 1 and ran[-1] == "Fail on findings", (code, ran)
        log = (temp / "step-1.log").read_text()
        assert "::error file=aims/controls/A.6.2.4.yaml,title=coverage.record::" in log, log
        assert not uploads
        inputs["allow-gaps"] = "true"
        code, ran, _, _ = run_action(action, aimsdoc, workspace, inputs)
        assert code == 0 and "Fail on findings" not in ran, (code, ran)


# --- GitLab CI template ---

def gitlab_job(template, name):
    job = dict(template[name])
    parent = template[job.pop("extends")] if "extends" in job else {}
    return {**parent, **job}


def run_gitlab_job(template, name, aimsdoc, workspace, variables):
    job = gitlab_job(template, name)
    lines = job.get("before_script", []) + job["script"]
    env = env_with(aimsdoc, **{k: str(v) for k, v in template["variables"].items()})
    env.update(variables)
    return subprocess.run(["bash", "--noprofile", "--norc", "-c",
                           "set -eo pipefail\n" + "\n".join(lines)], cwd=workspace, env=env,
                          capture_output=True, text=True, timeout=600)


def check_gitlab(aimsdoc, source):
    text = (source / "ci" / "aimsdoc.gitlab-ci.yml").read_text()
    template = yaml.safe_load(text)
    check_flags(aimsdoc, "\n".join("\n".join(gitlab_job(template, j).get("before_script", []) +
                                             gitlab_job(template, j)["script"])
                                   for j in ("aimsdoc-check", "pages")))
    job = gitlab_job(template, "aimsdoc-check")
    report = job["artifacts"]["reports"]["codequality"]
    assert job["artifacts"]["when"] == "always"
    pages = gitlab_job(template, "pages")
    assert pages["artifacts"]["paths"] == ["public"]
    assert pages["rules"][0]["if"] == "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"
    variables = {"AIMSDOC_ROOT": "aims", "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main"}
    with tempfile.TemporaryDirectory() as tmp:
        workspace = pathlib.Path(tmp)
        copy_example(source, workspace)
        proc = run_gitlab_job(template, "aimsdoc-check", aimsdoc, workspace, variables)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert json.loads((workspace / report).read_text()) == []
        proc = run_gitlab_job(template, "pages", aimsdoc, workspace, variables)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert (workspace / "public" / "index.html").is_file()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = pathlib.Path(tmp)
        broken_example(workspace, source)
        proc = run_gitlab_job(template, "aimsdoc-check", aimsdoc, workspace, variables)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        issues = json.loads((workspace / report).read_text())
        assert any(i["check_name"] == "coverage.record" for i in issues), issues
        assert "[coverage.record]" in proc.stdout, proc.stdout  # the text findings in the log


# --- pre-commit ---

def git(repo, *args):
    return run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo)


def try_hook(aimsdoc, source, repo):
    env = env_with(aimsdoc, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"))
    return subprocess.run(["pre-commit", "try-repo", str(source), "aimsdoc-check",
                           "--all-files"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=600)


def check_pre_commit(aimsdoc, source):
    text = (source / ".pre-commit-hooks.yaml").read_text()
    hooks = yaml.safe_load(text)
    assert hooks[0]["id"] == "aimsdoc-check" and hooks[0]["language"] == "system", hooks
    check_flags(aimsdoc, hooks[0]["entry"] + " " + " ".join(hooks[0].get("args", [])))
    assert shutil.which("pre-commit"), "pre-commit (Debian package) is not installed"
    with tempfile.TemporaryDirectory() as tmp:
        repo = copy_example(source, pathlib.Path(tmp))
        for extra in ("src", "tests", "bench", "scripts", "docs", "cmake"):
            shutil.rmtree(repo / extra, ignore_errors=True)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "example")
        proc = try_hook(aimsdoc, source, repo)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert re.search(r"aimsdoc check\.+Passed", proc.stdout), proc.stdout
        (repo / "controls" / "A.6.2.4.yaml").unlink()
        git(repo, "commit", "-qam", "drop a record")
        proc = try_hook(aimsdoc, source, repo)
        assert proc.returncode == 1, proc.stdout + proc.stderr
        assert re.search(r"aimsdoc check\.+Failed", proc.stdout), proc.stdout
        assert "[coverage.record]" in proc.stdout, proc.stdout


def main():
    global SOURCE
    aimsdoc, SOURCE, mode = sys.argv[1], pathlib.Path(sys.argv[2]).resolve(), sys.argv[3]
    {"github": check_github, "gitlab": check_gitlab, "pre-commit": check_pre_commit}[mode](
        aimsdoc, SOURCE)
    print(f"ci.{mode}: ok")


if __name__ == "__main__":
    main()
