#include "check/rule_table.hpp"

#include <algorithm>
#include <array>

namespace aimsdoc {
namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

// Grouped by family, in the order README lists them.
constexpr std::array kRules = {
    Rule{"coverage.record", E, "a catalog requirement has no record in `controls/`"},
    Rule{"coverage.clause-excluded", E,
         "a clause (4.1-10.2) is marked `applicable: false`; clauses are mandatory"},
    Rule{"coverage.justification", E, "an excluded control has no justification"},
    Rule{"coverage.status", E, "an applicable requirement has no implementation status"},
    Rule{"coverage.owner",
         E,
         "an applicable requirement has no owner",
         {},
         AtDraft::LoweredWhenPlanned},
    Rule{"coverage.policy",
         E,
         "an applicable requirement is covered by no policy",
         {},
         AtDraft::LoweredWhenPlanned},
    Rule{"coverage.evidence",
         E,
         "an applicable requirement has no evidence",
         {},
         AtDraft::LoweredWhenPlanned},
    Rule{"coverage.not-implemented",
         E,
         "an applicable requirement whose status is planned or partial",
         {},
         AtDraft::Lowered},
    Rule{"coverage.inclusion",
         E,
         "an applicable control with no justification for its inclusion (ISO/IEC 42001 6.1.3) "
         "and no risk it treats",
         {},
         AtDraft::Lowered},
    Rule{"coverage.placeholder", E,
         "a justification, title or note that is only a placeholder (TBD, TODO, n/a, \"-\", "
         "\"?\" ...), or a control's justification shorter than three words"},
    Rule{"ref.requirement", E,
         "an unknown (or other-framework) requirement id in `covers:` or a record's `id:`"},
    Rule{"ref.policy", E, "an unknown policy id in a record's `policies:`"},
    Rule{"ref.owner", E, "an owner id not in the site.yaml roster"},
    Rule{"ref.system", E, "an unknown AI system id in a risk's `systems:`"},
    Rule{"ref.risk", E, "an unknown risk id in an impact assessment's `risks:`"},
    Rule{"ref.assessment", E,
         "an unknown impact assessment id in a risk's `source:` or a system's "
         "`impact_assessments:`"},
    Rule{"id.duplicate", E,
         "two records of any kind (policies, requirements, evidence items, AI systems, risks, "
         "impact assessments, objectives, audits, findings, reviews, review actions), two "
         "owners or two catalog items share an id (names both places)"},
    Rule{"id.syntax", E, "an id with characters outside its alphabet"},
    Rule{"name.collision", E,
         "two ids of one kind or two published file names (evidence, audit and assessment "
         "reports) differ only in case or Unicode normalization (NFC/NFD): they collide on "
         "case-insensitive file systems and in zip files"},
    Rule{"link.broken", E,
         "a relative link in a policy resolves to no policy, record or evidence file (the "
         "portal could not publish it); names the nearest existing file"},
    Rule{"link.empty", E, "a link with an empty target, `[x]()`: it opens nothing"},
    Rule{"link.site-rooted", E,
         "a link rooted at a web site's top (`/security`): the portal opens from any folder, "
         "so it is dead there; names the file it most likely meant"},
    Rule{"link.anchor", E,
         "a `#anchor` (on the same page or after a policy's path) that names no heading of "
         "that policy"},
    Rule{"asset.alt", W, "an image without alt text, `![](img/flow.png)`"},
    Rule{"asset.path", E,
         "a file under `content/` a policy links to is a symlink leading out of the root, or "
         "cannot be resolved"},
    Rule{"evidence.missing", E, "an evidence `file:` does not exist"},
    Rule{"evidence.unreadable", E, "an evidence `file:` exists but cannot be read"},
    Rule{"evidence.path", E,
         "an evidence `file:` is absolute, climbs out of the root, is a symlink leaving it, "
         "holds a backslash or lies inside the output folder"},
    Rule{"evidence.changed", E,
         "an evidence file or a file a policy links to changed while `build` copied it "
         "(nothing is published)"},
    Rule{"evidence.source", E, "an evidence item needs exactly one of `file:`/`url:`"},
    Rule{"evidence.url", E,
         "an evidence `url:` is not http(s) or holds a character it must percent-encode"},
    Rule{"evidence.expired", E, "evidence past its `expires` date"},
    Rule{"evidence.future", E, "evidence collected after the build date"},
    Rule{"evidence.stale", W, "evidence older than `evidence_max_age_days`"},
    Rule{"evidence.shared", W,
         "one evidence file backs more requirements than `evidence_shared_limit` (site.yaml, "
         "default 5)"},
    Rule{"policy.review-overdue", W, "a policy past its `review_by` date"},
    Rule{"policy.dates", E, "`review_by` before `effective`"},
    Rule{"policy.covers", W, "a policy covers nothing"},
    Rule{"audit.programme",
         E,
         "no internal audit performed within `audit_cycle_days` before the build date (on "
         "clause 9.2's record)",
         {},
         AtDraft::Lowered},
    Rule{"audit.coverage", W,
         "applicable requirements in no audit's scope within the cycle, listed"},
    Rule{"audit.independence", W, "an auditor owns requirements in their audit's scope"},
    Rule{"finding.overdue", E, "an audit finding open past its `due` date"},
    Rule{"finding.root-cause", E,
         "a major or minor nonconformity closed without `root_cause` or `action`"},
    Rule{"finding.effectiveness", E,
         "a major nonconformity closed without an effective effectiveness check"},
    Rule{"review.programme",
         E,
         "no management review within `review_cycle_days` before the build date (on clause "
         "9.3's record)",
         {},
         AtDraft::Lowered},
    Rule{"review.inputs", E, "a management review missing any of the eight input topics of 9.3.2"},
    Rule{"review.action-overdue", E, "a management review action open past its `due` date"},
    Rule{"system.assessment", E,
         "an AI system in validation or production without an impact assessment, or whose "
         "latest one is past `next_review`"},
    Rule{"system.owner", E, "an AI system without an owner"},
    Rule{"risk.untreated", E, "a risk above appetite, to be mitigated, that names no control"},
    Rule{"risk.excluded-control", E,
         "a risk treated by a control that is excluded (names both places)"},
    Rule{"risk.acceptance", E,
         "an accepted risk without approver or end date, or past `accepted_until`"},
    Rule{"risk.review", W, "a risk not reviewed within `risk.review_days`"},
    Rule{"risk.residual", E, "a residual score above the inherent score"},
    Rule{"risk.scale", E, "a likelihood or impact outside 1..`risk.scale`"},
    Rule{"assessment.system", E, "an impact assessment of an unknown AI system"},
    Rule{"assessment.file", E, "an impact assessment whose report `file:` does not exist"},
    Rule{"objective.overdue", W, "an objective still open after its `due` date"},
    Rule{"ref.record", E,
         "a review input cites an id that is no requirement, policy, evidence item, audit, "
         "finding, review or action"},
    Rule{"record.status", E, "a status outside planned, partial, implemented"},
    Rule{"record.empty", E, "a record file with nothing in it"},
    Rule{"yaml.syntax", E, "malformed YAML"},
    Rule{"yaml.type", E, "a value of the wrong type"},
    Rule{"yaml.duplicate-key", E, "a key given twice"},
    Rule{"yaml.aliases", E, "YAML aliases expanding past 1 MiB (an \"alias bomb\")"},
    Rule{"yaml.unknown-key", W, "an unknown key, with a did-you-mean"},
    Rule{"yaml.extra-document", W,
         "a second YAML document (`---`) in a record; only the first is read"},
    Rule{"field.missing", E, "a required field is absent or empty"},
    Rule{"field.date", E, "a date is not a real YYYY-MM-DD day"},
    Rule{"field.vocabulary", E,
         "a value outside its vocabulary (lifecycle, treatment, objective status, risk class)"},
    Rule{"front-matter.missing", E, "a policy without front matter"},
    Rule{"front-matter.unterminated", E, "a policy whose front matter is never closed"},
    Rule{"input.unreadable", E,
         "a file or folder cannot be read, or is not a regular file (a FIFO, socket, device, "
         "symlink loop or dangling symlink); or a policy changed while `build` read its body "
         "again (nothing is published)"},
    Rule{"input.encoding", E,
         "a file is not UTF-8 or holds control characters (C0, DEL, C1) or Unicode noncharacters "
         "(a policy may hold form feeds, read as spaces)"},
    Rule{"input.too-large", E, "a file exceeds 16 MiB or 250 000 YAML values"},
    Rule{"input.missing", E, "site.yaml is absent"},
    Rule{"input.findings", E, "a file has more than 200 findings; the rest are counted in this one",
         "when only warnings were left out"},
    Rule{"field.too-long", E, "a title or name longer than 300 characters (cut there)"},
    Rule{"markdown.limit", E,
         "Markdown that cmark-gfm renders in superlinear time: a table over 100 columns or "
         "100 000 cells, or too many links inside open image brackets (not rendered)"},
    Rule{"input.path", E, "an input file is a symlink leaving the root",
         "a symlinked folder, which is not followed"},
    Rule{"framework.gap", E,
         "with `check --framework ID`: an item of that framework whose mapped requirements "
         "are all gaps"},
    Rule{"framework.partial", W,
         "with `check --framework ID`: an item of that framework that is reached but not "
         "covered by the rule in docs/formats.md (crosswalk section)"},
    Rule{"crosswalk.framework", E,
         "a crosswalk does not start from the primary framework, or maps to a framework not "
         "listed under `frameworks:` in site.yaml"},
    Rule{"crosswalk.unknown-id", E, "a crosswalk row names an id its framework does not have"},
    Rule{"crosswalk.sources", E, "a crosswalk has no `sources:` mapping"},
    Rule{"crosswalk.source", E, "a row's `source:` is not declared under `sources:`"},
    Rule{"crosswalk.relation", E,
         "a relation outside equivalent, subset, superset, intersects, none"},
    Rule{"crosswalk.confidence", E,
         "a confidence outside as-published, high, medium, medium-low, low"},
    Rule{"crosswalk.to", E, "a row has no `to:` id and its relation is not `none`"},
    Rule{"crosswalk.note", W, "a derived row gives no reason in `note:`"},
    Rule{"catalog.kind", E, "a catalog item's kind is not group, clause or control"},
    Rule{"catalog.parent", E, "a catalog item's parent is not an earlier item of the catalog"},
    Rule{"catalog.url", E, "a framework's `url:` is not an http(s) address (not published)"},
    Rule{"crosswalk.url", E,
         "a crosswalk source's `url:` is not an http(s) address (not published)"},
    Rule{"site.owners", E, "site.yaml has no `owners:` roster"},
    Rule{"site.config", E,
         "a site.yaml setting out of range (`evidence_max_age_days` below 1, an unknown "
         "`readiness`)"},
    Rule{"site.path", E,
         "a path in site.yaml (`output`, a catalog, a crosswalk) is absolute or leaves the root "
         "(also through a symlink), or a catalog or crosswalk is listed twice"},
    Rule{"git.since", E,
         "`build --since REV` on a tree without git history, or a revision (--since, site.yaml "
         "`last_audit`) that names no tag, branch, commit or date of it (exit 2)"},
    Rule{"theme.path", E,
         "a user theme folder outside the root (also through a symlink), or missing"},
    Rule{"theme.read", E, "a file of a user theme cannot be read"},
    Rule{"theme.template", E,
         "a template missing from the theme, one that does not parse, nests sections over 32 "
         "deep, or expands past the rendering budget"},
    Rule{"theme.labels", E, "a theme's labels.yaml that is not a map of words"},
    Rule{"portal.render", E, "a portal page could not be rendered"},
    Rule{"render.workbook", E, "soa.xlsx could not be written"},
};

}  // namespace

