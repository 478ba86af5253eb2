// The check's result as OSCAL assessment results: one observation per requirement (what
// the records show, with the evidence examined) and one finding per diagnostic, named by
// its rule id and aimed at the requirement it concerns.

#include "render/export/oscal.hpp"

#include <map>

namespace aimsdoc {
namespace {

// Findings about no requirement (a broken link in a policy, a YAML error) are aimed at
// the AIMS documentation as a whole.
constexpr const char* kDocumentationObjective = "aims-documentation";

std::string observation_text(const BuildView& view, std::size_t index) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  const RequirementRecord& rec = r.record;
  std::string health = "Health " + std::string(health_key(view.report.health_of(index))) + ". ";
  if (!r.has_record) return health + "No record in controls/ for " + r.id() + ".";
  if (!rec.applicable)
    return health + r.id() + " is excluded: " +
           (rec.justification.empty() ? std::string("no justification given") : rec.justification);
  return health + r.id() + " is declared " +
         (rec.status == Status::Unset ? std::string("without a status")
                                      : std::string(status_name(rec.status))) +
         ", owned by " + (r.owner == kNone ? std::string("nobody") : aims.owners[r.owner].name) +
         ", covered by " + std::to_string(r.policies.size()) + " polic" +
         (r.policies.size() == 1 ? "y" : "ies") + ", with " + std::to_string(rec.evidence.size()) +
         " evidence item" + (rec.evidence.size() == 1 ? "" : "s") + ".";
}

Json observation(const BuildView& view, std::size_t index, const OscalIds& ids) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  Json o = Json::object();
  o.set("uuid", ids.uuid("observation", r.id()));
  o.set("title", r.id() + " " + r.item->title);
  o.set("description", observation_text(view, index));
  Json& props = o.set("props", Json::array());
  props.push(oscal_prop("label", r.id()));
  props.push(oscal_prop("health", health_key(view.report.health_of(index))));
  props.push(oscal_prop("control-id", ids.control_id(r.id())));
  o.set("methods", Json::array()).push("EXAMINE");
  Json evidence = Json::array();
  for (const auto& ev : r.record.evidence) {
    Json& e = evidence.push(Json::object());
    e.set("href", ev.file.empty() ? ev.url : ev.file);
    e.set("description", ev.id + ": " + (ev.title.empty() ? ev.id : ev.title) + " (" +
                             evidence_state_key(view.report.state_of(ev)) + ")");
  }
  if (!evidence.empty()) o.set("relevant-evidence", std::move(evidence));
  o.set("collected", oscal_timestamp(aims.reference_date()));
  return o;
}

// A requirement is satisfied only when its health is conformant or excluded: a warning on
// a planned requirement (a draft check) does not make it so.
bool satisfied(const BuildView& view, const Requirement* r) {
  if (!r) return true;
  Health h = view.report.health_of(static_cast<std::size_t>(r - view.aims.requirements.data()));
  return h == Health::Conformant || h == Health::Excluded;
}

// `repeat` counts earlier findings of the same text, so the UUID names the finding itself and
// stays when another finding comes or goes.
Json finding(const Diagnostic& d, std::size_t repeat, const BuildView& view, const OscalIds& ids) {
  const Aims& aims = view.aims;
  Json f = Json::object();
  f.set("uuid", ids.uuid("finding", std::to_string(repeat) + ":" + format_diagnostic(d)));
  f.set("title", d.rule + (d.requirement.empty() ? "" : " on " + d.requirement));
  f.set("description", d.message);
  Json& props = f.set("props", Json::array());
  props.push(oscal_prop("rule-id", d.rule));
  props.push(oscal_prop("severity", severity_name(d.severity)));
  if (!d.location.path.empty())
    props.push(oscal_prop("location", d.location.path + ":" + std::to_string(d.location.line) +
                                          ":" + std::to_string(d.location.column)));
  const Requirement* r = d.requirement.empty() ? nullptr : aims.find_requirement(d.requirement);
  Json& target = f.set("target", Json::object());
  target.set("type", r ? "statement-id" : "objective-id");
  target.set("target-id", r ? ids.control_id(r->id()) + "_smt" : kDocumentationObjective);
  Json& status = target.set("status", Json::object());
  bool error = d.severity == Severity::Error;
  bool met = !error && satisfied(view, r);
  status.set("state", met ? "satisfied" : "not-satisfied");
  status.set("reason", error ? "fail" : "other");
  if (!error)
    status.set("remarks", r ? "A warning; " + health_remark(view, static_cast<std::size_t>(
                                                                      r - aims.requirements.data()))
                            : "A warning: satisfied, with a point to watch.");
  if (r)
    f.set("related-observations", Json::array())
        .push(Json::object())
        .set("observation-uuid", ids.uuid("observation", r->id()));
  return f;
}

}  // namespace

Json oscal_assessment_results(const BuildView& view, const OscalIds& ids) {
  const Aims& aims = view.aims;
  Json a = Json::object();
  a.set("uuid", ids.uuid("assessment-results", aims.primary.id));
  a.set("metadata", oscal_metadata(aims, aims.site.organization + " AIMS check results (" +
                                             aims.primary.name + ")"));
  Json& ap = a.set("import-ap", Json::object());
  ap.set("href", kOscalSspFile);
  ap.set("remarks",
         "No separate assessment plan: aimsdoc check examines every requirement "
         "of the system security plan with its coverage and validation rules.");
  Json& result = a.set("results", Json::array()).push(Json::object());
  result.set("uuid", ids.uuid("result", aims.reference_date().to_string()));
  result.set("title", "aimsdoc check of " + aims.reference_date().to_string());
  result.set("description", view.report.summary_line(view.diagnostics.error_count(),
                                                     view.diagnostics.warning_count()));
  result.set("start", oscal_timestamp(aims.reference_date()));
  result.set("reviewed-controls", Json::object())
      .set("control-selections", Json::array())
      .push(Json::object())
      .set("include-all", Json::object());
  Json& observations = result.set("observations", Json::array());
  for (std::size_t i = 0; i < aims.requirements.size(); ++i)
    observations.push(observation(view, i, ids));
  Json findings = Json::array();
  std::map<std::string, std::size_t> seen;  // formatted finding -> how many so far
  for (const auto& d : view.diagnostics.items())
    findings.push(finding(d, seen[format_diagnostic(d)]++, view, ids));
  if (!findings.empty()) result.set("findings", std::move(findings));
  return a;
}

}  // namespace aimsdoc
