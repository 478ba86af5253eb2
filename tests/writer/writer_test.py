#!/usr/bin/python3
"""The policy writer's loop, end to end.

usage: writer_test.py AIMSDOC SOURCE_DIR SCENARIO

  init    `init DIR` writes a starter AIMS (site.yaml, a policy, a record per catalog
          requirement with its title, schemas, .gitignore) that `check` reads without any
          finding but the coverage a writer has still to fill in; a non-empty folder is
          refused; `--force` writes only the missing files and leaves edited ones alone
  new     `new policy|record ID` writes one file from the archetype, a theme's archetype
          overrides the default, an existing file is never overwritten, unknown kinds and ids
          are refused
  schema  `schema --out DIR` writes draft-07 schemas, one per input kind (site, policy and
          every record kind), that python3-jsonschema accepts; every file of the example AIMS
          and the init output validate; a known-bad record and a known-bad risk fail both
          the schema and `check`
  assets  an image beside a policy is copied into the portal, hashed in manifest.json,
          shown inline with its alt text, and so is a PDF it links to; a missing image
          stays link.broken
  serve   `serve` on a free port of 127.0.0.1 sends a page (with the reload script, which
          the portal on disk does not hold); after a policy is edited the new text is
          served within a bounded number of polls; a broken link's error reaches the pages
          with file:line, and none once it is fixed; the portal on disk equals `build`'s
          byte for byte; it is not reachable on the machine's network address; `..` in
          any spelling and folders give 404; SIGINT stops it with exit 0
"""
import hashlib
import http.client
import json
import signal
import socket
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml


