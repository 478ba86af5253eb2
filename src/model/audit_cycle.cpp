#include "model/audit_cycle.hpp"

#include <algorithm>

namespace aimsdoc {

const char* finding_type_name(FindingType t) {
  switch (t) {
    case FindingType::Major: return "major";
    case FindingType::Minor: return "minor";
    case FindingType::Observation: return "observation";
    case FindingType::Improvement: return "improvement";
  }
  return "";
}

std::vector<std::string> finding_type_names() {
  std::vector<std::string> out;
  for (auto t : kFindingTypes) out.push_back(finding_type_name(t));
  return out;
}

std::optional<FindingType> parse_finding_type(const std::string& text) {
  for (auto t : kFindingTypes)
    if (text == finding_type_name(t)) return t;
  return std::nullopt;
}

std::vector<const Audit*> in_calendar_order(const std::vector<Audit>& audits) {
  std::vector<const Audit*> out;
  for (const auto& a : audits) out.push_back(&a);
  std::stable_sort(out.begin(), out.end(),
                   [](const Audit* x, const Audit* y) { return x->planned < y->planned; });
  return out;
}

const ReviewInput* ManagementReview::input(const std::string& topic) const {
  for (const auto& in : inputs)
    if (in.topic == topic) return &in;
  return nullptr;
}

}  // namespace aimsdoc
