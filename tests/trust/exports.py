#!/usr/bin/python3
"""`aimsdoc export`: OSCAL files that NIST's OSCAL 1.0.6 JSON schemas accept (validated by
python3-jsonschema, a third-party validator) and that say what the model says; the model
JSON as docs/formats.md documents it. Both byte-identical from one run to the next.

  poam    open nonconformities of an audit (audits/) as a plan of action and milestones
  oscal   catalog, system security plan, assessment results and (the example has open
          nonconformities) POA&M validate; excluded controls are not-applicable with their
          justification; owners are responsible roles; evidence resources carry the
          evidence files' SHA-256; findings carry rule ids; UUIDs are v5 and stable
  oscal-findings  a tree with gaps: findings fail their requirement; a requirement declared
          implemented whose evidence is missing is not "implemented" in the SSP, and says
          the health the portal shows (gap), as does the model JSON
  json    the model export: format, version, requirements (health), evidence (state),
          policies, findings
"""
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

import jsonschema
import yaml
import regex  # python3-regex: OSCAL's patterns use \p{L}, which Python's re lacks

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "ci"))
from common import copy_example  # noqa: E402  (the whole example AIMS)

SCHEMAS = {
    "catalog.json": "oscal_catalog_schema.json",
    "system-security-plan.json": "oscal_ssp_schema.json",
    "assessment-results.json": "oscal_assessment-results_schema.json",
    "plan-of-action-and-milestones.json": "oscal_poam_schema.json",
}
POAM = "plan-of-action-and-milestones.json"


def unicode_pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


OscalValidator = jsonschema.validators.extend(jsonschema.Draft7Validator,
                                              {"pattern": unicode_pattern})


def run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300)


def validate(doc_path, schema_dir):
    schema = json.loads((schema_dir / SCHEMAS[doc_path.name]).read_text())
    doc = json.loads(doc_path.read_text())
    errors = sorted(OscalValidator(schema).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{doc_path.name}: {list(e.path)}: {e.message[:300]}"
                                 for e in errors[:20])
    return doc


