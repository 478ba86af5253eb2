"""What soa.xlsx must hold, taken from the AIMS sources rather than from the workbook."""
import pathlib
import re
import zipfile

REPO = pathlib.Path(__file__).resolve().parents[2]
CATALOG = REPO / "mappings" / "iso42001.yaml"

FIXED_SHEETS = ["Summary", "Statement of Applicability", "Clauses", "Evidence register", "Gaps"]
# The management system's records, in every workbook (empty tables when there are none).
TRACE_SHEETS = ["AI systems", "Risk register", "Impact assessments", "Objectives"]
# The audit cycle's sheets, present when the AIMS keeps audits or reviews as data.
AUDIT_SHEETS = {"example": ["Internal audits", "Nonconformities", "Management reviews"],
                "hostile": []}
FRAMEWORK_SHEETS = {"example": ["EU AI Act", "NIST AI RMF", "ISO 27001"],
                    "hostile": ["=Hostile- FW-1-"]}

HEADERS = {
    "Statement of Applicability": [
        "Control", "Title", "Objective", "Applicable", "Justification for inclusion or exclusion",
        "Risks treated", "Status", "Owner", "Policies", "Evidence", "Newest evidence", "Health",
        "Portal page"],
    "Clauses": ["Clause", "Title", "Section", "Status", "Owner", "Policies", "Evidence",
                "Newest evidence", "Health", "Portal page"],
    "Evidence register": ["Evidence", "Requirement", "Title", "File or URL", "Collected",
                          "Expires", "State", "SHA-256"],
    "Gaps": ["Severity", "Rule", "Requirement", "Finding", "Where"],
    "AI systems": ["System", "Name", "Owner", "Roles", "Purpose", "Life cycle", "Deployed",
                   "Risk class", "Human oversight", "Impact assessments", "Assessment", "Risks",
                   "Portal page"],
    "Risk register": ["Risk", "Title", "Owner", "AI systems", "Found by", "Likelihood", "Impact",
                      "Score", "Treatment", "Controls", "Residual likelihood", "Residual impact",
                      "Residual score", "Treated", "Above appetite", "Accepted by",
                      "Accepted until", "Reviewed", "Portal page"],
    "Impact assessments": ["Assessment", "AI system", "Performed", "Next review", "Current",
                           "Approved by", "Groups affected", "Risks", "Report"],
    "Objectives": ["Objective", "Title", "Owner", "Measure", "Target", "Due", "Status", "Result",
                   "On track"],
    "Internal audits": ["Audit", "Title", "Planned", "Performed", "Auditor", "Scope",
                        "Requirements in scope", "Findings", "Report"],
    "Nonconformities": ["Finding", "Audit", "Type", "Requirement", "Description", "Owner",
                        "Raised", "Due", "Closed", "Status", "Root cause", "Corrective action",
                        "Effectiveness checked", "Effectiveness", "Checked by"],
    "Management reviews": ["Review", "Date", "Attendees", "previous_actions",
                           "external_internal_issues", "stakeholder_needs", "performance",
                           "nonconformities", "audit_results", "risk_opportunities",
                           "improvement", "Decisions", "Actions", "Actions overdue"],
}
CROSSWALK_HEADERS = ["Item", "Title", "Group", "Coverage", "ISO 42001 requirement",
                     "Requirement title", "Requirement state", "Relation", "Source",
                     "Confidence", "Note", "Portal page"]
STATUS_WORDS = {"planned", "partial", "implemented"}
COVERAGE_WORDS = {"covered", "partial", "gap", "not-mapped"}
HEALTH_WORDS = {"conformant", "partial", "gap", "excluded"}
EVIDENCE_WORDS = {"current", "expiring", "stale", "expired", "future", "undated", "missing", "rejected"}

# The hostile fixture: text a spreadsheet would read as a formula must stay text.
HOSTILE_JUSTIFICATION = '=HYPERLINK("http://evil.example","click")'
HOSTILE_OWNER = "@SUM(1+1)*cmd|' /C calc'!A0\n-Head of =Things"
HOSTILE_ORGANIZATION = "@Hostile & <Sons> Ltd"


# Excel's paper sizes (OOXML paperSize) in points, and the smallest text an auditor reads.
PAPER_POINTS = {"8": (841.9, 1190.6), "9": (595.3, 841.9)}  # A3, A4: (short, long) side
MIN_PRINT_POINTS = 8
BODY_POINTS = 11  # the workbook's default font (Calibri 11)


def records(root, folder):
    """The YAML records of one folder of the management system (systems/, risks/ ...)."""
    import yaml
    return [yaml.safe_load(f.read_text()) for f in sorted((root / folder).rglob("*.yaml"))]


def block_value(root, block_name, key):
    """A key of a site.yaml mapping (`soa:`, `risk:`), as written (quotes removed)."""
    text = (root / "site.yaml").read_text()
    block = re.search(rf"^{block_name}:\n((?:[ \t]+.*\n)+)", text, re.M)
    m = block and re.search(rf"^\s+{key}:\s*\"?([^\"\n]+?)\"?\s*$", block.group(1), re.M)
    return m.group(1) if m else None


def soa_value(root, key):
    return block_value(root, "soa", key)


def base_url(root):
    """site.yaml's base_url ending in '/', or "" when the portal is not hosted."""
    url = site_value(root, "base_url") or ""
    return url if not url or url.endswith("/") else url + "/"


def headers(sheet):
    return HEADERS.get(sheet, CROSSWALK_HEADERS)


def catalog_ids(kind):
    """Ids of one kind (clause | control) in the built-in catalog, in document order."""
    ids, current = [], None
    for line in CATALOG.read_text().splitlines():
        m = re.match(r'\s*- id:\s*"?([^"\s]+)"?', line)
        if m:
            current = m.group(1)
        m = re.match(r"\s*kind:\s*(\w+)", line)
        if m and current and m.group(1) == kind:
            ids.append(current)
    return ids


def site_value(root, key):
    m = re.search(rf"^{key}:\s*\"?([^\"\n]+?)\"?\s*$", (root / "site.yaml").read_text(), re.M)
    return m.group(1) if m else None


def check_created_date(xlsx, root):
    core = zipfile.ZipFile(xlsx).read("docProps/core.xml").decode()
    created = re.search(r"<dcterms:created[^>]*>([^<]+)<", core).group(1)
    want = site_value(root, "build_date") + "T00:00:00Z"
    assert created == want, f"created {created}, expected the build date {want}"


def app_company(xlsx):
    app = zipfile.ZipFile(xlsx).read("docProps/app.xml").decode()
    m = re.search(r"<Company>([^<]*)</Company>", app)
    return m.group(1) if m else None
