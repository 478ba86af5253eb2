// The primary framework's catalog: groups and controls with their ids and our own titles
// and descriptions (never the standard's text).
#include <map>

#include "render/export/oscal.hpp"

namespace aimsdoc {
namespace {

using Children = std::multimap<std::string, const CatalogItem*>;  // parent id -> items, in order

void put_children(Json& j, const std::string& parent, bool holds_groups, const OscalIds& ids,
                  const Children& children);

Json catalog_entry(const CatalogItem& item, const OscalIds& ids, const Children& children) {
  Json j = Json::object();
  j.set("id", ids.control_id(item.id));
  j.set("class", item_kind_name(item.kind));
  j.set("title", item.title);
  j.set("props", Json::array()).push(oscal_prop("label", item.id));
  if (!item.description.empty()) {
    Json& part = j.set("parts", Json::array()).push(Json::object());
    part.set("id", ids.control_id(item.id) + "_smt");
    part.set("name", item.kind == ItemKind::Group ? "overview" : "statement");
    part.set("prose", item.description);
  }
  put_children(j, item.id, item.kind == ItemKind::Group, ids, children);
  return j;
}

// OSCAL: a group (and the catalog) holds groups and controls, a control holds controls.
void put_children(Json& j, const std::string& parent, bool holds_groups, const OscalIds& ids,
                  const Children& children) {
  Json groups = Json::array(), controls = Json::array();
  auto [from, to] = children.equal_range(parent);
  for (auto it = from; it != to; ++it)
    (it->second->kind == ItemKind::Group ? groups : controls)
        .push(catalog_entry(*it->second, ids, children));
  if (holds_groups && !groups.empty()) j.set("groups", std::move(groups));
  if (!controls.empty()) j.set("controls", std::move(controls));
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
  Children children;
  for (const auto& item : fw.items) children.emplace(item.parent, &item);
  put_children(c, "", true, ids, children);
  return c;
}

}  // namespace aimsdoc
