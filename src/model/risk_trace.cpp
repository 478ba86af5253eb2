#include "model/risk_trace.hpp"

#include <array>
#include <utility>

namespace aimsdoc {
namespace {

// One table per vocabulary: the word users write and the value it stands for.
template <typename Enum, std::size_t N>
const char* name_in(const std::array<std::pair<const char*, Enum>, N>& words, Enum value) {
  for (const auto& [word, v] : words)
    if (v == value) return word;
  return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_in(const std::array<std::pair<const char*, Enum>, N>& words,
                             const std::string& s) {
  for (const auto& [word, v] : words)
    if (s == word) return v;
  return std::nullopt;
}

constexpr std::array<std::pair<const char*, Lifecycle>, 5> kLifecycles = {{
    {"design", Lifecycle::Design},
    {"development", Lifecycle::Development},
    {"validation", Lifecycle::Validation},
    {"production", Lifecycle::Production},
    {"retired", Lifecycle::Retired},
}};
constexpr std::array<std::pair<const char*, Treatment>, 4> kTreatments = {{
    {"mitigate", Treatment::Mitigate},
    {"accept", Treatment::Accept},
    {"avoid", Treatment::Avoid},
    {"transfer", Treatment::Transfer},
}};
constexpr std::array<std::pair<const char*, ObjectiveStatus>, 3> kObjectiveStatuses = {{
    {"open", ObjectiveStatus::Open},
    {"met", ObjectiveStatus::Met},
    {"missed", ObjectiveStatus::Missed},
}};

}  // namespace

const char* lifecycle_name(Lifecycle l) { return name_in(kLifecycles, l); }
std::optional<Lifecycle> parse_lifecycle(const std::string& s) { return parse_in(kLifecycles, s); }
const char* treatment_name(Treatment t) { return name_in(kTreatments, t); }
std::optional<Treatment> parse_treatment(const std::string& s) { return parse_in(kTreatments, s); }
const char* objective_status_name(ObjectiveStatus s) { return name_in(kObjectiveStatuses, s); }
std::optional<ObjectiveStatus> parse_objective_status(const std::string& s) {
  return parse_in(kObjectiveStatuses, s);
}

}  // namespace aimsdoc
