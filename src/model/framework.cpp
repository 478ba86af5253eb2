#include "model/framework.hpp"

namespace aimsdoc {

const char* item_kind_name(ItemKind k) {
  switch (k) {
    case ItemKind::Group: return "group";
    case ItemKind::Clause: return "clause";
    case ItemKind::Control: return "control";
  }
  return "?";
}

const CatalogItem* Framework::find(const std::string& item_id) const {
  auto it = index.find(item_id);
  return it == index.end() ? nullptr : &items[it->second];
}

const CatalogItem* Framework::top_group_of(const CatalogItem& item) const {
  const CatalogItem* cur = &item;
  for (int guard = 0; guard < 64 && !cur->parent.empty(); ++guard) {
    const CatalogItem* up = find(cur->parent);
    if (!up) break;
    cur = up;
  }
  return cur == &item ? nullptr : cur;
}

QualifiedId split_qualified_id(const std::string& text) {
  auto colon = text.find(':');
  if (colon == std::string::npos) return {"", text};
  return {text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace aimsdoc
