"""The management system's records of a bench/gen-corpus AIMS (docs/formats.md): AI systems,
impact assessments, risks treated by Annex A controls, internal audits with findings,
management reviews with actions, and objectives.

Default counts follow the size of the organization (`default_counts`); `scale` multiplies
one kind's count without changing the others, for the benchmark's per-kind rows. Every
kind is drawn from its own generator, so the policies, requirement records and the other
kinds read the same whatever one kind's count is. All records are valid and current at the
build date, so `aimsdoc check` finds nothing in them.
"""

import math
import random

import prose
from corpus_base import OWNERS, day, top_group, write, yaml_list, yaml_str

KINDS = ("systems", "risks", "assessments", "audits", "findings", "reviews", "objectives")

AUDITOR = "Harrow & Finch LLP (outsourced internal audit)"  # independent of every owner
AUDIT_EVIDENCE_OF = "9.2.1"  # the clause whose record lists the audit reports, as the example does
EVIDENCE_MAX_AGE = 365  # site.yaml's evidence_max_age_days
RISK_APPETITE = 8  # site.yaml's default risk.appetite; higher scores need controls
RISK_CLASSES = ["high", "limited", "minimal"]
RISK_EVENTS = [
    "training data under-represents a group of affected individuals",
    "performance drifts after a change in the input population",
    "a supplier changes its foundation model without notice",
    "reviewers rely on the output without checking it",
    "personal data is used beyond the purpose it was collected for",
    "an explanation given to an affected person is wrong",
    "an adversarial input bypasses the input filters",
    "outputs are logged without the inputs that produced them",
    "the system is used outside its intended purpose",
    "a retrained model is released without validation",
]
OBJECTIVE_MEASURES = [
    ("Fair outcomes", "Lowest monthly adverse impact ratio across monitored groups", ">= 0.80 every month"),
    ("Current impact assessments", "Share of production AI systems with a current impact assessment", "100%"),
    ("Timely incident handling", "Median days from AI incident report to containment", "<= 2 days"),
    ("Competent staff", "Share of AI staff with completed role training", ">= 95%"),
    ("Explainable decisions", "Share of adverse decisions sent with a reason statement", "100%"),
    ("Stable models", "Production models within their drift tolerance", ">= 98% of weeks"),
]


