#!/usr/bin/python3
"""Incremental rebuilds: after a change, `aimsdoc build` into the previous output takes
unchanged files over from it (output/build_cache.hpp). What it publishes must be exactly
what a clean `build --force` into another folder publishes (compared like diff -r), and it
must take over the files the change does not touch (compared by inode: a taken-over file
is the previous portal's file, hard-linked).

usage: incremental.py AIMSDOC SOURCE_DIR SCENARIO

  body        one policy's text edited: only its page is rendered again
  title       a linked-to policy's title edited: its page, the pages linking to it and the
              lists that show it
  id          a policy's id changed: its page moves, and pages linking to it follow
  added       a policy added (every page's navigation count changes)
  removed     a policy deleted
  evidence    an evidence file edited: its copy and the pages showing its hash (its own
              page previews it too)
  evidence-same-stat
              an evidence file rewritten with other bytes of the same size and its
              modification time put back (as rsync -a, tar or cp -p leave it): not "up to
              date", its copy and hash follow
  tampered    a portal file edited in place, another input edited: the portal file is
              rendered again, not taken over
  theme       a user theme's policy template edited; then one showing the body escaped
              (the page cannot be spliced, and is rendered twice); then a template added
              to the theme folder, which the next build (no --force) must use
  damaged     the cache file and the policy records truncated: a full build, the same
              portal
  asset       an image added beside a policy and embedded: its page and the copy; then the
              image's bytes edited: the copy
  bodies-on-disk
              as body, with every policy body left in its file and read again for its page
              (AIMSDOC_BODY_MEMORY=0); the portal must also be the one a build holding the
              bodies in memory publishes
"""
import filecmp
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

N_POLICIES = 120


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600)


def build(aimsdoc, root, out, *args):
    r = run([aimsdoc, "build", "--root", str(root), "--out", str(out), "--allow-gaps", *args])
    assert r.returncode == 0, f"build failed ({r.returncode}):\n{r.stderr[-3000:]}"
    return r.stderr


