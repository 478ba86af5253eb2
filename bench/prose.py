"""Realistic AI-governance prose for bench/gen-corpus, composed from phrase lists.

Every function takes a random.Random so that the caller decides the seed; nothing here
iterates a set or reads the clock, so the output is a pure function of the generator state.
"""

DOCTYPES = ["Policy", "Standard", "Procedure", "Guideline", "Operating Procedure", "Framework"]
SYSTEM_NAMES = [
    "Credit Scoring", "Fraud Sentinel", "Claims Triage", "Customer Assistant", "Document Reader",
    "Churn Forecaster", "Pricing Engine", "Talent Screening", "Demand Planner", "Voice Analytics",
    "Route Optimiser", "Anomaly Watch", "Knowledge Search", "Underwriting Copilot",
    "Collections Prioritiser", "Sanctions Screening", "Medical Coding", "Contract Review",
]
SYSTEM_SUFFIXES = ["Model", "Platform", "Service", "Assistant", "Pipeline"]

ROLES = [
    "the AI Governance Committee", "the system owner", "the model owner",
    "the Head of Machine Learning", "the Data Protection Officer", "the AI Compliance Lead",
    "Internal Audit", "the product manager", "the model validation team", "the Chief Risk Officer",
    "the data steward", "the security operations team", "the human oversight lead",
    "the procurement team", "each business unit", "the release manager",
]
MODALS = ["must", "shall", "is required to", "should", "will"]
VERBS = [
    "document", "review", "approve", "assess", "record", "monitor", "escalate", "retain",
    "validate", "test", "communicate", "verify", "reassess", "sign off",
]
OBJECTS = [
    "the intended purpose of the AI system", "the lineage of training data",
    "known limitations and failure modes", "the results of bias and fairness testing",
    "the AI system impact assessment", "changes to model features and thresholds",
    "performance drift against agreed tolerances", "incidents involving automated decisions",
    "supplier assurances for third-party models", "the human oversight arrangements",
    "the risk treatment plan", "residual risks and their owners", "the model card",
    "data quality issues", "explainability reports", "access to production models",
    "the criteria that trigger retraining", "records of the lawful basis for processing",
    "customer complaints about AI outcomes", "the decommissioning plan",
    "the acceptance criteria for each release", "the logging of inputs and outputs",
]
QUALIFIERS = [
    "before deployment", "at each release", "at least annually", "within five working days",
    "whenever the intended use changes", "in the central register", "using the approved template",
    "in line with the risk appetite", "before any material change is released",
    "as part of the quarterly review", "and retain the evidence for seven years",
    "and report exceptions to the AI Governance Committee", "without undue delay",
]
CONDITIONS = [
    "a model is retrained on new data", "monitoring shows drift beyond tolerance",
    "a supplier changes its foundation model", "a complaint alleges unfair treatment",
    "the system is used outside its intended purpose", "an incident affects customers",
    "a new AI system is proposed", "personal data is added to a training set",
    "a control test fails", "reviewers override more than a tenth of outputs",
    "a regulator publishes new guidance", "an audit finding is raised",
]
RECORDS = [
    "the AI system register", "the risk register", "the incident log", "the model inventory",
    "the change log", "the evidence repository", "the decision log", "the training records",
    "the supplier register", "the audit tracker", "the impact assessment library",
]
FREQUENCIES = ["monthly", "quarterly", "every six months", "annually", "at each release", "weekly"]
FACTORS = [
    "changes in applicable law", "feedback from interested parties", "the results of internal audits",
    "the outcome of impact assessments", "lessons learned from incidents",
    "new guidance from regulators", "performance against AI objectives",
    "the organisation's risk appetite", "the maturity of the supplier's controls",
]
STAKEHOLDERS = [
    "customers", "employees", "regulators", "affected individuals", "suppliers", "auditors",
    "the board", "business partners",
]
EVENTS = [
    "go-live", "a model is promoted to production", "a dataset is approved for training",
    "a supplier contract is signed", "a material change is released", "an AI system is retired",
    "a pilot is extended to new users",
]
CLAIMS = [
    "the residual risk is within appetite", "the acceptance criteria are met",
    "the impact assessment is current", "affected individuals have been informed",
    "the rollback plan has been tested", "the data is fit for the intended purpose",
    "the technical documentation is complete", "human reviewers have been trained",
]
SCOPE_ITEMS = [
    "AI systems developed in-house", "AI systems procured from third parties",
    "foundation models accessed through external APIs", "datasets used for training, validation and testing",
    "staff and contractors who design, operate or oversee AI systems",
    "automated decisions that affect customers", "pilots and proofs of concept that use live data",
    "the infrastructure that hosts production models", "tools that generate content for customers",
    "changes to AI systems already in production",
]
SUBHEADINGS = [
    "Data quality and provenance", "Human oversight", "Transparency to affected individuals",
    "Testing and validation", "Change control", "Logging and traceability", "Third-party components",
    "Incident handling", "Fairness and non-discrimination", "Security of AI assets",
    "Records and retention", "Exceptions", "Training and awareness", "Performance monitoring",
    "Retirement and decommissioning", "Risk acceptance",
]
TASKS = [
    "Impact assessment reviewed", "Monitoring thresholds confirmed", "Model card published",
    "Supplier attestation received", "Oversight staff trained", "Rollback plan tested",
    "Data protection review completed", "Residual risk accepted by the owner",
]
ARTIFACTS = [
    "Review minutes", "Sign-off record", "Test report", "Register extract",
    "Training attendance list", "Assessment record", "Monitoring dashboard export",
    "Approval email", "Audit working paper", "Supplier attestation",
]
REASONS = ["risk assessment", "best practice", "legal and contractual requirements"]
EXTERNAL = [
    ("ISO/IEC 42001:2023", "https://www.iso.org/standard/81230.html"),
    ("NIST AI Risk Management Framework", "https://www.nist.gov/itl/ai-risk-management-framework"),
    ("EU AI Act", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
    ("OECD AI Principles", "https://oecd.ai/en/ai-principles"),
]


def cap(s):
    return s[:1].upper() + s[1:]


def lower_first(s):
    """Lower-cases a leading word unless it is an acronym ("AI system" stays)."""
    return s if s[1:2].isupper() else s[:1].lower() + s[1:]


def title_case(topic):
    return cap(topic.replace(": ", " - "))


class Writer:
    """Composes sentences; hands out the policy's cross-links in turn so that each is used."""

    def __init__(self, rng, doctype, links):
        self.rng = rng
        self.doctype = doctype.lower()
        self.links = list(links)
        self.next_link = 0

    def pick(self, seq):
        return self.rng.choice(seq)

    def obj(self):
        o = self.pick(OBJECTS)
        roll = self.rng.random()
        if roll < 0.07:
            return "**%s**" % o
        if roll < 0.12:
            return "*%s*" % o
        return o

    def link(self):
        if not self.links:
            return None
        title, target = self.links[self.next_link % len(self.links)]
        self.next_link += 1
        return "[%s](%s)" % (title, target)

    def sentence(self):
        r = self.rng
        t = r.randrange(11)
        if t == 0:
            s = "%s %s %s %s %s." % (self.pick(ROLES), self.pick(MODALS), self.pick(VERBS),
                                     self.obj(), self.pick(QUALIFIERS))
        elif t == 1:
            s = "where %s, %s %s %s %s and record the outcome in %s." % (
                self.pick(CONDITIONS), self.pick(ROLES), self.pick(MODALS), self.pick(VERBS),
                self.obj(), self.pick(RECORDS))
        elif t == 2:
            s = "%s reviews %s %s, taking account of %s." % (
                self.pick(ROLES), self.obj(), self.pick(FREQUENCIES), self.pick(FACTORS))
        elif t == 3:
            a, b = r.sample(SCOPE_ITEMS, 2)
            s = "this %s applies to %s and to %s." % (self.doctype, a, b)
        elif t == 4:
            s = "deviations from this %s require written approval from %s and are logged in %s." % (
                self.doctype, self.pick(ROLES), self.pick(RECORDS))
        elif t == 5:
            s = "before %s, %s %s confirm that %s." % (
                self.pick(EVENTS), self.pick(ROLES), self.pick(MODALS), self.pick(CLAIMS))
        elif t == 6:
            s = "the aim is that %s can rely on %s, and that %s can see how it was produced." % (
                self.pick(STAKEHOLDERS), self.obj(), self.pick(STAKEHOLDERS))
        elif t == 7:
            s = "evidence of %s is kept in %s so that %s can verify it during audits." % (
                self.obj(), self.pick(RECORDS), self.pick(ROLES))
        elif t == 8:
            a, b, c = r.sample(ROLES, 3)
            s = "%s and %s agree %s jointly; disagreements are escalated to %s." % (a, b, self.obj(), c)
        elif t == 9:
            s = ("if %s, the system is placed under enhanced monitoring until %s confirms that %s."
                 % (self.pick(CONDITIONS), self.pick(ROLES), self.pick(CLAIMS)))
        else:
            link = self.link()
            if link is None:
                return self.sentence()
            s = "%s %s %s %s as described in the %s." % (
                self.pick(ROLES), self.pick(MODALS), self.pick(VERBS), self.obj(), link)
        return cap(s)

    def paragraph(self, sentences):
        return " ".join(self.sentence() for _ in range(sentences))

    def bullets(self, items):
        return "\n".join("- %s" % cap(i) for i in items)

    def table(self):
        rows = ["| Role | Responsibility | Frequency | Record |", "|---|---|---|---|"]
        for role in self.rng.sample(ROLES, self.rng.randint(4, 7)):
            rows.append("| %s | %s %s | %s | %s |" % (
                cap(role), cap(self.pick(VERBS)), self.pick(OBJECTS), cap(self.pick(FREQUENCIES)),
                cap(self.pick(RECORDS))))
        return "\n".join(rows)

    def steps(self):
        return "\n".join("%d. %s" % (i, self.sentence()) for i in range(1, self.rng.randint(3, 6) + 1))

    def checklist(self):
        return "\n".join("- [%s] %s" % ("x" if self.rng.random() < 0.7 else " ", t)
                         for t in self.rng.sample(TASKS, 3))


def words(blocks):
    return sum(len(b.split()) for b in blocks)


def policy_body(rng, title, doctype, topic, links, target_words=1000):
    w = Writer(rng, doctype, links)
    blocks = ["# %s" % title, w.paragraph(rng.randint(3, 4)),
              "This %s sets out how we meet our commitments on %s. %s" % (
                  doctype.lower(), lower_first(topic), w.paragraph(2)),
              "## 1. Purpose and scope", w.paragraph(rng.randint(3, 5)),
              "This %s covers:" % doctype.lower(),
              w.bullets(rng.sample(SCOPE_ITEMS, rng.randint(3, 6))),
              "## 2. Roles and responsibilities", w.paragraph(2), w.table(),
              "## 3. Requirements"]
    tail_words = 160
    headings = rng.sample(SUBHEADINGS, len(SUBHEADINGS))
    sub = 0
    while words(blocks) + tail_words < target_words and sub < len(headings):
        blocks.append("### 3.%d %s" % (sub + 1, headings[sub]))
        blocks.append(w.paragraph(rng.randint(3, 5)))
        if rng.random() < 0.35:
            blocks.append(w.steps())
        sub += 1
    blocks += ["## 4. Monitoring, review and improvement", w.paragraph(3),
               "Before each review the owner confirms:", w.checklist(),
               "## 5. Related documents"]
    related = [w.link() for _ in range(min(3, len(links)))]
    ext_title, ext_url = rng.choice(EXTERNAL)
    related.append("[%s](%s), for background" % (ext_title, ext_url))
    blocks.append(w.bullets([r for r in related if r]))
    return "\n\n".join(blocks) + "\n"


def paragraph(rng, sentences):
    return Writer(rng, "document", []).paragraph(sentences)


def justification(rng, title):
    return "Included because of %s: %s is needed to operate the AI systems in scope responsibly." % (
        rng.choice(REASONS), lower_first(title))


def evidence_title(rng, req_title):
    return "%s: %s" % (rng.choice(ARTIFACTS), req_title)


def evidence_text(rng, ev_id, title, rid, collected):
    return "# %s\n\n%s\n\n- Requirement: %s\n- Collected: %s\n\n%s\n" % (
        ev_id, title, rid, collected, paragraph(rng, 2))
