#include "model/aims.hpp"

namespace aimsdoc {
namespace {

template <typename Vec>
auto* find_in(const std::map<std::string, std::size_t>& index, const Vec& items,
              const std::string& id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : &items[it->second];
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::Unset: return "";
    case Status::Planned: return "planned";
    case Status::Partial: return "partial";
    case Status::Implemented: return "implemented";
  }
  return "";
}

const char* readiness_name(Readiness r) {
  return r == Readiness::Draft ? "draft" : "certification";
}

bool parse_readiness(const std::string& text, Readiness& out) {
  if (text == "draft")
    out = Readiness::Draft;
  else if (text == "certification")
    out = Readiness::Certification;
  else
    return false;
  return true;
}

const Requirement* Aims::find_requirement(const std::string& id) const {
  return find_in(requirement_index, requirements, id);
}
const Owner* Aims::find_owner(const std::string& id) const {
  return find_in(owner_index, owners, id);
}
std::size_t Aims::owner_at(const std::string& id) const {
  auto it = owner_index.find(id);
  return it == owner_index.end() ? kNone : it->second;
}

const Framework* Aims::find_framework(const std::string& id) const {
  if (id == primary.id) return &primary;
  for (const auto& f : frameworks)
    if (f.id == id) return &f;
  return nullptr;
}

Date Aims::reference_date() const {
  if (site.build_date) return *site.build_date;
  return today();
}

}  // namespace aimsdoc
