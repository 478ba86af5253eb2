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
  since     two tagged states: `build --since v1` lists exactly the policies added, removed
            and changed (versions, diff), the record fields changed and the evidence added
            and expired, on the changes page and in the Changes sheet (openpyxl); --since v2
            lists only the evidence expired since; site.yaml `last_audit: v1` does the same
            as --since v1; without either there is no changes page
  since-errors  --since on a tree that is not a git repository, an unknown revision, a
            last_audit naming no revision: exit 2 with the documented diagnostic, nothing
            written; last_audit outside git is no error
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
                      r'<td>([^<]*)</td><td>([^<]*)</td>'
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
    replace(root / "content/policy.md", 'version: "1.0"\napproved_by: alice', 'version: "1.1"\napproved_by: bob')
    third = repo.commit("Annual review & <approval>", "2026-03-15T08:00:00+01:00")

    out = tmp / "site"
    summary = build(aimsdoc, root, out)
    assert "document history" not in summary, summary
    # Each row says which version its commit holds and who approved it (7.5.3).
    expected = [
        ("2026-03-15", "Alice Example", "Annual review & <approval>", "1.1", "bob", third, third[:7]),
        ("2026-02-10", "Bob Example", "Extend scope to vendors", "1.0", "alice", second, second[:7]),
        ("2026-01-05", "Alice Example", "Adopt the management policy", "1.0", "alice", first, first[:7]),
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


def replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def two_tagged_states(base, root):
    """v1: the fixture, with A.1.2's evidence expiring 2026-04-01 (after v1, before the
    build date 2026-06-01). v2: POL-1 edited to version 1.1, POL-2 (ops.md) removed, POL-3
    added, A.1.1's owner changed, an evidence item added to 1.1."""
    shutil.copytree(base, root)
    repo = Repo(root)
    replace(root / "controls/A.1.2.yaml", "expires: 2027-03-01", "expires: 2026-04-01")
    # Unchanged between the tags, with a BOM and CRLF lines: read from git as from disk, so
    # it is not listed (nor is a hidden file, which the folder walk skips too).
    (root / "content/windows.md").write_bytes(
        b'\xef\xbb\xbf---\r\nid: POL-4\r\ntitle: Windows Policy\r\nowner: bob\r\nversion: "1.0"\r\n'
        b"approved_by: alice\r\neffective: 2026-01-01\r\nreview_by: 2027-01-01\r\ncovers: [A.1.1]\r\n"
        b"---\r\n# Windows Policy\r\n\r\nSaved on Windows.\r\n")
    (root / "content/.draft.md").write_text(
        '---\nid: POL-5\ntitle: Draft\nowner: bob\nversion: "0.1"\napproved_by: alice\n'
        "effective: 2026-01-01\nreview_by: 2027-01-01\ncovers: [A.1.1]\n---\n# Draft\n",
        encoding="utf-8")
    repo.commit("State of the first audit", "2026-01-05T09:00:00+00:00")
    repo.git("tag", "-a", "v1", "-m", "audit 2026", date="2026-01-05T09:00:00+00:00")
    policy = root / "content/policy.md"
    replace(policy, 'version: "1.0"', 'version: "1.1"')
    replace(policy, "Operations follow the [operations procedure](ops.md).",
            "Operations follow the AI operations handbook.\n\nVendors are in scope.")
    (root / "content/ops.md").unlink()
    (root / "content/new.md").write_text(
        '---\nid: POL-3\ntitle: Vendor Policy\nowner: bob\nversion: "0.9"\n'
        'approved_by: alice\neffective: 2026-02-01\nreview_by: 2027-02-01\ncovers: [A.1.1]\n'
        "---\n# Vendor Policy\n\nVendors are assessed.\n", encoding="utf-8")
    replace(root / "controls/A.1.1.yaml", "owner: bob", "owner: alice")
    with open(root / "controls/1.1.yaml", "a", encoding="utf-8") as f:
        f.write("  - id: EV-1.1-B\n    title: Second evidence for 1.1\n"
                "    file: evidence/1.1.txt\n    collected: 2026-02-01\n")
    repo.commit("State of the second audit", "2026-02-05T09:00:00+00:00")
    repo.git("tag", "v2")
    return repo


EXPECTED_SHEET = [
    ("Policy", "POL-1", "Management Policy", "changed", "version", "1.0", "1.1"),
    ("Policy", "POL-2", "Operations Procedure", "removed", "version", "1.0", None),
    ("Policy", "POL-3", "Vendor Policy", "added", "version", None, "0.9"),
    ("Requirement", "1.1", None, "changed", "evidence", "EV-1.1", "EV-1.1, EV-1.1-B"),
    ("Requirement", "A.1.1", None, "changed", "owner", "bob", "alice"),
    ("Evidence", "EV-1.1-B", "Second evidence for 1.1", "added", "collected", None, "2026-02-01"),
    ("Evidence", "EV-A.1.2", "Evidence for A.1.2", "expired", "expires", None, "2026-04-01"),
]


def changes_sheet(xlsx):
    import openpyxl
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    assert "Changes" in wb.sheetnames, wb.sheetnames
    rows = [r for r in wb["Changes"].iter_rows(values_only=True)]
    header = rows.index(next(r for r in rows if r and r[0] == "Item"))
    # Requirement titles come from the catalog: compared apart.
    return [tuple(None if i == 2 and r[0] == "Requirement" else v for i, v in enumerate(r[:7]))
            for r in rows[header + 1:] if any(v is not None for v in r)]


def page_rows(page, section):
    text = page.read_text(encoding="utf-8")
    m = re.search(rf'<section class="panel changes-{section}">(.*?)</section>', text, re.S)
    if not m:
        return []
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", m.group(1), re.S)[1:]
    return [tuple(html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                  for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)) for row in rows]