def uuids(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "uuid":
                found.append(v)
            uuids(v, found)
    elif isinstance(node, list):
        for v in node:
            uuids(v, found)
    return found


def test_oscal(aimsdoc, src, tmp, schema_dir):
    first, second = tmp / "oscal1", tmp / "oscal2"
    for out in (first, second):
        r = run(aimsdoc, "export", "oscal", "--root", src, "--out", out)
        assert r.returncode == 0, r.stderr
    written = list(SCHEMAS)  # the example has open nonconformities: a POA&M too
    assert sorted(p.name for p in first.iterdir()) == sorted(written)
    for name in written:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    docs = {name: validate(first / name, schema_dir) for name in written}
    model = json.loads(run(aimsdoc, "export", "json", "--root", src).stdout)
    open_ncs = [f["id"] for a in model["audits"] for f in a["findings"]
                if f["type"] in ("major", "minor") and f["state"] != "closed"]
    items = docs[POAM]["plan-of-action-and-milestones"]["poam-items"]
    assert open_ncs and [next(p["value"] for p in i["props"] if p["name"] == "finding-id")
                         for i in items] == open_ncs, open_ncs

    catalog = docs["catalog.json"]["catalog"]
    labels = set()

    def walk(node):
        for c in node.get("controls", []):
            labels.add(next(p["value"] for p in c["props"] if p["name"] == "label"))
            walk(c)
        for g in node.get("groups", []):
            walk(g)
    walk(catalog)
    assert {r["id"] for r in model["requirements"]} <= labels

    ssp = docs["system-security-plan.json"]["system-security-plan"]
    roles = {r["id"] for r in ssp["metadata"]["roles"]}
    assert roles == {o["id"] for o in model["owners"]}
    by_label = {next(p["value"] for p in ir["props"] if p["name"] == "label"): ir
                for ir in ssp["control-implementation"]["implemented-requirements"]}
    assert set(by_label) == {r["id"] for r in model["requirements"]}
    excluded = [r for r in model["requirements"] if not r["applicable"]]
    assert excluded, "the example excludes at least one control"
    for r in model["requirements"]:
        ir = by_label[r["id"]]
        status = ir["by-components"][0].get("implementation-status", {})
        assert {"name": "health", "value": r["health"]} in ir["props"], r["id"]
        if not r["applicable"]:
            assert status["state"] == "not-applicable", (r["id"], status)
            assert status["remarks"].startswith(r["justification"]), (r["id"], status)
        elif r["health"] == "conformant":
            assert status["state"] == "implemented", (r["id"], status)
        else:
            assert status.get("state") != "implemented", (r["id"], status)
        if r["owner"]:
            assert ir["responsible-roles"][0]["role-id"] == r["owner"]
            assert r["owner"] in roles
    resources = {res["uuid"]: res for res in ssp["back-matter"]["resources"]}
    checked = 0
    for ir in by_label.values():
        for link in ir.get("links", []):
            assert link["href"][1:] in resources, link
    for res in resources.values():
        rlink = res["rlinks"][0]
        if "hashes" in rlink:
            digest = hashlib.sha256((src / rlink["href"]).read_bytes()).hexdigest()
            assert rlink["hashes"][0] == {"algorithm": "SHA-256", "value": digest}, res["title"]
            checked += 1
    assert checked > 10, checked

    ar = docs["assessment-results.json"]["assessment-results"]
    result = ar["results"][0]
    assert len(result["observations"]) == len(model["requirements"])
    findings = result.get("findings", [])
    assert len(findings) == len(model["findings"])
    for f, d in zip(findings, model["findings"]):
        props = {p["name"]: p["value"] for p in f["props"]}
        assert props["rule-id"] == d["rule"] and props["severity"] == d["severity"]
    all_uuids = uuids(docs, [])
    assert len(all_uuids) == len(set(all_uuids)), "a UUID is used twice"
    assert all(u[14] == "5" for u in all_uuids), "UUIDs are name-based (v5)"


def test_oscal_findings(aimsdoc, src, tmp, schema_dir):
    """A tree with gaps: findings name their rule ids and fail their requirement."""
    root = copy_example(src, tmp)
    (root / "controls" / "A.6.2.4.yaml").unlink()
    before = json.loads(run(aimsdoc, "export", "json", "--root", root).stdout)
    implemented = next(r for r in before["requirements"]
                       if r["status"] == "implemented" and r["health"] == "conformant"
                       and len(r["evidence"]) == 1 and r["evidence"][0]["file"])
    (root / implemented["evidence"][0]["file"]).unlink()  # declared implemented, no evidence
    r = run(aimsdoc, "export", "oscal", "--root", root, "--out", tmp / "out")
    assert r.returncode == 0, r.stderr
    ar = validate(tmp / "out" / "assessment-results.json", schema_dir)["assessment-results"]
    findings = ar["results"][0]["findings"]
    hit = [f for f in findings
           if {"name": "rule-id", "value": "coverage.record"} in f["props"]]
    assert hit and hit[0]["target"]["target-id"] == "iso42001-a.6.2.4_smt", hit
    assert hit[0]["target"]["status"]["state"] == "not-satisfied"
    # A finding's UUID names the finding: one more finding listed before it changes nothing.
    first = {(f["title"], f["description"]): f["uuid"] for f in findings}
    (root / "controls" / "A.2.2.yaml").unlink()
    r = run(aimsdoc, "export", "oscal", "--root", root, "--out", tmp / "again")
    assert r.returncode == 0, r.stderr
    again = json.loads((tmp / "again" / "assessment-results.json").read_text())
    again = again["assessment-results"]["results"][0]["findings"]
    assert len(again) > len(first) and again[0]["uuid"] not in first.values(), again[0]
    kept = {(f["title"], f["description"]): f["uuid"] for f in again}
    assert all(kept[k] == u for k, u in first.items()), "a finding's UUID moved"
    (root / "controls" / "A.2.2.yaml").write_text(
        (src / "controls" / "A.2.2.yaml").read_text())  # as before, for what follows

    model = json.loads(run(aimsdoc, "export", "json", "--root", root).stdout)
    req = next(r for r in model["requirements"] if r["id"] == implemented["id"])
    assert req["status"] == "implemented" and req["health"] == "gap", req
    assert req["evidence"][0]["state"] == "missing", req["evidence"]
    ssp = validate(tmp / "out" / "system-security-plan.json", schema_dir)["system-security-plan"]
    ir = next(ir for ir in ssp["control-implementation"]["implemented-requirements"]
              if {"name": "label", "value": req["id"]} in ir["props"])
    status = ir["by-components"][0]["implementation-status"]
    assert status["state"] == "partial", status  # declared implemented, never claimed so
    assert "health gap, declared implemented" in status["remarks"], status
    assert {"name": "health", "value": "gap"} in ir["props"]
    obs = next(o for o in ar["results"][0]["observations"]
               if {"name": "label", "value": req["id"]} in o["props"])
    assert {"name": "health", "value": "gap"} in obs["props"], obs
    resources = ssp["back-matter"]["resources"]
    res = next(r for r in resources if {"name": "evidence-id", "value": req["evidence"][0]["id"]}
               in r["props"] and {"name": "requirement", "value": req["id"]} in r["props"])
    assert {"name": "state", "value": "missing"} in res["props"], res


AUDIT = """id: AUD-2026-09
title: AI lifecycle
planned: 2026-09-01
performed: 2026-09-15
auditor: External Auditor Ltd
scope: [A.6]
findings:
  - id: NC-2026-09-01
    type: major
    requirement: A.6.2.4
    description: Validation report not signed off before release.
    raised: 2026-09-15
    owner: {owner}
    due: 2026-12-31
    root_cause: The release checklist has no sign-off step.
    action: Sign-off added to the release checklist.
  - id: NC-2026-09-02
    type: minor
    requirement: "7.5.3"
    description: Two superseded procedures still on the intranet.
    raised: 2026-09-15
  - id: NC-2026-09-03
    type: minor
    requirement: A.6.2.2
    description: Closed already.
    raised: 2026-09-15
    root_cause: Missed review.
    action: Reviewed.
    closed: 2026-10-01
  - id: NC-2026-09-04
    type: observation
    requirement: A.6.2.3
    description: Only an observation.
    raised: 2026-09-15
"""


def test_poam(aimsdoc, src, tmp, schema_dir):
    """Open nonconformities of the audit cycle become a POA&M; closed ones and
    observations do not."""
    root = copy_example(src, tmp)
    owner = json.loads(run(aimsdoc, "export", "json", "--root", root).stdout)["owners"][0]["id"]
    for old in (root / "audits").glob("*.yaml"):
        old.unlink()  # the example's own audits: this test's audit alone
    (root / "audits" / "AUD-2026-09.yaml").write_text(AUDIT.format(owner=owner))
    r = run(aimsdoc, "export", "oscal", "--root", root, "--out", tmp / "out")
    assert r.returncode == 0, r.stderr
    poam = validate(tmp / "out" / POAM, schema_dir)["plan-of-action-and-milestones"]
    items = poam["poam-items"]
    ids = [next(p["value"] for p in i["props"] if p["name"] == "finding-id") for i in items]
    assert ids == ["NC-2026-09-01", "NC-2026-09-02"], ids
    states = [next(p["value"] for p in i["props"] if p["name"] == "state") for i in items]
    assert states == ["open", "open"], states  # due 2026-12-31 and none, build date before
    risks = {r["uuid"]: r for r in poam["risks"]}
    observations = {o["uuid"] for o in poam["observations"]}
    for item in items:
        assert item["related-risks"][0]["risk-uuid"] in risks
        assert item["related-observations"][0]["observation-uuid"] in observations
    major = risks[items[0]["related-risks"][0]["risk-uuid"]]
    assert major["deadline"] == "2026-12-31T00:00:00Z"
    assert major["statement"] == "The release checklist has no sign-off step."
    assert major["remediations"][0]["description"] == "Sign-off added to the release checklist."
    assert {"name": "owner", "value": owner} in items[0]["props"]
    assert poam["import-ssp"]["href"] == "system-security-plan.json"
    model = json.loads(run(aimsdoc, "export", "json", "--root", root).stdout)
    finding = model["audits"][0]["findings"][0]
    assert finding["id"] == "NC-2026-09-01" and finding["type"] == "major" and not finding["closed"]


def test_json(aimsdoc, src, tmp, schema_dir):
    out = tmp / "model.json"
    r = run(aimsdoc, "export", "json", "--root", src, "--out", out)
    assert r.returncode == 0, r.stderr
    again = run(aimsdoc, "export", "json", "--root", src)
    assert again.stdout.encode() == out.read_bytes()
    model = json.loads(out.read_text())
    assert model["format"] == "aimsdoc-model" and model["version"] == 1
    assert model["organization"] == "Northwind Lending Ltd"
    ids = [r["id"] for r in model["requirements"]]
    assert "4.1" in ids and "A.6.2.4" in ids
    req = next(r for r in model["requirements"] if r["id"] == "A.6.2.4")
    assert req["kind"] == "control" and req["evidence"] and req["policies"]
    assert req["health"] == "conformant" and req["status"] == "implemented", req
    ev = req["evidence"][0]
    assert ev["state"] in ("current", "expiring"), ev
    assert ev["sha256"] == hashlib.sha256((src / ev["file"]).read_bytes()).hexdigest()
    pol = model["policies"][0]
    for key in ("id", "title", "path", "owner", "version", "approved_by", "effective",
                "review_by", "covers"):
        assert key in pol, key
    assert model["summary"]["errors"] == 0
    assert isinstance(model["audits"], list) and isinstance(model["reviews"], list)
    check_risk_trace(model, src)


def check_risk_trace(model, src):
    """The risk trace in the export says what the records say (read here with PyYAML)."""
    def records(folder):
        return {r["id"]: r for r in (yaml.safe_load(f.read_text())
                                     for f in sorted((src / folder).rglob("*.yaml")))}
    risks, systems = records("risks"), records("systems")
    assessments, objectives = records("assessments"), records("objectives")
    assert [k["id"] for k in model["risks"]] == sorted(risks), model["risks"]
    for k in model["risks"]:
        r = risks[k["id"]]
        assert k["treatment"] == r["treatment"]
        assert sorted(k["controls"]) == sorted(r.get("controls", [])), k
        assert k["inherent"]["score"] == r["likelihood"] * r["impact"], k
        res = r.get("residual")
        assert (k["residual"] or {}).get("score") == (res and res["likelihood"] * res["impact"])
        assert sorted(k["systems"]) == sorted(r["systems"]) and k["source"] == r.get("source"), k
    assert sorted(s["id"] for s in model["systems"]) == sorted(systems)
    for s in model["systems"]:
        assert s["lifecycle"] == systems[s["id"]]["lifecycle"], s
        assert sorted(s["risks"]) == sorted(k for k, r in risks.items() if s["id"] in r["systems"])
    assert sorted(a["id"] for a in model["assessments"]) == sorted(assessments)
    for a in model["assessments"]:
        assert a["system"] == assessments[a["id"]]["system"], a
        report = src / a["report"]
        assert a["report_sha256"] == hashlib.sha256(report.read_bytes()).hexdigest(), a
    assert [o["id"] for o in model["objectives"]] == sorted(objectives)
    assert all(o["status"] == objectives[o["id"]]["status"] for o in model["objectives"])
    trace = model["summary"]["trace"]
    assert trace["risks"] == len(risks) and trace["systems"] == len(systems), trace
    assert trace["risks_treated"] == sum(k["treated"] for k in model["risks"]), trace
    assert trace["objectives_on_track"] == sum(o["on_track"] for o in model["objectives"])
    assert trace["systems_assessed"] == sum(s["assessment"] == "current" for s in model["systems"])


def main():
    aimsdoc, src, scenario = (pathlib.Path(sys.argv[1]).resolve(),
                              pathlib.Path(sys.argv[2]).resolve(), sys.argv[3])
    schema_dir = src.parent / "shared" / "reference" / "oscal-1.0.6"  # ../shared, as in CI
    assert schema_dir.is_dir(), f"no OSCAL schemas at {schema_dir}"
    tests = {"oscal": test_oscal, "oscal-findings": test_oscal_findings, "poam": test_poam,
             "json": test_json}
    with tempfile.TemporaryDirectory() as d:
        tests[scenario](aimsdoc, src, pathlib.Path(d), schema_dir)
    print(f"export.{scenario}: ok")


if __name__ == "__main__":
    main()
