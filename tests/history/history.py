#!/usr/bin/python3
"""The AIMS's git history in the portal, from a git repository made here.

usage: history.py AIMSDOC BASE_FIXTURE SCENARIO

  document  three commits of content/policy.md (and one of ops.md, and a branch merged
            with `-s ours` whose change to policy.md was discarded): POL-1's page lists
            exactly its three commits, newest first, with date, author, subject and short
            id; two builds are byte-identical; a new commit is seen by the next build
            without --force
  not-git   a tree that is not a git repository builds (exit 0), with no history on the
            pages, and the summary says why once
  shallow   a shallow clone: the same, naming the shallow clone
"""
import html
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)


class Repo:
    """A git repository with fixed identities and dates, so its ids never vary."""

    def __init__(self, root: pathlib.Path):
        self.root = root
        self.git("init", "-q", "-b", "main")

    def git(self, *args, date="2026-01-01T10:00:00+00:00", author="Alice Example"):
        env = dict(os.environ, GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL="a@example.com",
                   GIT_COMMITTER_NAME=author, GIT_COMMITTER_EMAIL="a@example.com",
                   GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date, GIT_CONFIG_NOSYSTEM="1",
                   HOME=str(self.root))
        r = run(["git", "-C", str(self.root), *args], env=env)
        assert r.returncode == 0, (args, r.stderr)
        return r.stdout.strip()

    def commit(self, message, date, author="Alice Example"):
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message, date=date, author=author)
        return self.git("rev-parse", "HEAD")

    def edit(self, path, text):
        with open(self.root / path, "a", encoding="utf-8") as f:
            f.write(text)


def build(aimsdoc, root, out, *args):
    r = run([aimsdoc, "build", "--root", str(root), "--out", str(out), "--allow-gaps", *args])
    assert r.returncode == 0, f"build exited {r.returncode}:\n{r.stderr}"
    return r.stderr


def history_rows(page: pathlib.Path):
    text = page.read_text(encoding="utf-8")
    section = re.search(r'<section class="panel document-history">(.*?)</section>', text, re.S)
    if not section:
        return None
    rows = re.findall(r'<tr><td class="date">([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>'
                      r'<td><code title="([0-9a-f]{40})">([0-9a-f]{7})</code></td></tr>',
                      section.group(1))
    return [tuple(html.unescape(v) for v in row) for row in rows]


def tree(site):
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def document(aimsdoc, base, tmp):
    root = tmp / "aims"
    shutil.copytree(base, root)
    repo = Repo(root)
    first = repo.commit("Adopt the management policy", "2026-01-05T09:00:00+00:00")
    repo.edit("content/ops.md", "\nOn-call rota added.\n")
    repo.commit("Operations: on-call rota", "2026-02-01T09:00:00+00:00")
    repo.edit("content/policy.md", "\nScope extended to vendors.\n")
    # Late evening in UTC-05:00 is the next day in UTC: the author's own day is shown.
    second = repo.commit("Extend scope to vendors", "2026-02-10T23:30:00-05:00",
                         author="Bob Example")
    repo.git("checkout", "-q", "-b", "discarded")
    repo.edit("content/policy.md", "\nA change the merge discards.\n")
    repo.commit("Draft never adopted", "2026-02-20T09:00:00+00:00")
    repo.git("checkout", "-q", "main")
    repo.git("merge", "-q", "-s", "ours", "--no-edit", "discarded",
             date="2026-02-21T09:00:00+00:00")
    repo.edit("content/policy.md", "\nAnnual review & <approval>.\n")
    third = repo.commit("Annual review & <approval>", "2026-03-15T08:00:00+01:00")

    out = tmp / "site"
    summary = build(aimsdoc, root, out)
    assert "document history" not in summary, summary
    expected = [
        ("2026-03-15", "Alice Example", "Annual review & <approval>", third, third[:7]),
        ("2026-02-10", "Bob Example", "Extend scope to vendors", second, second[:7]),
        ("2026-01-05", "Alice Example", "Adopt the management policy", first, first[:7]),
    ]
    got = history_rows(out / "policies/POL-1.html")
    assert got == expected, f"POL-1 history:\n{got}\nexpected:\n{expected}"
    ops = history_rows(out / "policies/POL-2.html")  # content/ops.md
    assert [r[2] for r in ops] == ["Operations: on-call rota", "Adopt the management policy"], ops

    again = tmp / "again"
    build(aimsdoc, root, again, "--force")
    a, b = tree(out), tree(again)
    assert a.keys() == b.keys() and all(a[k] == b[k] for k in a), "two builds differ"

    # Edited and built, then committed: no input file changes, only git.
    repo.edit("content/ops.md", "\nRota moved.\n")
    build(aimsdoc, root, out)
    repo.commit("Rota moved", "2026-04-01T09:00:00+00:00")
    build(aimsdoc, root, out)  # into the same folder, no --force
    got = history_rows(out / "policies/POL-1.html")
    assert got == expected, got
    assert [r[2] for r in history_rows(out / "policies/POL-2.html")][0] == "Rota moved", \
        "a new commit was not seen by the next build"
    print("history.document: ok")


def expect_no_history(aimsdoc, root, out, reason):
    summary = build(aimsdoc, root, out)
    notes = [line for line in summary.splitlines() if line.startswith("note:")]
    assert notes == [f"note: built without document history: {root} {reason}"], summary
    page = out / "policies/POL-1.html"
    assert history_rows(page) is None, "a page shows a history that does not exist"
    assert "Document history" not in page.read_text(encoding="utf-8")


def not_git(aimsdoc, base, tmp):
    root = tmp / "aims"
    shutil.copytree(base, root)
    expect_no_history(aimsdoc, root, tmp / "site", "is not the top folder of a git repository")
    print("history.not-git: ok")


def shallow(aimsdoc, base, tmp):
    origin = tmp / "origin"
    shutil.copytree(base, origin)
    repo = Repo(origin)
    repo.commit("One", "2026-01-05T09:00:00+00:00")
    repo.edit("content/policy.md", "\nTwo.\n")
    repo.commit("Two", "2026-01-06T09:00:00+00:00")
    clone = tmp / "clone"
    r = run(["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)])
    assert r.returncode == 0, r.stderr
    expect_no_history(aimsdoc, clone, tmp / "site",
                      "is a shallow git clone (its history is cut off)")
    print("history.shallow: ok")


def main():
    aimsdoc, base, scenario = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    scenarios = {"document": document, "not-git": not_git, "shallow": shallow}
    with tempfile.TemporaryDirectory() as tmp:
        scenarios[scenario](aimsdoc, base, pathlib.Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
