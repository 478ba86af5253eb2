#include <cctype>

#include "render/export/oscal.hpp"
#include "util/uuid_v5.hpp"

namespace aimsdoc {
namespace {

// RFC 4122's URL namespace: an organization's UUIDs live under a URL-like name of it.
constexpr const char* kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

}  // namespace

OscalIds::OscalIds(const Aims& aims)
    : namespace_(uuid_v5(kUrlNamespace, "aimsdoc:oscal:" + aims.site.organization)),
      framework_(aims.primary.id) {}

std::string OscalIds::uuid(std::string_view kind, std::string_view id) const {
  return uuid_v5(namespace_, std::string(kind) + ":" + std::string(id));
}

std::string OscalIds::control_id(const std::string& requirement_id) const {
  std::string out = framework_ + "-";
  for (char c : requirement_id) {
    bool token = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
    out += token ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : '_';
  }
  return out;
}

std::string oscal_timestamp(Date d) { return d.to_string() + "T00:00:00Z"; }

Json oscal_metadata(const Aims& aims, const std::string& title) {
  Json m = Json::object();
  m.set("title", title);
  m.set("last-modified", oscal_timestamp(aims.reference_date()));
  m.set("version", aims.reference_date().to_string());
  m.set("oscal-version", kOscalVersion);
  return m;
}

Json oscal_prop(const std::string& name, const std::string& value) {
  Json p = Json::object();
  p.set("name", name);
  p.set("value", value);
  return p;
}

std::string oscal_implementation_state(const BuildView& view, std::size_t index) {
  const RequirementRecord& rec = view.aims.requirements[index].record;
  Health health = view.report.health_of(index);
  if (!rec.applicable) return "not-applicable";  // excluded, or a gap if unjustified
  if (health == Health::Conformant) return "implemented";
  if (rec.status == Status::Unset) return "";
  return rec.status == Status::Planned ? "planned" : "partial";
}

std::string health_remark(const BuildView& view, std::size_t index) {
  const Requirement& r = view.aims.requirements[index];
  std::string declared = !r.record.applicable               ? "excluded"
                         : r.record.status == Status::Unset ? ""
                                                            : status_name(r.record.status);
  return r.id() + ": health " + health_key(view.report.health_of(index)) + ", " +
         (declared.empty() ? "no status declared" : "declared " + declared) + " (aimsdoc check, " +
         view.aims.reference_date().to_string() + ")";
}

std::vector<std::pair<std::string, std::string>> render_oscal(const BuildView& view) {
  OscalIds ids(view.aims);
  auto document = [](const char* root, Json body) {
    Json j = Json::object();
    j.set(root, std::move(body));
    return j.dump();
  };
  std::vector<std::pair<std::string, std::string>> files = {
      {kOscalCatalogFile, document("catalog", oscal_catalog(view, ids))},
      {kOscalSspFile, document("system-security-plan", oscal_ssp(view, ids))},
      {kOscalResultsFile, document("assessment-results", oscal_assessment_results(view, ids))},
  };
  if (has_open_nonconformities(view.aims))
    files.emplace_back(kOscalPoamFile,
                       document("plan-of-action-and-milestones", oscal_poam(view, ids)));
  return files;
}

}  // namespace aimsdoc