def default_counts(n):
    """Records of an organization whose AIMS holds n policies: one AI system per 500 policies,
    three risks and an impact assessment per system, three yearly internal audits with about
    one finding per 100 policies between them, two management reviews six months apart,
    and one objective per system beside three organization-wide ones."""
    systems = max(1, n // 500)
    return {"systems": systems, "risks": 3 * systems, "assessments": systems, "audits": 3,
            "findings": max(12, n // 100), "reviews": 2, "objectives": 3 + systems}


def scaled_counts(n, scale):
    counts = default_counts(n)
    for kind, factor in scale.items():
        counts[kind] = max(1, round(counts[kind] * factor))
    return counts


def spread(count, span_days, newest):
    """Days (negative offsets) of `count` events, the newest `newest` days before the build
    date and the others evenly over `span_days` before it."""
    step = max(1, span_days // count)
    return [-(newest + k * step) for k in range(count)]


class Records:
    def __init__(self, out, seed, n, counts, folder_systems, reqs):
        self.out, self.seed, self.n, self.counts = out, seed, n, counts
        self.folder_systems = folder_systems
        self.reqs = reqs
        self.controls = [r for r in reqs if r[1] == "control"]
        self.groups = sorted({top_group(r[2]) for r in reqs}, key=group_key)

    def rng(self, kind):
        return random.Random("%d:%s" % (self.seed, kind))

    def owner(self, rng):
        return rng.choice(OWNERS)[0]

    def file(self, folder, rid, text):
        write("%s/%s/%s.yaml" % (self.out, folder, rid.lower()), text)

    def generate(self):
        """Writes the records; returns {requirement id: [YAML lines of further evidence
        items]} for the requirement records."""
        systems = self.system_ids()
        assessments = self.assessments(systems)
        self.write_risks_and_assessments(systems, assessments)
        self.write_systems(systems, assessments)
        audits = self.write_audits()
        self.write_reviews(audits)
        self.write_objectives(systems)
        return {AUDIT_EVIDENCE_OF: self.audit_evidence(audits)}

    # --- AI systems and their impact assessments --------------------------------------
    def system_ids(self):
        return ["SYS-%04d" % (i + 1) for i in range(self.counts["systems"])]

    def assessments(self, systems):
        """{system: [(id, performed offset), newest first]}; assessment k is of system k mod
        the count, so extra systems without one are still being designed."""
        rng = self.rng("assessment-dates")
        by_system = {s: [] for s in systems}
        for k in range(self.counts["assessments"]):
            by_system[systems[k % len(systems)]].append(k)
        out = {}
        for s, ks in by_system.items():
            days = spread(len(ks), 365 * len(ks), rng.randint(10, 300)) if ks else []
            out[s] = [("AIIA-%s-%04d" % (day(d)[:4], k + 1), d) for k, d in zip(ks, days)]
        return out

    def write_systems(self, systems, assessments):
        rng = self.rng("system-records")
        for i, sid in enumerate(systems):
            folder_slug, name = self.folder_systems[i % len(self.folder_systems)]
            assessed = assessments[sid]
            lifecycle = rng.choice(["production", "production", "validation"]) if assessed \
                else rng.choice(["design", "development"])
            lines = ["id: %s" % sid, "name: %s" % yaml_str(name), "owner: %s" % self.owner(rng),
                     "roles: %s" % yaml_list(rng.sample(["developer", "provider", "deployer"], rng.randint(1, 3))),
                     "purpose: %s" % yaml_str("%s: %s." % (name, prose.paragraph(rng, 1).rstrip("."))),
                     "lifecycle: %s" % lifecycle]
            if lifecycle == "production":
                lines.append("deployed: %s" % day(-rng.randint(30, 900)))
            lines += ["risk_class: %s" % rng.choice(RISK_CLASSES),
                      "human_oversight: %s" % yaml_str(prose.paragraph(rng, 1)),
                      "data: %s" % yaml_list(["DS-%03d %s" % (rng.randint(1, 999), folder_slug)
                                              for _ in range(rng.randint(1, 3))])]
            if assessed:
                lines.append("impact_assessments: %s" % yaml_list(a for a, _ in assessed))
            lines += ["notes: |", "  " + prose.paragraph(rng, 2)]
            self.file("systems", sid, "\n".join(lines) + "\n")

    # --- risks, treated by Annex A controls, found by the assessments ------------------
    def write_risks_and_assessments(self, systems, assessments):
        rng = self.rng("risk-records")
        risks_of = {a[0]: [] for ass in assessments.values() for a in ass}
        for k in range(self.counts["risks"]):
            rid = "R-%05d" % (k + 1)
            sid = systems[k % len(systems)]
            source = assessments[sid][0][0] if assessments[sid] else None
            if source:
                risks_of[source].append(rid)
            self.file("risks", rid, self.risk(rng, rid, sid, source))
        rng = self.rng("assessment-records")
        for sid, assessed in assessments.items():
            for aid, performed in assessed:
                report = "evidence/assessments/%s.md" % aid.lower()
                write("%s/%s" % (self.out, report), "# Impact assessment %s of %s\n\n%s\n" % (
                    aid, sid, prose.paragraph(rng, 4)))
                lines = ["id: %s" % aid, "system: %s" % sid, "performed: %s" % day(performed),
                         "approved_by: %s" % self.owner(rng), "file: %s" % report,
                         "affected: %s" % yaml_list(rng.sample(prose.STAKEHOLDERS, 2))]
                if risks_of[aid]:
                    lines.append("risks: [%s]" % ", ".join(risks_of[aid]))
                self.file("assessments", aid, "\n".join(lines) + "\n")

    def risk(self, rng, rid, sid, source):
        likelihood, impact = rng.randint(1, 5), rng.randint(1, 5)
        score = likelihood * impact
        treatment = rng.choices(["mitigate", "accept", "transfer", "avoid"], [14, 3, 2, 1])[0]
        if treatment != "mitigate" and score > RISK_APPETITE and rng.random() < 0.5:
            treatment = "mitigate"
        lines = ["id: %s" % rid,
                 "title: %s" % yaml_str(prose.cap(rng.choice(RISK_EVENTS))),
                 "owner: %s" % self.owner(rng), "systems: [%s]" % sid]
        if source:
            lines.append("source: %s" % source)
        lines += ["likelihood: %d" % likelihood, "impact: %d" % impact, "treatment: %s" % treatment]
        if treatment == "mitigate":
            controls = rng.sample(self.controls, rng.randint(1, 3))
            lines.append("controls: %s" % yaml_list(c[0] for c in controls))
            lines.append("residual: {likelihood: %d, impact: %d}" % (rng.randint(1, likelihood), impact))
        elif treatment == "accept":
            lines += ["accepted_by: %s" % rng.choice(["cro", "ceo"]),
                      "accepted_until: %s" % day(rng.randint(60, 400))]
        lines += ["reviewed: %s" % day(-rng.randint(5, 300)),
                  "notes: %s" % yaml_str(prose.paragraph(rng, 1))]
        return "\n".join(lines) + "\n"

    # --- internal audits with their findings -------------------------------------------
    def write_audits(self):
        """Yearly audits over three years (more often when scaled), each covering every
        clause and Annex A group; returns [(id, performed offset, [finding ids])]."""
        rng = self.rng("audit-records")
        days = spread(self.counts["audits"], 3 * 365, 40)
        ids = ["AUD-%s-%03d" % (day(d)[:4], k + 1) for k, d in enumerate(days)]
        per_audit = [len(range(k, self.counts["findings"], len(ids))) for k in range(len(ids))]
        out = []
        for aid, performed, count in zip(ids, days, per_audit):
            lines = ["id: %s" % aid, "title: %s" % yaml_str("Internal audit of the AIMS, %s" % day(performed)[:4]),
                     "planned: %s" % day(performed - rng.randint(7, 30)), "performed: %s" % day(performed),
                     "auditor: %s" % yaml_str(AUDITOR), "scope: %s" % yaml_list(self.groups)]
            if -performed < EVIDENCE_MAX_AGE:  # older reports would be stale evidence
                report = self.audit_report(aid)
                write("%s/%s" % (self.out, report), "# Internal audit %s\n\n%s\n" % (aid, prose.paragraph(rng, 4)))
                lines.append("report: %s" % report)
            found = ["NC-%s-%02d" % (aid[4:], j + 1) for j in range(count)]
            if found:
                lines.append("findings:")
                for fid in found:
                    lines += self.finding(rng, fid, performed)
            self.file("audits", aid, "\n".join(lines) + "\n")
            out.append((aid, performed, found))
        return out

    @staticmethod
    def audit_report(aid):
        return "evidence/audits/%s.md" % aid.lower()

    def audit_evidence(self, audits):
        """The reports of the audits of the last year, as evidence items of clause 9.2.1."""
        lines = []
        for aid, performed, _ in audits:
            if -performed < EVIDENCE_MAX_AGE:
                lines += ["  - id: EV-%s" % aid, "    title: %s" % yaml_str("Internal audit report %s" % aid),
                          "    file: %s" % self.audit_report(aid), "    collected: %s" % day(performed)]
        return lines

    def finding(self, rng, fid, raised):
        kind = rng.choices(["major", "minor", "observation", "improvement"], [1, 5, 3, 2])[0]
        closed = raised <= -60  # older findings are closed; newer ones are open, not yet due
        if kind == "major" and not closed:
            kind = "minor"  # an open major one would make its requirement a gap
        lines = ["  - id: %s" % fid, "    type: %s" % kind,
                 "    requirement: %s" % yaml_str(rng.choice(self.reqs)[0]),
                 "    description: %s" % yaml_str(prose.paragraph(rng, 1)),
                 "    raised: %s" % day(raised), "    owner: %s" % self.owner(rng),
                 "    due: %s" % day(raised + 90)]
        if kind in ("major", "minor"):
            lines.append("    root_cause: %s" % yaml_str(prose.paragraph(rng, 1)))
        lines.append("    action: %s" % yaml_str(prose.paragraph(rng, 1)))
        if closed:
            closed_on = raised + rng.randint(10, 45)
            lines.append("    closed: %s" % day(closed_on))
            if kind == "major":
                lines += ["    effectiveness:", "      checked: %s" % day(closed_on + rng.randint(7, 14)),
                          "      result: effective", "      by: %s" % yaml_str(AUDITOR)]
        return lines

    # --- management reviews with their actions -----------------------------------------
    def write_reviews(self, audits):
        rng = self.rng("review-records")
        days = spread(self.counts["reviews"], 365, 25)
        actions = 3 + self.n // 2000
        earlier_actions = []
        for held in reversed(days):  # oldest first: each review follows up the one before
            rid = "MR-%s" % day(held)
            done = [a for a in audits if a[1] < held]
            inputs = {
                "previous_actions": earlier_actions or "First management review of the AIMS.",
                "external_internal_issues": prose.paragraph(rng, 1),
                "stakeholder_needs": prose.paragraph(rng, 1),
                "performance": ["EV-9.1-001"],
                "nonconformities": [f for a in done[:1] for f in a[2]][:10] or
                "No nonconformities raised since the last review.",
                "audit_results": [a[0] for a in done[:2]] or "No internal audit held yet.",
                "risk_opportunities": prose.paragraph(rng, 1),
                "improvement": prose.paragraph(rng, 1),
            }
            lines = ["id: %s" % rid, "date: %s" % day(held),
                     "attendees: [%s]" % ", ".join(o[0] for o in rng.sample(OWNERS, 5)), "inputs:"]
            for topic, value in inputs.items():
                shown = "[%s]" % ", ".join(value) if isinstance(value, list) else yaml_str(value)
                lines.append("  %s: %s" % (topic, shown))
            lines += ["decisions: |", "  " + prose.paragraph(rng, 2), "actions:"]
            earlier_actions = []
            for k in range(actions):
                aid = "%s-A%d" % (rid, k + 1)
                earlier_actions.append(aid)
                lines += ["  - id: %s" % aid, "    title: %s" % yaml_str(prose.cap(rng.choice(prose.TASKS))),
                          "    owner: %s" % self.owner(rng), "    due: %s" % day(held + 90)]
                if held + 90 < 0:  # past due: closed in time
                    lines.append("    closed: %s" % day(held + rng.randint(10, 80)))
            self.file("reviews", rid, "\n".join(lines) + "\n")

    # --- objectives --------------------------------------------------------------------
    def write_objectives(self, systems):
        rng = self.rng("objective-records")
        for k in range(self.counts["objectives"]):
            oid = "OBJ-%03d" % (k + 1)
            title, measure, target = OBJECTIVE_MEASURES[k % len(OBJECTIVE_MEASURES)]
            if k >= 3:
                title = "%s: %s" % (title, systems[(k - 3) % len(systems)])
            status = rng.choices(["open", "met", "missed"], [6, 3, 1])[0]
            due = rng.randint(30, 400) if status == "open" else -rng.randint(10, 300)
            lines = ["id: %s" % oid, "title: %s" % yaml_str(title), "owner: %s" % self.owner(rng),
                     "measure: %s" % yaml_str(measure), "target: %s" % yaml_str(target),
                     "due: %s" % day(due), "status: %s" % status]
            if status != "open" or rng.random() < 0.5:
                lines.append("result: %s" % yaml_str(prose.paragraph(rng, 1)))
            self.file("objectives", oid, "\n".join(lines) + "\n")


def group_key(group):
    annex = group.startswith("A.")
    return (annex, int(group.split(".")[-1]))


def generate(out, seed, n, scale, folder_systems, reqs):
    """Writes the records of the corpus; returns the evidence lines to add to requirement
    records (see Records.generate)."""
    return Records(out, seed, n, scaled_counts(n, scale), folder_systems, reqs).generate()


def parse_scale(specs):
    """['risks=10', ...] -> {'risks': 10.0}; exits with a usage message on a bad one."""
    scale = {}
    for spec in specs:
        kind, _, factor = spec.partition("=")
        if kind not in KINDS:
            raise SystemExit("gen-corpus: --scale %s: kind must be one of %s" % (spec, ", ".join(KINDS)))
        try:
            scale[kind] = float(factor)
        except ValueError:
            raise SystemExit("gen-corpus: --scale %s: factor must be a number" % spec)
        if not math.isfinite(scale[kind]) or scale[kind] <= 0:
            raise SystemExit("gen-corpus: --scale %s: factor must be positive" % spec)
    return scale
