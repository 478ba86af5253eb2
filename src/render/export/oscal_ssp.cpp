// The Statement of Applicability as an OSCAL system security plan: the AIMS is the
// system, each requirement an implemented requirement with the status the check's health
// allows (oscal_implementation_state; or not-applicable and the justification), its owner as the
// responsible role, and its evidence as back-matter resources carrying their SHA-256.
#include "render/export/oscal.hpp"

namespace aimsdoc {
namespace {

// Owners become roles (their id) held by a person each; the organization is a party too.
void parties_and_roles(const Aims& aims, const OscalIds& ids, Json& meta) {
  Json roles = Json::array(), parties = Json::array(), responsible = Json::array();
  Json& org = parties.push(Json::object());
  org.set("uuid", ids.uuid("party", "organization"));
  org.set("type", "organization");
  org.set("name", aims.site.organization);
  for (const auto& o : aims.owners) {
    Json& role = roles.push(Json::object());
    role.set("id", o.id);
    role.set("title", o.role.empty() ? o.id : o.role);
    Json& party = parties.push(Json::object());
    party.set("uuid", ids.uuid("party", o.id));
    party.set("type", "person");
    party.set("name", o.name.empty() ? o.id : o.name);
    if (!o.email.empty()) party.set("email-addresses", Json::array()).push(o.email);
    Json& rp = responsible.push(Json::object());
    rp.set("role-id", o.id);
    rp.set("party-uuids", Json::array()).push(ids.uuid("party", o.id));
  }
  if (!roles.empty()) meta.set("roles", std::move(roles));
  meta.set("parties", std::move(parties));
  if (!responsible.empty()) meta.set("responsible-parties", std::move(responsible));
}

Json system_characteristics(const Aims& aims) {
  Json s = Json::object();
  Json& sid = s.set("system-ids", Json::array()).push(Json::object());
  sid.set("id", aims.primary.id + "-aims");
  s.set("system-name", aims.site.organization + " AI Management System");
  s.set("description", aims.site.scope_markdown);
  // An AIMS has no FIPS 199 categorization; OSCAL requires the fields.
  s.set("security-sensitivity-level", "not-categorized");
  Json& info = s.set("system-information", Json::object());
  Json& type = info.set("information-types", Json::array()).push(Json::object());
  type.set("title", "AI management system records");
  type.set("description", "Policies, records and evidence of the AIMS scope above.");
  for (const char* impact : {"confidentiality-impact", "integrity-impact", "availability-impact"})
    type.set(impact, Json::object()).set("base", "not-categorized");
  Json& level = s.set("security-impact-level", Json::object());
  level.set("security-objective-confidentiality", "not-categorized");
  level.set("security-objective-integrity", "not-categorized");
  level.set("security-objective-availability", "not-categorized");
  s.set("status", Json::object()).set("state", "operational");
  s.set("authorization-boundary", Json::object()).set("description", aims.site.scope_markdown);
  return s;
}

Json system_implementation(const Aims& aims, const OscalIds& ids) {
  Json s = Json::object();
  Json& users = s.set("users", Json::array());
  for (const auto& o : aims.owners) {
    Json& u = users.push(Json::object());
    u.set("uuid", ids.uuid("user", o.id));
    u.set("title", o.role.empty() ? o.id : o.role);
    u.set("role-ids", Json::array()).push(o.id);
  }
  if (aims.owners.empty()) {
    Json& u = users.push(Json::object());
    u.set("uuid", ids.uuid("user", "organization"));
    u.set("title", aims.site.organization);
  }
  Json& c = s.set("components", Json::array()).push(Json::object());
  c.set("uuid", ids.uuid("component", "aims"));
  c.set("type", "this-system");
  c.set("title", aims.site.organization + " AI Management System");
  c.set("description", "The AIMS as documented in its policies, records and evidence.");
  c.set("status", Json::object()).set("state", "operational");
  return s;
}

std::string evidence_key(const Requirement& r, const EvidenceItem& ev) {
  return r.id() + "/" + ev.id;
}

Json by_component(const BuildView& view, std::size_t index, const OscalIds& ids) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  const RequirementRecord& rec = r.record;
  Json b = Json::object();
  b.set("component-uuid", ids.uuid("component", "aims"));
  b.set("uuid", ids.uuid("by-component", r.id()));
  std::string policies;
  for (auto p : r.policies)
    policies += (policies.empty() ? "" : ", ") + aims.policies[p].id + " " + aims.policies[p].title;
  b.set("description", !rec.applicable    ? "Excluded from the Statement of Applicability."
                       : policies.empty() ? "No policy covers this requirement."
                                          : "Covered by " + policies + ".");
  std::string state = oscal_implementation_state(view, index);
  if (!state.empty()) {
    Json& st = b.set("implementation-status", Json::object());
    st.set("state", state);
    st.set("remarks", !rec.applicable && !rec.justification.empty()
                          ? rec.justification + " (" + health_remark(view, index) + ")"
                          : health_remark(view, index));
  }
  return b;
}

Json implemented_requirement(const BuildView& view, std::size_t index, const OscalIds& ids) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  Json j = Json::object();
  j.set("uuid", ids.uuid("implemented-requirement", r.id()));
  j.set("control-id", ids.control_id(r.id()));
  Json& props = j.set("props", Json::array());
  props.push(oscal_prop("label", r.id()));
  props.push(oscal_prop("health", health_key(view.report.health_of(index))));
  if (r.has_record) props.push(oscal_prop("record", r.record.location.path));
  Json links = Json::array();
  for (const auto& ev : r.record.evidence) {
    Json& l = links.push(Json::object());
    l.set("href", "#" + ids.uuid("evidence", evidence_key(r, ev)));
    l.set("rel", "evidence");
    l.set("text", ev.id);
  }
  if (!links.empty()) j.set("links", std::move(links));
  if (r.owner != kNone)
    j.set("responsible-roles", Json::array())
        .push(Json::object())
        .set("role-id", aims.owners[r.owner].id);
  j.set("by-components", Json::array()).push(by_component(view, index, ids));
  if (!r.record.notes_markdown.empty()) j.set("remarks", r.record.notes_markdown);
  return j;
}

