#include "render/export/model_json.hpp"

#include "check/audit_state.hpp"
#include "check/coverage_report.hpp"
#include "check/risk_trace_state.hpp"
#include "util/json_value.hpp"

namespace aimsdoc {
namespace {

Json date_or_null(const std::optional<Date>& d) { return d ? Json(d->to_string()) : Json(); }

Json id_or_null(const std::string& id) { return id.empty() ? Json() : Json(id); }

template <typename Strings>
Json strings_json(const Strings& items) {
  Json list = Json::array();
  for (const auto& s : items) list.push(s);
  return list;
}

template <typename Record>
const std::string& id_of(const Record& r) {
  return r.id;
}
std::string id_of(const Requirement& r) { return r.id(); }

// Ids of joined records, in the order the model holds them.
template <typename Records>
Json ids_json(const std::vector<std::size_t>& indices, const Records& records) {
  Json list = Json::array();
  for (std::size_t i : indices) list.push(id_of(records[i]));
  return list;
}

// The id of the record a join found, null when it found none.
template <typename Records>
Json id_or_null(const Records& records, std::size_t index) {
  return index == kNone ? Json() : Json(id_of(records[index]));
}

// Every record of a kind, in the model's order, each as `to_json` writes it.
template <typename Record>
Json records_json(const Aims& aims, const std::vector<Record>& records,
                  Json (*to_json)(const Aims&, const Record&)) {
  Json list = Json::array();
  for (const Record& r : records) list.push(to_json(aims, r));
  return list;
}

Json owner_json(const Aims&, const Owner& o) {
  Json j = Json::object();
  j.set("id", o.id);
  j.set("name", o.name);
  j.set("role", o.role);
  j.set("email", id_or_null(o.email));
  return j;
}

Json evidence_json(const CoverageReport& report, const EvidenceItem& ev) {
  Json j = Json::object();
  j.set("id", ev.id);
  j.set("title", ev.title);
  j.set("file", id_or_null(ev.file));
  j.set("url", id_or_null(ev.url));
  j.set("size", ev.file.empty() ? Json() : Json(static_cast<std::uint64_t>(ev.size)));
  j.set("sha256", id_or_null(ev.sha256));
  j.set("collected", date_or_null(ev.collected));
  j.set("expires", date_or_null(ev.expires));
  j.set("state", evidence_state_key(report.state_of(ev)));
  return j;
}

Json requirement_json(const BuildView& view, std::size_t index) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  const RequirementRecord& rec = r.record;
  Json j = Json::object();
  j.set("id", r.id());
  j.set("kind", item_kind_name(r.item->kind));
  j.set("title", r.item->title);
  j.set("parent", id_or_null(r.item->parent));
  j.set("record", r.has_record ? Json(rec.location.path) : Json());
  j.set("applicable", rec.applicable);
  j.set("justification", id_or_null(rec.justification));
  j.set("status", id_or_null(status_name(rec.status)));
  j.set("health", health_key(view.report.health_of(index)));
  j.set("owner", id_or_null(aims.owners, r.owner));
  j.set("policies", ids_json(r.policies, aims.policies));
  Json& evidence = j.set("evidence", Json::array());
  for (const auto& ev : rec.evidence) evidence.push(evidence_json(view.report, ev));
  j.set("notes", id_or_null(rec.notes_markdown));
  Json& mappings = j.set("mappings", Json::array());
  for (const auto& m : r.mappings) {
    const Crosswalk& cw = aims.crosswalks[m.crosswalk];
    const Mapping& row = cw.mappings[m.mapping];
    Json& mj = mappings.push(Json::object());
    mj.set("framework", cw.to_framework);
    mj.set("to", id_or_null(row.to));
    mj.set("relation", relation_name(row.relation));
    mj.set("confidence", id_or_null(row.confidence));
  }
  return j;
}

Json policy_json(const Aims& aims, const Policy& p) {
  Json j = Json::object();
  j.set("id", p.id);
  j.set("title", p.title);
  j.set("path", p.source_path);
  j.set("owner", id_or_null(p.owner_id));
  j.set("version", id_or_null(p.version));
  j.set("approved_by", id_or_null(p.approved_by));
  j.set("effective", date_or_null(p.effective));
  j.set("review_by", date_or_null(p.review_by));
  j.set("covers", ids_json(p.requirements, aims.requirements));
  Json& external = j.set("covers_external", Json::array());
  for (const auto& ref : p.external_covers) external.push(ref.text);
  return j;
}

Json audit_json(const Aims& aims, const Audit& a) {
  Json j = Json::object();
  j.set("id", a.id);
  j.set("title", a.title);
  j.set("planned", date_or_null(a.planned));
  j.set("performed", date_or_null(a.performed));
  j.set("auditor", id_or_null(a.auditor));
  Json& scope = j.set("scope", Json::array());
  for (const auto& s : a.scope) scope.push(s.id);
  j.set("report", id_or_null(a.report));
  Json& findings = j.set("findings", Json::array());
  for (const auto& f : a.findings) {
    Json& fj = findings.push(Json::object());
    fj.set("id", f.id);
    fj.set("type", finding_type_name(f.type));
    fj.set("requirement", f.requirement_id);
    fj.set("description", f.description);
    fj.set("raised", date_or_null(f.raised));
    fj.set("owner", id_or_null(aims.owners, f.owner));
    fj.set("due", date_or_null(f.due));
    fj.set("root_cause", id_or_null(f.root_cause));
    fj.set("action", id_or_null(f.action));
    fj.set("closed", date_or_null(f.closed));
    fj.set("state", item_state_key(finding_state(f, aims.reference_date())));
  }
  return j;
}

Json review_json(const Aims& aims, const ManagementReview& r) {
  Json j = Json::object();
  j.set("id", r.id);
  j.set("date", date_or_null(r.date));
  j.set("attendees", strings_json(r.attendees));
  j.set("decisions", id_or_null(r.decisions_markdown));
  Json& actions = j.set("actions", Json::array());
  for (const auto& a : r.actions) {
    Json& aj = actions.push(Json::object());
    aj.set("id", a.id);
    aj.set("title", id_or_null(a.title));
    aj.set("owner", id_or_null(aims.owners, a.owner));
    aj.set("due", date_or_null(a.due));
    aj.set("closed", date_or_null(a.closed));
    aj.set("state", item_state_key(action_state(a, aims.reference_date())));
  }
  return j;
}

Json score_json(const Aims& aims, const RiskScore& score) {
  Json j = Json::object();
  j.set("likelihood", static_cast<std::uint64_t>(score.likelihood));
  j.set("impact", static_cast<std::uint64_t>(score.impact));
  j.set("score", static_cast<std::uint64_t>(score.score()));
  j.set("above_appetite", above_appetite(aims, score));
  return j;
}

Json system_json(const Aims& aims, const AiSystem& s) {
  Json j = Json::object();
  j.set("id", s.id);
  j.set("name", s.name);
  j.set("path", s.location.path);
  j.set("owner", id_or_null(aims.owners, s.owner));
  j.set("lifecycle", id_or_null(lifecycle_name(s.lifecycle)));
  j.set("deployed", date_or_null(s.deployed));
  j.set("risk_class", id_or_null(s.risk_class));
  j.set("purpose", id_or_null(s.purpose));
  j.set("roles", strings_json(s.roles));
  j.set("assessments", ids_json(s.assessments, aims.assessments));
  j.set("assessment", system_assessment_key(aims, s, aims.reference_date()));
  j.set("risks", ids_json(s.risks, aims.risks));
  return j;
}

Json risk_json(const Aims& aims, const Risk& k) {
  Json j = Json::object();
  j.set("id", k.id);
  j.set("title", k.title);
  j.set("path", k.location.path);
  j.set("owner", id_or_null(aims.owners, k.owner));
  j.set("systems", ids_json(k.systems, aims.systems));
  j.set("source", id_or_null(aims.assessments, k.source));
  j.set("inherent", score_json(aims, k.inherent));
  j.set("residual", k.residual ? score_json(aims, *k.residual) : Json());
  j.set("treatment", id_or_null(treatment_name(k.treatment)));
  j.set("controls", ids_json(k.controls, aims.requirements));
  j.set("treated", risk_treated(k));
  j.set("accepted_by", id_or_null(k.accepted_by));
  j.set("accepted_until", date_or_null(k.accepted_until));
  j.set("reviewed", date_or_null(k.reviewed));
  return j;
}

Json assessment_json(const Aims& aims, const ImpactAssessment& a) {
  Json j = Json::object();
  j.set("id", a.id);
  j.set("path", a.location.path);
  j.set("system", id_or_null(aims.systems, a.system));
  j.set("performed", date_or_null(a.performed));
  j.set("next_review", date_or_null(a.next_review));
  j.set("current", assessment_current(a, aims.reference_date()));
  j.set("approved_by", id_or_null(a.approved_by));
  j.set("affected", strings_json(a.affected));
  j.set("risks", ids_json(a.risks, aims.risks));
  j.set("report", id_or_null(a.report.file));
  j.set("report_sha256", id_or_null(a.report.sha256));
  return j;
}

Json objective_json(const Aims& aims, const Objective& o) {
  Json j = Json::object();
  j.set("id", o.id);
  j.set("title", o.title);
  j.set("path", o.location.path);
  j.set("owner", id_or_null(aims.owners, o.owner));
  j.set("measure", id_or_null(o.measure));
  j.set("target", id_or_null(o.target));
  j.set("result", id_or_null(o.result));
  j.set("due", date_or_null(o.due));
  j.set("status", id_or_null(objective_status_name(o.status)));
  j.set("on_track", objective_on_track(o, aims.reference_date()));
  return j;
}

Json trace_json(const TraceTally& t) {
  Json j = Json::object();
  auto put = [&](const char* key, std::size_t n) { j.set(key, static_cast<std::uint64_t>(n)); };
  put("systems", t.systems);
  put("systems_assessed", t.systems_assessed);
  put("assessments", t.assessments);
  put("assessments_current", t.assessments_current);
  put("risks", t.risks);
  put("risks_treated", t.risks_treated);
  put("risks_accepted", t.risks_accepted);
  put("risks_above_appetite", t.risks_above_appetite);
  put("objectives", t.objectives);
  put("objectives_on_track", t.objectives_on_track);
  return j;
}

Json findings_json(const Diagnostics& diags) {
  Json list = Json::array();
  for (const auto& d : diags.items()) {
    Json& j = list.push(Json::object());
    j.set("path", d.location.path);
    j.set("line", d.location.line);
    j.set("column", d.location.column);
    j.set("severity", severity_name(d.severity));
    j.set("rule", d.rule);
    j.set("message", d.message);
    j.set("requirement", id_or_null(d.requirement));
  }
  return list;
}

Json framework_json(const Aims&, const Framework& f) {
  Json j = Json::object();
  j.set("id", f.id);
  j.set("name", f.name);
  j.set("version", f.version);
  j.set("url", id_or_null(f.url));
  return j;
}

}  // namespace