def since(aimsdoc, base, tmp):
    root = tmp / "aims"
    two_tagged_states(base, root)
    out = tmp / "site"
    build(aimsdoc, root, out, "--since", "v1")
    page = out / "changes.html"
    assert page.is_file(), "no changes page"
    text = page.read_text(encoding="utf-8")
    assert "<h1>Changes since v1</h1>" in text, text[:2000]
    assert page_rows(page, "policies") == [
        ("POL-1 Management Policy", "Changed", "1.0", "1.1", "content/policy.md"),
        ("POL-2 Operations Procedure", "Removed", "1.0", "", "content/ops.md"),
        ("POL-3 Vendor Policy", "Added", "", "0.9", "content/new.md"),
    ], page_rows(page, "policies")
    assert [r[0].split()[0] + " " + " ".join(r[1:]) for r in page_rows(page, "records")] == [
        "1.1 evidence EV-1.1 EV-1.1, EV-1.1-B", "A.1.1 owner bob alice",
    ], page_rows(page, "records")
    assert page_rows(page, "evidence") == [
        ("EV-1.1-B Second evidence for 1.1", "Added", "1.1", "2026-02-01"),
        ("EV-A.1.2 Evidence for A.1.2", "Expired", "A.1.2", "2026-04-01"),
    ], page_rows(page, "evidence")
    diff = re.findall(r'<span class="diff-(\w+)">([^<]*)</span>', text)
    assert ("removed", "Operations follow the [operations procedure](ops.md).") in diff, diff
    assert ("added", "Operations follow the AI operations handbook.") in diff, diff
    assert ("added", "Vendors are in scope.") in diff, diff
    assert 'href="changes.html"' in (out / "index.html").read_text(encoding="utf-8"), "no nav entry"
    got = changes_sheet(out / "soa.xlsx")
    assert got == EXPECTED_SHEET, "Changes sheet:\n" + "\n".join(map(str, got))

    # Since v2 only the evidence expired (2026-04-01, after v2's commit) is a change.
    build(aimsdoc, root, tmp / "v2", "--since", "v2")
    v2 = tmp / "v2/changes.html"
    assert page_rows(v2, "policies") == [] and page_rows(v2, "records") == [], v2.read_text()
    assert page_rows(v2, "evidence") == [
        ("EV-A.1.2 Evidence for A.1.2", "Expired", "A.1.2", "2026-04-01")]
    assert changes_sheet(tmp / "v2/soa.xlsx") == EXPECTED_SHEET[-1:]

    plain = tmp / "plain"
    build(aimsdoc, root, plain)
    assert not (plain / "changes.html").exists(), "a changes page without a revision"
    with open(root / "site.yaml", "a", encoding="utf-8") as f:
        f.write("last_audit: v1\n")
    from_site = tmp / "from-site"
    build(aimsdoc, root, from_site)
    assert (from_site / "changes.html").read_bytes() == page.read_bytes()
    assert changes_sheet(from_site / "soa.xlsx") == EXPECTED_SHEET
    print("history.since: ok")


