#pragma once
// `aimsdoc export oscal`: the AIMS as OSCAL 1.0.6 JSON, for GRC tools that read it
// (compliance-trestle, GoComply, ServiceNow): the catalog, the Statement of Applicability
// as a system security plan, the check's result as assessment results, and the audit
// cycle's open nonconformities as a plan of action and milestones. Every UUID is
// derived (v5) from the organization and the item's id, so an export is byte-identical
// for the same input and an item keeps its UUID from one export to the next.
#include <string>
#include <utility>
#include <vector>

#include "render/build_view.hpp"
#include "util/json_value.hpp"

namespace aimsdoc {

inline constexpr const char* kOscalVersion = "1.0.6";
inline constexpr const char* kOscalCatalogFile = "catalog.json";
inline constexpr const char* kOscalSspFile = "system-security-plan.json";
inline constexpr const char* kOscalResultsFile = "assessment-results.json";
inline constexpr const char* kOscalPoamFile = "plan-of-action-and-milestones.json";

// File name -> content, in a fixed order. The POA&M only when a nonconformity is open
// (OSCAL wants at least one item).
std::vector<std::pair<std::string, std::string>> render_oscal(const BuildView& view);

// Shared by the three documents (oscal_common.cpp).
class OscalIds {
 public:
  explicit OscalIds(const Aims& aims);
  // The UUID of an item of `kind` ("control", "evidence", "finding" ...) named `id`.
  std::string uuid(std::string_view kind, std::string_view id) const;
  // An OSCAL token for a requirement id: "iso42001-a.6.2.4" (tokens start with a letter).
  std::string control_id(const std::string& requirement_id) const;

 private:
  std::string namespace_;
  std::string framework_;
};

std::string oscal_timestamp(Date d);  // YYYY-MM-DDT00:00:00Z
Json oscal_metadata(const Aims& aims, const std::string& title);
Json oscal_prop(const std::string& name, const std::string& value);
// The implementation-status of requirement `index` as the check judges it, never more than
// its health allows: "implemented" only when conformant, "not-applicable" when excluded,
// else the owner's planned or partial ("partial" for a declared implemented that is not
// conformant); "" when the record declares no status and is not conformant.
std::string oscal_implementation_state(const BuildView& view, std::size_t index);
// "<id>: health <health>, declared <status>" (or "no status declared"), as the portal says.
std::string health_remark(const BuildView& view, std::size_t index);

Json oscal_catalog(const BuildView& view, const OscalIds& ids);
Json oscal_ssp(const BuildView& view, const OscalIds& ids);
Json oscal_assessment_results(const BuildView& view, const OscalIds& ids);
bool has_open_nonconformities(const Aims& aims);
Json oscal_poam(const BuildView& view, const OscalIds& ids);

}  // namespace aimsdoc