def inodes(site):
    return {str(p.relative_to(site)): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def same_tree(a, b):
    """Paths of files that differ, or exist on one side only (diff -r)."""
    out = []
    cmp = filecmp.dircmp(a, b)
    stack = [("", cmp)]
    while stack:
        prefix, c = stack.pop()
        out += [prefix + n for n in c.left_only + c.right_only + c.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out += [prefix + n for n in mismatch + errors]
        stack += [(prefix + name + "/", sub) for name, sub in c.subdirs.items()]
    return sorted(out)


def policies(root):
    """{id: path} of the corpus's policies."""
    found = {}
    for p in (root / "content").rglob("*.md"):
        m = re.search(r"^id: (\S+)$", p.read_text(), re.M)
        if m:
            found[m.group(1)] = p
    return found


def linked_pair(root):
    """(source, target) ids: a policy with a relative link to another one."""
    ids = policies(root)
    by_path = {p.resolve(): i for i, p in ids.items()}
    for pid, path in sorted(ids.items()):
        for target in re.findall(r"\]\(([^)#:]+\.md)", path.read_text()):
            t = by_path.get((path.parent / target).resolve())
            if t and t != pid:
                return pid, t
    raise AssertionError("no policy links to another")


def fields(path):
    """The length-prefixed fields ("5:hello") of a file aimsdoc keeps between builds."""
    data, out, i = path.read_bytes(), [], 0
    while i < len(data):
        colon = data.index(b":", i)
        end = colon + 1 + int(data[i:colon])
        out.append(data[colon + 1:end])
        i = end
    return out


def edit(path, old, new):
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


# Each scenario changes the corpus and returns (must be rendered again, may be rendered
# again): output paths, or path prefixes ending in "*". manifest.json (and SHA256SUMS, which
# lists it), soa.xlsx and the search index's manifest and shards may always change.
ALWAYS = {"manifest.json", "SHA256SUMS", "soa.xlsx", "assets/search-index.js", "assets/search-*"}


def scenario_body(root, out):
    pid, path = sorted(policies(root).items())[7]
    with path.open("a") as f:
        f.write("\nA further sentence on the retention of audit logs.\n")
    return {f"policies/{pid}.html", "handbook.html"}, set()


def scenario_title(root, out):
    source, target = linked_pair(root)
    path = policies(root)[target]
    edit(path, "title: \"", "title: \"Revised ")
    # Pages showing the target's title: its own, pages of the policies it links to (their
    # "linked from"), the policy register, its requirements' and owners' lists.
    return {f"policies/{target}.html", "policies.html", "handbook.html"}, {
        "policies/*", "clauses/*", "controls/*", "owners.html", "index.html", "soa.html",
        "clauses.html"}


def scenario_id(root, out):
    source, target = linked_pair(root)
    edit(policies(root)[target], f"id: {target}", f"id: {target}-R")
    return {f"policies/{target}-R.html", f"policies/{source}.html", "policies.html",
            "handbook.html"}, {
        "policies/*", "clauses/*", "controls/*", "owners.html", "index.html", "soa.html",
        "clauses.html", "gaps.html"}


def scenario_added(root, out):
    path = sorted(policies(root).values())[0]
    text = re.sub(r"^id: \S+$", "id: POL-ADDED", path.read_text(), count=1, flags=re.M)
    (path.parent / "added-policy.md").write_text(text)
    return {"policies/POL-ADDED.html"}, {"*"}


def scenario_removed(root, out):
    pid, path = sorted(policies(root).items())[3]
    path.unlink()
    return set(), {"*"}


def scenario_evidence(root, out):
    path = sorted((root / "evidence").rglob("*.md"))[0]
    with path.open("a") as f:
        f.write("\nAmended after the audit.\n")
    return set(), {"files/evidence/*", "clauses/*", "controls/*", "evidence.html", "evidence/*"}


def scenario_evidence_same_stat(root, out):
    path = sorted((root / "evidence").rglob("*.md"))[0]
    before = path.stat()
    data = path.read_bytes()
    path.write_bytes(data[::-1])  # other bytes, the same size
    assert path.read_bytes() != data
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    # A Markdown file is published as .md.txt (a browser could render it as HTML).
    return {"files/" + str(path.relative_to(root)) + ".txt"}, {"files/evidence/*", "clauses/*",
                                                      "controls/*", "evidence.html", "evidence/*"}


def scenario_tampered(root, out):
    pid, _ = sorted(policies(root).items())[5]
    page = out / "policies" / f"{pid}.html"
    data = page.read_bytes()
    page.write_bytes(data.replace(b"<", b"[", 1))  # same size, same inode, new mtime
    other, path = sorted(policies(root).items())[9]
    with path.open("a") as f:
        f.write("\nOne more sentence.\n")
    return {f"policies/{pid}.html", f"policies/{other}.html", "handbook.html"}, set()


def scenario_theme(root, out):
    theme = root / "mytheme" / "templates"
    theme.mkdir(parents=True)
    template = pathlib.Path(SOURCE, "themes/default/templates/policy.mustache").read_text()
    (theme / "policy.mustache").write_text(template)
    edit(root / "site.yaml", "build_date:", "theme: mytheme\nbuild_date:")
    return set(), {"*"}


def scenario_asset(root, out):
    """An image added beside a policy and embedded by it: the policy's page and the copy."""
    pid, path = sorted(policies(root).items())[5]
    image = path.parent / "img" / "chart.png"
    image.parent.mkdir(exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n first version")
    with path.open("a") as f:
        f.write("\n![Chart of the quarter](img/chart.png)\n")
    copy = "files/" + str(image.relative_to(root))
    return {f"policies/{pid}.html", copy}, {"*"}


def scenario_damaged(root, out):
    for name in ("cache", "policies"):
        cache = out.parent / f".{out.name}.aimsdoc-cache" / name
        data = cache.read_bytes()
        cache.write_bytes(data[: len(data) // 2])
    pid, path = sorted(policies(root).items())[2]
    with path.open("a") as f:
        f.write("\nAnother sentence.\n")
    return {"*"}, {"*"}


SCENARIOS = {"body": scenario_body, "title": scenario_title, "id": scenario_id,
             "added": scenario_added, "removed": scenario_removed, "evidence": scenario_evidence,
             "evidence-same-stat": scenario_evidence_same_stat,
             "tampered": scenario_tampered, "theme": scenario_theme, "damaged": scenario_damaged,
             "asset": scenario_asset, "bodies-on-disk": scenario_body}


def matches(path, patterns):
    return any(path == p or (p.endswith("*") and path.startswith(p[:-1])) for p in patterns)


def check_rebuild(aimsdoc, root, out, ref, must, may, failures, label):
    before = inodes(out)
    log = build(aimsdoc, root, out)
    after = inodes(out)
    build(aimsdoc, root, ref, "--force")
    for path in same_tree(out, ref):
        failures.append(f"{label}: {path} differs from a clean build")
    rendered = {p for p, ino in after.items() if before.get(p) != ino}
    for p in sorted(must):
        if p != "*" and p not in rendered:
            failures.append(f"{label}: {p} was taken over, but the change affects it")
    if "*" not in must:
        for p in sorted(rendered):
            if not matches(p, ALWAYS | must | may):
                failures.append(f"{label}: {p} was rendered again, but the change does not affect it")
        if "taken over from the previous build" not in log:
            failures.append(f"{label}: the rebuild took nothing over:\n{log}")
    if "*" in must and "taken over" in log:
        failures.append(f"{label}: a rebuild without a usable cache took files over:\n{log}")
    return rendered


def main():
    global SOURCE
    aimsdoc, SOURCE, name = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    failures = []
    if name == "bodies-on-disk":
        os.environ["AIMSDOC_BODY_MEMORY"] = "0"
    with tempfile.TemporaryDirectory(prefix="aimsdoc-incr-") as tmp:
        tmp = pathlib.Path(tmp)
        root = tmp / "aims"
        r = run(["/usr/bin/python3", f"{SOURCE}/bench/gen-corpus", str(N_POLICIES), str(root)])
        assert r.returncode == 0, r.stderr
        shutil.rmtree(root / "hugo")
        shutil.rmtree(root / "floor")
        out, ref = tmp / "site", tmp / "ref"
        build(aimsdoc, root, out)
        must, may = SCENARIOS[name](root, out)
        rendered = check_rebuild(aimsdoc, root, out, ref, must, may, failures, name)
        if name == "body":  # every policy was recorded for the next build (policy_records.hpp)
            recorded = len(fields(out.parent / f".{out.name}.aimsdoc-cache" / "policies")) - 2
            if recorded != len(policies(root)):
                failures.append(f"body: {recorded} of {len(policies(root))} policies recorded")
        if name == "body":  # the index's shards away from the policy's words are taken over
            shards = {p for p in inodes(out) if p.startswith("assets/search-")}
            if len(shards) > 4 and not shards - rendered:
                failures.append(f"body: all {len(shards)} search index files were written again")
            if len(shards) <= 4:
                failures.append(f"body: the index has {len(shards)} files, too few to show reuse")
        if name == "theme":  # now a theme whose policy page cannot be spliced
            template = root / "mytheme" / "templates" / "policy.mustache"
            edit(template, "{{{body_html}}}", "<pre>{{body_html}}</pre>")
            every_policy = {f"policies/{pid}.html" for pid in policies(root)}
            check_rebuild(aimsdoc, root, out, ref, every_policy, {"*"}, failures,
                          "theme (escaped body)")
            page = out / "policies" / f"{sorted(policies(root))[0]}.html"
            if "&lt;p&gt;" not in page.read_text():
                failures.append("theme (escaped body): the body is not shown escaped")
            # A template the theme did not override before: a new file in its folder, seen
            # by the up-to-date check without --force.
            owners = pathlib.Path(SOURCE, "themes/default/templates/owners.mustache").read_text()
            (template.parent / "owners.mustache").write_text("<p>theme-override-added</p>\n" + owners)
            build(aimsdoc, root, out)
            if "theme-override-added" not in (out / "owners.html").read_text():
                failures.append("theme (file added): the next build did not use the new template")
        if name == "asset":  # the image's bytes change: only its copy is new
            image = next((root / "content").rglob("chart.png"))
            image.write_bytes(b"\x89PNG\r\n\x1a\n second version, longer")
            copy = "files/" + str(image.relative_to(root))
            check_rebuild(aimsdoc, root, out, ref, {copy}, {"*"}, failures, "asset (edited)")
            if (out / copy).read_bytes() != image.read_bytes():
                failures.append("asset (edited): the portal holds the old bytes")
        if name == "bodies-on-disk":  # the same portal as one built from bodies in memory
            del os.environ["AIMSDOC_BODY_MEMORY"]
            held = tmp / "held"
            build(aimsdoc, root, held, "--force")
            for path in same_tree(out, held):
                failures.append(f"bodies-on-disk: {path} differs from a build holding the bodies")
        print(f"{name}: {len(rendered)} of {len(inodes(out))} files rendered again")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