def expect_usage_error(aimsdoc, root, out, args, expected):
    r = run([aimsdoc, "build", "--root", str(root), "--out", str(out), *args])
    assert r.returncode == 2, (r.returncode, r.stderr)
    errors = [line for line in r.stderr.splitlines() if ": error: " in line]
    assert errors == [expected], r.stderr
    assert not out.exists(), "something was written"


def since_errors(aimsdoc, base, tmp):
    plain = tmp / "plain"
    shutil.copytree(base, plain)
    expect_usage_error(
        aimsdoc, plain, tmp / "a", ["--since", "v1"],
        f"--since: error: cannot report changes since 'v1': it needs the AIMS's git history, "
        f"but {plain} is not the top folder of a git repository; build in the top folder of "
        f"a full git clone, or without --since [git.since]")
    root = tmp / "aims"
    two_tagged_states(base, root)
    expect_usage_error(
        aimsdoc, root, tmp / "b", ["--since", "audit-1999"],
        f"--since: error: cannot report changes since 'audit-1999': no tag, branch or commit "
        f"'audit-1999' in {root}; name a tag, a branch, a commit or a date YYYY-MM-DD of its "
        f"history [git.since]")
    expect_usage_error(
        aimsdoc, root, tmp / "c", ["--since", "2025-01-01"],
        f"--since: error: cannot report changes since '2025-01-01': no commit before "
        f"2025-01-01 in {root}; name a tag, a branch, a commit or a date YYYY-MM-DD of its "
        f"history [git.since]")
    site = (root / "site.yaml").read_text(encoding="utf-8")
    line = len(site.splitlines()) + 1
    (root / "site.yaml").write_text(site + "last_audit: nope\n", encoding="utf-8")
    expect_usage_error(
        aimsdoc, root, tmp / "d", [],
        f"site.yaml:{line}:13: error: cannot report changes since 'nope': no tag, branch or "
        f"commit 'nope' in {root}; name a tag, a branch, a commit or a date YYYY-MM-DD of its "
        f"history [git.since]")
    # A date resolves to the last commit before that day: v1's state.
    build(aimsdoc, root, tmp / "e", "--since", "2026-01-06")
    assert "commit <code" in (tmp / "e/changes.html").read_text(encoding="utf-8")
    # last_audit outside git: no error, no changes page, the history note.
    (plain / "site.yaml").write_text(
        (plain / "site.yaml").read_text(encoding="utf-8") + "last_audit: v1\n", encoding="utf-8")
    summary = build(aimsdoc, plain, tmp / "f")
    assert "note: built without document history" in summary, summary
    assert not (tmp / "f/changes.html").exists()
    print("history.since-errors: ok")


def main():
    aimsdoc, base, scenario = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    scenarios = {"document": document, "not-git": not_git, "shallow": shallow, "since": since,
                 "since-errors": since_errors}
    with tempfile.TemporaryDirectory() as tmp:
        scenarios[scenario](aimsdoc, base, pathlib.Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
