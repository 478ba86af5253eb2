// The primary framework's catalog: groups and controls with their ids and our own titles
// and descriptions (never the standard's text).
#include <map>

#include "render/export/oscal.hpp"

namespace aimsdoc {
namespace {

Json catalog_entry(const Framework& fw, const CatalogItem& item, const OscalIds& ids,
                   const std::multimap<std::string, const CatalogItem*>& children) {
  Json j = Json::object();
  j.set("id", ids.control_id(item.id));
  j.set("class", item_kind_name(item.kind));
  j.set("title", item.title);
  Json& props = j.set("props", Json::array());
  props.push(oscal_prop("label", item.id));
  if (!item.description.empty()) {
    Json& part = j.set("parts", Json::array()).push(Json::object());
    part.set("id", ids.control_id(item.id) + "_smt");
    part.set("name", item.kind == ItemKind::Group ? "overview" : "statement");
    part.set("prose", item.description);
  }
  Json groups = Json::array(), controls = Json::array();
  auto [from, to] = children.equal_range(item.id);
  for (auto it = from; it != to; ++it) {
    Json child = catalog_entry(fw, *it->second, ids, children);
    (it->second->kind == ItemKind::Group ? groups : controls).push(std::move(child));
  }
  // OSCAL: a group holds groups and controls, a control holds controls.
  if (item.kind == ItemKind::Group && !groups.empty()) j.set("groups", std::move(groups));
  if (!controls.empty()) j.set("controls", std::move(controls));
  return j;
}

}  // namespace

Json oscal_catalog(const BuildView& view, const OscalIds& ids) {
  const Framework& fw = view.aims.primary;
  Json c = Json::object();
  c.set("uuid", ids.uuid("catalog", fw.id));
  Json& meta = c.set("metadata", oscal_metadata(view.aims, fw.name));
  meta.set("version", fw.version.empty() ? view.aims.reference_date().to_string() : fw.version);
  meta.set("remarks", "Identifiers of " + fw.name +
                          "; titles and descriptions are aimsdoc's own summaries, not the "
                          "standard's text.");
  std::multimap<std::string, const CatalogItem*> children;  // parent id -> items, in order
  for (const auto& item : fw.items) children.emplace(item.parent, &item);
  Json groups = Json::array(), controls = Json::array();
  auto [from, to] = children.equal_range("");
  for (auto it = from; it != to; ++it) {
    Json entry = catalog_entry(fw, *it->second, ids, children);
    (it->second->kind == ItemKind::Group ? groups : controls).push(std::move(entry));
  }
  if (!groups.empty()) c.set("groups", std::move(groups));
  if (!controls.empty()) c.set("controls", std::move(controls));
  return c;
}

}  // namespace aimsdoc
