#include "model/id_registry.hpp"

namespace aimsdoc {

bool IdRegistry::add(const std::string& id, const std::string& kind, const SourceLocation& at,
                     Diagnostics& diags, const std::string& requirement) {
  // Policies come in id order (build_aims), each placed at the end without a search; an id
  // that does not sort last is placed by a search, as emplace() would.
  std::size_t before = ids_.size();
  auto it = ids_.emplace_hint(ids_.end(), id, Entry{kind, at});
  if (ids_.size() > before) return true;
  const Entry& first = it->second;
  std::string message =
      first.kind == kind
          ? "duplicate " + kind + " id '" + id + "'; first defined at " + first.location.to_string()
          : "id '" + id + "' of this " + kind + " is already the id of the " + first.kind + " at " +
                first.location.to_string() + "; ids are unique across all record kinds";
  diags.error(at, "id.duplicate", message, requirement);
  return false;
}

const IdRegistry::Entry* IdRegistry::find(const std::string& id) const {
  auto it = ids_.find(id);
  return it == ids_.end() ? nullptr : &it->second;
}

}  // namespace aimsdoc
