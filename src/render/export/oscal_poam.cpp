// Open nonconformities (major and minor audit findings not yet closed) as an OSCAL plan of
// action and milestones: per finding an observation (what the audit found), a risk (its
// root cause, deadline and planned action) and the POA&M item tying them together.
#include "check/audit_state.hpp"
#include "render/export/oscal.hpp"

namespace aimsdoc {
namespace {

// What the observation, the risk and the item of finding `f` begin with: a UUID of `kind`,
// the finding as a title, and its description.
Json finding_entry(const char* kind, const Finding& f, const OscalIds& ids) {
  Json j = Json::object();
  j.set("uuid", ids.uuid(kind, f.id));
  j.set("title", f.id + " (" + finding_type_name(f.type) + ") on " + f.requirement_id);
  j.set("description", f.description);
  return j;
}

Json poam_observation(const Aims& aims, const Audit& audit, const Finding& f, const OscalIds& ids) {
  Json o = finding_entry("poam-observation", f, ids);
  o.set("props", Json::array()).push(oscal_prop("audit", audit.id));
  o.set("methods", Json::array()).push("EXAMINE");
  Date collected = f.raised          ? *f.raised
                   : audit.performed ? *audit.performed
                                     : aims.reference_date();
  o.set("collected", oscal_timestamp(collected));
  return o;
}

Json poam_risk(const Finding& f, const OscalIds& ids) {
  Json r = finding_entry("poam-risk", f, ids);
  r.set("statement", f.root_cause.empty() ? "Root cause not yet recorded." : f.root_cause);
  r.set("status", "open");
  if (f.due) r.set("deadline", oscal_timestamp(*f.due));
  if (!f.action.empty()) {
    Json& remediation = r.set("remediations", Json::array()).push(Json::object());
    remediation.set("uuid", ids.uuid("poam-remediation", f.id));
    remediation.set("lifecycle", "planned");
    remediation.set("title", "Corrective action for " + f.id);
    remediation.set("description", f.action);
  }
  return r;
}

Json poam_item(const Aims& aims, const Audit& audit, const Finding& f, const OscalIds& ids) {
  Json item = finding_entry("poam-item", f, ids);
  Json& props = item.set("props", Json::array());
  props.push(oscal_prop("finding-id", f.id));
  props.push(oscal_prop("finding-type", finding_type_name(f.type)));
  props.push(oscal_prop("audit", audit.id));
  props.push(oscal_prop("state", item_state_key(finding_state(f, aims.reference_date()))));
  props.push(oscal_prop("requirement", f.requirement_id));
  if (f.requirement != kNone)
    props.push(oscal_prop("control-id", ids.control_id(aims.requirements[f.requirement].id())));
  if (f.raised) props.push(oscal_prop("raised", f.raised->to_string()));
  if (f.due) props.push(oscal_prop("due", f.due->to_string()));
  if (f.owner != kNone) props.push(oscal_prop("owner", aims.owners[f.owner].id));
  item.set("related-observations", Json::array())
      .push(Json::object())
      .set("observation-uuid", ids.uuid("poam-observation", f.id));
  item.set("related-risks", Json::array())
      .push(Json::object())
      .set("risk-uuid", ids.uuid("poam-risk", f.id));
  return item;
}

bool open_nonconformity(const Aims& aims, const Finding& f) {
  return is_nonconformity(f.type) && finding_state(f, aims.reference_date()) != ItemState::Closed;
}

}  // namespace

bool has_open_nonconformities(const Aims& aims) {
  for (const auto& a : aims.audits)
    for (const auto& f : a.findings)
      if (open_nonconformity(aims, f)) return true;
  return false;
}

Json oscal_poam(const BuildView& view, const OscalIds& ids) {
  const Aims& aims = view.aims;
  Json p = Json::object();
  p.set("uuid", ids.uuid("plan-of-action-and-milestones", aims.primary.id));
  p.set("metadata", oscal_metadata(aims, aims.site.organization + " open nonconformities (" +
                                             aims.primary.name + ")"));
  p.set("import-ssp", Json::object()).set("href", kOscalSspFile);
  Json observations = Json::array(), risks = Json::array(), items = Json::array();
  for (const auto& audit : aims.audits)
    for (const auto& f : audit.findings) {
      if (!open_nonconformity(aims, f)) continue;
      observations.push(poam_observation(aims, audit, f, ids));
      risks.push(poam_risk(f, ids));
      items.push(poam_item(aims, audit, f, ids));
    }
  p.set("observations", std::move(observations));
  p.set("risks", std::move(risks));
  p.set("poam-items", std::move(items));
  return p;
}

}  // namespace aimsdoc