std::string render_model_json(const BuildView& view) {
  const Aims& aims = view.aims;
  Json root = Json::object();
  root.set("format", "aimsdoc-model");
  root.set("version", kModelJsonVersion);
  root.set("generator", std::string("aimsdoc ") + AIMSDOC_VERSION);
  root.set("organization", aims.site.organization);
  root.set("scope", aims.site.scope_markdown);
  root.set("build_date", aims.reference_date().to_string());
  root.set("framework", framework_json(aims, aims.primary));
  root.set("frameworks", records_json(aims, aims.frameworks, framework_json));
  root.set("owners", records_json(aims, aims.owners, owner_json));
  Json& requirements = root.set("requirements", Json::array());
  for (std::size_t i = 0; i < aims.requirements.size(); ++i)
    requirements.push(requirement_json(view, i));
  root.set("policies", records_json(aims, aims.policies, policy_json));
  root.set("audits", records_json(aims, aims.audits, audit_json));
  root.set("reviews", records_json(aims, aims.reviews, review_json));
  root.set("systems", records_json(aims, aims.systems, system_json));
  root.set("risks", records_json(aims, aims.risks, risk_json));
  root.set("assessments", records_json(aims, aims.assessments, assessment_json));
  root.set("objectives", records_json(aims, aims.objectives, objective_json));
  root.set("findings", findings_json(view.diagnostics));
  Json& summary = root.set("summary", Json::object());
  summary.set("errors", static_cast<std::uint64_t>(view.diagnostics.error_count()));
  summary.set("warnings", static_cast<std::uint64_t>(view.diagnostics.warning_count()));
  summary.set("readiness", readiness_name(view.report.readiness));
  summary.set("gaps", strings_json(view.report.gaps));
  summary.set("trace", trace_json(view.report.trace));
  return root.dump();
}

}  // namespace aimsdoc