def run(*args, cwd=None):
    return subprocess.run([AIMSDOC, *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


# What a starter AIMS leaves to its writer: owners, policies and evidence per requirement,
# and the first internal audit and management review.
TO_FILL_IN = {"coverage.owner", "coverage.policy", "coverage.evidence", "audit.programme",
              "review.programme", "coverage.not-implemented", "coverage.inclusion"}


def rules(output):
    return re.findall(r"\[([a-z.-]+)\]$", output, re.M)


def test_init(tmp):
    root = tmp / "aims"
    r = run("init", root)
    assert r.returncode == 0, r.stderr
    records = sorted((root / "controls").glob("*.yaml"))
    assert len(records) == 70, len(records)
    first = (root / "controls" / "A.2.2.yaml").read_text()
    assert "# A.2.2 AI policy" in first and "status: planned" in first, first
    assert first.startswith("# yaml-language-server: $schema=../.aimsdoc/schemas/record.schema.json\n")
    assert (root / "site.yaml").read_text().startswith(
        "# yaml-language-server: $schema=.aimsdoc/schemas/site.schema.json\n")
    assert "/_site/" in (root / ".gitignore").read_text()
    site_yaml = (root / "site.yaml").read_text()
    assert len(re.findall(r"  # \S", site_yaml)) >= 5, "site.yaml explains its keys in comments"
    policies = sorted((root / "content").glob("*.md"))
    assert len(policies) == 1 and "A.2.2" in front_matter(policies[0])["covers"], policies
    for name in SCHEMAS:
        assert (root / ".aimsdoc" / "schemas" / f"{name}.schema.json").exists(), name
    check = run("check", "--root", root)
    # What is left is the writer's to do, as warnings of the draft readiness level init
    # sets; no syntax, type, unknown-key or reference finding: the starter passes.
    assert check.returncode == 0, check.stdout
    assert " 0 errors," in check.stdout, check.stdout
    for folder in ("systems", "risks", "assessments", "objectives", "audits", "reviews"):
        assert (root / folder).is_dir(), folder
    left = set(rules(check.stdout))
    assert left <= TO_FILL_IN, check.stdout
    assert "(draft)" in check.stdout, check.stdout
    assert "coverage.record" not in check.stdout and "yaml." not in check.stdout
    # Never overwrites: a folder that is not empty is refused...
    again = run("init", root)
    assert again.returncode == 2 and "not empty" in again.stderr, again.stderr
    # ...and --force adds only what is missing.
    edited = root / "site.yaml"
    edited.write_text(edited.read_text().replace("Example Organization Ltd", "Edited Ltd"))
    (root / "controls" / "A.2.2.yaml").unlink()
    forced = run("init", root, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "wrote 1 files" in forced.stdout, forced.stdout
    assert "Edited Ltd" in edited.read_text()
    assert (root / "controls" / "A.2.2.yaml").read_text() == first


def test_new(tmp):
    root = tmp / "aims"
    assert run("init", root).returncode == 0
    r = run("new", "policy", "POL-RISK-002", "--root", root)
    assert r.returncode == 0, r.stderr
    policy = root / "content" / "pol-risk-002.md"
    text = policy.read_text()
    assert text.startswith("---\n# yaml-language-server: $schema=../.aimsdoc/schemas/policy.schema.json\n")
    assert "id: POL-RISK-002" in text and "owner: aims-manager" in text
    again = run("new", "policy", "POL-RISK-002", "--root", root)
    assert again.returncode == 2 and "never overwrites" in again.stderr, again.stderr
    assert policy.read_text() == text
    (root / "controls" / "A.6.2.4.yaml").unlink()
    rec = run("new", "record", "A.6.2.4", "--root", root)
    assert rec.returncode == 0, rec.stderr
    assert "# A.6.2.4 " in (root / "controls" / "A.6.2.4.yaml").read_text()
    assert run("new", "audit", "AUD-2027-01", "--root", root).returncode == 0
    assert run("new", "review", "MR-2027-01", "--root", root).returncode == 0
    assert "title: Internal audit AUD-2027-01" in (root / "audits" / "AUD-2027-01.yaml").read_text()
    assert run("new", "audit", "X-1", "--root", root).returncode == 2
    # The management system's records: one file each in its folder, under the schema line
    # (in a starter of their own: an assessment's system and report are the writer's to do).
    kinds = tmp / "kinds"
    assert run("init", kinds).returncode == 0
    for kind, rid, folder in [("system", "SYS-CHAT", "systems"), ("risk", "R-99", "risks"),
                              ("assessment", "IA-2027-01", "assessments"),
                              ("objective", "OBJ-09", "objectives")]:
        r = run("new", kind, rid, "--root", kinds)
        assert r.returncode == 0, r.stderr
        text = (kinds / folder / f"{rid}.yaml").read_text()
        assert text.startswith(
            f"# yaml-language-server: $schema=../.aimsdoc/schemas/{kind}.schema.json\n"), text
        assert f"id: {rid}" in text, text
    assert run("new", "risk", "X-1", "--root", kinds).returncode == 2
    # What new wrote loads: no syntax, type, unknown-key or missing-field finding.
    loaded = run("check", "--root", kinds)
    assert not any(r.startswith(("yaml.", "field.")) for r in rules(loaded.stdout)), loaded.stdout
    assert run("new", "record", "Z.9", "--root", root).returncode == 2
    assert run("new", "widget", "X", "--root", root).returncode == 2
    assert run("new", "policy", "bad id/x", "--root", root).returncode == 2
    # A theme's archetype overrides the default one.
    theme = root / "mytheme" / "archetypes"
    theme.mkdir(parents=True)
    (theme / "policy.md.mustache").write_text(
        "---\nid: {{{id}}}\ntitle: House style\nowner: {{{owner}}}\nversion: \"1\"\n"
        "approved_by: {{{owner}}}\neffective: {{date}}\nreview_by: {{review_by}}\ncovers: []\n---\n"
        "# House style\n")
    site = root / "site.yaml"
    site.write_text(site.read_text().replace("theme: default", "theme: mytheme"))
    themed = run("new", "policy", "POL-HOUSE", "--root", root)
    assert themed.returncode == 0, themed.stderr
    assert "House style" in (root / "content" / "pol-house.md").read_text()
    check = run("check", "--root", root)
    assert not set(rules(check.stdout)) - TO_FILL_IN, check.stdout


class DatesAsText(yaml.SafeLoader):
    """YAML as aimsdoc reads it: an unquoted 2026-01-15 is text, not a date."""


DatesAsText.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load_yaml(text):
    return yaml.load(text, Loader=DatesAsText)


def front_matter(path):
    text = path.read_text()
    m = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.S)
    assert m, path
    return load_yaml(m.group(1))


# Every kind of input file with a schema, and the folder of its files.
RECORD_KINDS = {"record": "controls", "audit": "audits", "review": "reviews",
                "system": "systems", "risk": "risks", "assessment": "assessments",
                "objective": "objectives"}
SCHEMAS = ("site", "policy", *RECORD_KINDS)


def validators(folder):
    out = {}
    assert sorted(p.name for p in folder.glob("*.schema.json")) == \
        sorted(f"{name}.schema.json" for name in SCHEMAS)
    for name in SCHEMAS:
        schema = json.loads((folder / f"{name}.schema.json").read_text())
        jsonschema.Draft7Validator.check_schema(schema)
        out[name] = jsonschema.Draft7Validator(schema)
    return out


def errors_in(root, v):
    """Every schema error of the AIMS at `root`, as 'path: message'."""
    found = []
    def add(path, validator, doc):
        found.extend(f"{path}: {e.message}" for e in validator.iter_errors(doc))
    add("site.yaml", v["site"], load_yaml((root / "site.yaml").read_text()))
    for p in sorted((root / "content").rglob("*.md")):
        add(p, v["policy"], front_matter(p))
    for kind, folder in RECORD_KINDS.items():
        files = sorted((root / folder).rglob("*.yaml")) if (root / folder).is_dir() else []
        for p in files:
            add(p, v[kind], load_yaml(p.read_text()))
    return found


def test_schema(tmp):
    out = tmp / "schemas"
    r = run("schema", "--out", out)
    assert r.returncode == 0, r.stderr
    v = validators(out)
    problems = errors_in(SOURCE, v)
    assert not problems, "\n".join(problems)
    empty = [f for f in RECORD_KINDS.values() if not any((SOURCE / f).rglob("*.yaml"))]
    assert not empty, f"the example has no file to validate in {empty}"
    # An evidence item's confidential flag (the example marks one) is a boolean, nothing else.
    item = v["record"].schema["properties"]["evidence"]["items"]
    assert item["properties"]["confidential"]["type"] == "boolean", item
    bad_flag = {"id": "EV-1", "title": "T", "url": "https://example.com/", "collected": "2026-01-01",
                "confidential": "maybe"}
    assert any("'maybe' is not of type 'boolean'" in e.message
               for e in v["record"].iter_errors({"id": "A.2.2", "applicable": True, "evidence": [bad_flag]}))
    # The audit cycle's fixtures: audits that check clean validate; the review whose input
    # check warns of as an unknown key fails the schema for it too.
    fixtures = SOURCE / "tests" / "fixtures"
    for p in sorted((fixtures / "audit-coverage" / "audits").glob("*.yaml")):
        problems += [f"{p}: {e.message}" for e in v["audit"].iter_errors(load_yaml(p.read_text()))]
    assert not problems, "\n".join(problems)
    review = load_yaml((fixtures / "review-inputs" / "reviews" / "MR-2026-01.yaml").read_text())
    assert any("'stakeholder_need' was unexpected" in e.message
               for e in v["review"].iter_errors(review))
    root = tmp / "aims"
    assert run("init", root).returncode == 0
    assert (root / ".aimsdoc" / "schemas" / "record.schema.json").read_text() == \
        (out / "record.schema.json").read_text()
    assert run("new", "audit", "AUD-2027-01", "--root", root).returncode == 0
    assert run("new", "review", "MR-2027-01", "--root", root).returncode == 0
    assert run("new", "risk", "R-01", "--root", root).returncode == 0
    assert not errors_in(root, v)
    # A known-bad risk: a key aimsdoc does not know, in a record kind of its own.
    risk = root / "risks" / "R-01.yaml"
    risk.write_text(risk.read_text() + "likelyhood: 3\n")
    assert any("'likelyhood' was unexpected" in p for p in errors_in(root, v))
    assert "yaml.unknown-key" in rules(run("check", "--root", root).stdout)
    risk.unlink()
    # A known-bad record: a status outside the vocabulary, a key aimsdoc does not know.
    bad = root / "controls" / "A.2.2.yaml"
    bad.write_text(bad.read_text().replace("status: planned", "status: done\nownr: x"))
    problems = errors_in(root, v)
    assert any("'done' is not one of" in p for p in problems), problems
    assert any("'ownr' was unexpected" in p for p in problems), problems
    check = run("check", "--root", root)
    assert check.returncode == 1
    assert "record.status" in rules(check.stdout) and "yaml.unknown-key" in rules(check.stdout)


def test_assets(tmp):
    root = tmp / "aims"
    shutil.copytree(SOURCE / "tests" / "fixtures" / "_base", root)
    png = (SOURCE / "tests" / "fixtures" / "markdown-as-written" / "content" / "img" / "flow.png").read_bytes()
    (root / "content" / "img").mkdir()
    (root / "content" / "img" / "flow.png").write_bytes(png)
    pdf = b"%PDF-1.4 a report the policy links to\n"
    (root / "content" / "docs").mkdir()
    (root / "content" / "docs" / "report.pdf").write_bytes(pdf)
    policy = root / "content" / "policy.md"
    policy.write_text(policy.read_text() + "\n![Approval flow](img/flow.png)\n"
                      "\nThe [annual report](docs/report.pdf).\n")
    out = tmp / "site"
    r = run("build", "--root", root, "--out", out)
    assert r.returncode == 0, r.stdout + r.stderr
    copy = out / "files" / "content" / "img" / "flow.png"
    assert copy.read_bytes() == png
    manifest = json.loads((out / "manifest.json").read_text())
    digest = hashlib.sha256(png).hexdigest()
    assert {"source": "content/img/flow.png", "path": "files/content/img/flow.png",
            "size": len(png), "sha256": digest} in manifest["assets"], manifest["assets"]
    assert {"path": "files/content/img/flow.png", "size": len(png), "sha256": digest} \
        in manifest["files"]
    page = (out / "policies" / "POL-1.html").read_text()
    assert '<img src="../files/content/img/flow.png" alt="Approval flow" />' in page, page
    # A linked file that is not an image (a PDF) is published the same way.
    assert (out / "files" / "content" / "docs" / "report.pdf").read_bytes() == pdf
    assert {"source": "content/docs/report.pdf", "path": "files/content/docs/report.pdf",
            "size": len(pdf), "sha256": hashlib.sha256(pdf).hexdigest()} in manifest["assets"]
    assert 'href="../files/content/docs/report.pdf"' in page, page
    (root / "content" / "img" / "flow.png").unlink()
    r = run("check", "--root", root)
    assert r.returncode == 1 and "link.broken" in rules(r.stdout), r.stdout


def get(port, path):
    """(status, body) of GET `path`, sent as written (http.client does not normalize it)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def outward_address():
    """This machine's address on its default route, or None (no network but loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # UDP: picks a route, sends nothing
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def tree_bytes(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_serve(tmp):
    root = tmp / "aims"
    shutil.copytree(SOURCE / "tests" / "fixtures" / "_base", root)
    port = free_port()
    server = subprocess.Popen([AIMSDOC, "serve", "--root", root, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # the first build, then the socket
            try:
                status, page = get(port, "/policies/POL-1.html")
                break
            except OSError:
                assert server.poll() is None, server.communicate()
                subprocess.run(["sleep", "0.1"])
        assert status == 200 and "Management Policy" in page, (status, page[:300])
        assert '<script src="/__aimsdoc/live-reload.js"></script>' in page
        on_disk = (root / "_site" / "policies" / "POL-1.html").read_text()
        assert "live-reload" not in on_disk, "the reload script reached the portal on disk"
        status, script = get(port, "/__aimsdoc/live-reload.js")
        assert status == 200 and "location.reload()" in script
        generation = json.loads(get(port, "/__aimsdoc/changes?since=")[1])["generation"]
        policy = root / "content" / "policy.md"
        policy.write_text(policy.read_text() + "\nFreshly edited words.\n")
        for _ in range(50):  # each answer comes after a rebuild or the long-poll time
            state = json.loads(get(port, f"/__aimsdoc/changes?since={generation}")[1])
            if state["generation"] != generation:
                break
        assert state["generation"] != generation, "no rebuild after the edit"
        assert "Freshly edited words." in get(port, "/policies/POL-1.html")[1]
        # A build with errors: the pages are told them, with file:line; then fixed.
        def next_state(after):
            for _ in range(50):
                state = json.loads(get(port, f"/__aimsdoc/changes?since={after}")[1])
                if state["generation"] != after:
                    return state
            raise AssertionError("no rebuild after the edit")
        fixed = policy.read_text()
        policy.write_text(fixed + "A [broken link](nowhere.md).\n")
        state = next_state(state["generation"])
        assert any(e.startswith("content/policy.md:") and e.endswith("[link.broken]")
                   for e in state["errors"]), state
        policy.write_text(fixed)
        state = next_state(state["generation"])
        assert state["errors"] == [], state
        # The portal on disk is the one `build` writes, byte for byte.
        built = tmp / "built"
        assert run("build", "--root", root, "--out", built, "--allow-gaps").returncode == 0
        assert tree_bytes(root / "_site") == tree_bytes(built), "serve's portal on disk differs"
        # Listening on 127.0.0.1 by default: not reachable from the network.
        outward = outward_address()
        if outward:
            with socket.socket() as s:
                s.settimeout(10)
                assert s.connect_ex((outward, port)) != 0, f"serve answers on {outward}"
        assert (root / "site.yaml").exists()  # a path escaping the output would find it
        for path in ["/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/site.yaml",
                     "/policies/../../site.yaml", "/policies/%2e%2e/%2e%2e/site.yaml",
                     "/..%2fsite.yaml", "/%2e%2e%2fsite.yaml", "/.%2e/site.yaml",
                     "/policies/", "/policies", "/files/../../site.yaml"]:
            status, body = get(port, path)
            assert status in (400, 404), f"{path}: {status} {body[:200]}"
            assert "organization:" not in body, path
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=60)
        assert server.returncode == 0, (server.returncode, err)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()


def main():
    global AIMSDOC, SOURCE
    AIMSDOC, SOURCE, name = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    with tempfile.TemporaryDirectory(prefix="aimsdoc-writer-") as tmp:
        {"init": test_init, "new": test_new, "schema": test_schema,
         "assets": test_assets, "serve": test_serve}[name](pathlib.Path(tmp))
    print(f"{name}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
