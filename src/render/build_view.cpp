#include "render/build_view.hpp"

namespace aimsdoc {

const char* audience_name(Audience a) { return a == Audience::Public ? "public" : "auditor"; }

std::optional<Audience> parse_audience(std::string_view name) {
  for (Audience a : {Audience::Auditor, Audience::Public})
    if (name == audience_name(a)) return a;
  return std::nullopt;
}

void withhold_confidential(BuildView& view) {
  view.withheld.clear();
  if (view.audience == Audience::Auditor) return;
  for (const auto& r : view.aims.requirements)
    for (const auto& ev : r.record.evidence)
      if (ev.confidential) {
        if (!ev.file.empty()) view.withheld.insert("path:" + ev.file);
        if (!ev.sha256.empty()) view.withheld.insert("sha256:" + ev.sha256);
      }
}

bool publishes_evidence_file(const BuildView& view, const EvidenceItem& ev) {
  if (view.audience == Audience::Auditor) return true;
  return !ev.confidential && !view.withheld.count("path:" + ev.file) &&
         !view.withheld.count("sha256:" + ev.sha256);
}

}  // namespace aimsdoc