std::span<const Rule> rule_table() { return kRules; }

const Rule* find_rule(std::string_view id) {
  auto it = std::find_if(kRules.begin(), kRules.end(), [&](const Rule& r) { return r.id == id; });
  return it == kRules.end() ? nullptr : &*it;
}

namespace {

std::string_view other_severity_when(const Rule& rule) {
  switch (rule.at_draft) {
    case AtDraft::Lowered: return "draft readiness";
    case AtDraft::LoweredWhenPlanned: return "a planned requirement judged at draft readiness";
    case AtDraft::Kept: break;
  }
  return rule.other_severity_when;
}

}  // namespace

std::string readme_rule_row(const Rule& rule) {
  std::string severity = severity_name(rule.severity);
  if (std::string_view when = other_severity_when(rule); !when.empty())
    severity +=
        std::string(" (") +
        severity_name(rule.severity == Severity::Error ? Severity::Warning : Severity::Error) +
        ": " + std::string(when) + ")";
  return "| `" + std::string(rule.id) + "` | " + severity + " | " + std::string(rule.meaning) +
         " |";
}

void apply_readiness(Diagnostic& d, Readiness readiness, bool planned) {
  if (readiness != Readiness::Draft || d.severity != Severity::Error) return;
  const Rule* rule = find_rule(d.rule);
  if (!rule) return;
  if (rule->at_draft == AtDraft::Lowered ||
      (rule->at_draft == AtDraft::LoweredWhenPlanned && planned))
    d.severity = Severity::Warning;
}

void add_at_readiness(const Diagnostics& found, Readiness readiness, bool planned,
                      Diagnostics& diags) {
  for (Diagnostic d : found.items()) {
    apply_readiness(d, readiness, planned);
    diags.add(std::move(d));
  }
}

}  // namespace aimsdoc
