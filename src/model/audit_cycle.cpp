#include "model/audit_cycle.hpp"

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

std::optional<FindingType> parse_finding_type(const std::string& text) {
  for (auto t :
       {FindingType::Major, FindingType::Minor, FindingType::Observation, FindingType::Improvement})
    if (text == finding_type_name(t)) return t;
  return std::nullopt;
}

const ReviewInput* ManagementReview::input(const std::string& topic) const {
  for (const auto& in : inputs)
    if (in.topic == topic) return &in;
  return nullptr;
}

}  // namespace aimsdoc