Json evidence_resource(const BuildView& view, const Requirement& r, const EvidenceItem& ev,
                       const OscalIds& ids) {
  Json res = Json::object();
  res.set("uuid", ids.uuid("evidence", evidence_key(r, ev)));
  res.set("title", ev.title.empty() ? ev.id : ev.title);
  Json& props = res.set("props", Json::array());
  props.push(oscal_prop("evidence-id", ev.id));
  props.push(oscal_prop("requirement", r.id()));
  props.push(oscal_prop("state", evidence_state_key(view.report.state_of(ev))));
  if (ev.collected) props.push(oscal_prop("collected", ev.collected->to_string()));
  if (ev.expires) props.push(oscal_prop("expires", ev.expires->to_string()));
  Json& link = res.set("rlinks", Json::array()).push(Json::object());
  link.set("href", ev.file.empty() ? ev.url : ev.file);
  if (!ev.sha256.empty()) {
    Json& hash = link.set("hashes", Json::array()).push(Json::object());
    hash.set("algorithm", "SHA-256");
    hash.set("value", ev.sha256);
  }
  return res;
}

}  // namespace

Json oscal_ssp(const BuildView& view, const OscalIds& ids) {
  const Aims& aims = view.aims;
  Json s = Json::object();
  s.set("uuid", ids.uuid("system-security-plan", aims.primary.id));
  Json meta = oscal_metadata(
      aims, aims.site.organization + " Statement of Applicability (" + aims.primary.name + ")");
  parties_and_roles(aims, ids, meta);
  s.set("metadata", std::move(meta));
  Json& profile = s.set("import-profile", Json::object());
  profile.set("href", kOscalCatalogFile);
  profile.set("remarks", "The catalog itself: every requirement of it is in scope.");
  s.set("system-characteristics", system_characteristics(aims));
  s.set("system-implementation", system_implementation(aims, ids));
  Json& ci = s.set("control-implementation", Json::object());
  ci.set("description", "Each requirement of " + aims.primary.name +
                            " as the Statement of Applicability records it.");
  Json& reqs = ci.set("implemented-requirements", Json::array());
  Json resources = Json::array();
  for (std::size_t i = 0; i < aims.requirements.size(); ++i) {
    const Requirement& r = aims.requirements[i];
    reqs.push(implemented_requirement(view, i, ids));
    for (const auto& ev : r.record.evidence) resources.push(evidence_resource(view, r, ev, ids));
  }
  if (!resources.empty()) s.set("back-matter", Json::object()).set("resources", resources);
  return s;
}

}  // namespace aimsdoc
