#include "load/catalog_loader.hpp"

#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/ids.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::optional<ItemKind> parse_kind(const std::string& text) {
  if (text == "group") return ItemKind::Group;
  if (text == "clause") return ItemKind::Clause;
  if (text == "control") return ItemKind::Control;
  return std::nullopt;
}

void read_header(MapReader& file, Framework& fw) {
  auto header = file.node("framework");
  if (!header) {
    file.diagnostics().error(file.location(), "field.missing",
                             "catalog has no 'framework:' header (id, name)");
    return;
  }
  MapReader h(*header, file.source(), file.diagnostics(),
              {"id", "name", "short_name", "version", "url"});
  if (!h.ok()) return;
  fw.id = h.string("id", true).value_or("");
  fw.name = h.string("name", true).value_or(fw.id);
  fw.short_name = h.string("short_name", false).value_or(fw.name);
  limit_title(fw.name, "the name", h.location_of("name"), file.diagnostics());
  limit_title(fw.short_name, "the short name", h.location_of("short_name"), file.diagnostics());
  fw.version = h.string("version", false).value_or("");
  fw.url = h.string("url", false).value_or("");
  if (std::string problem = web_url_problem(fw.url); !fw.url.empty() && !problem.empty()) {
    file.diagnostics().error(h.location_of("url"), "catalog.url",
                             "framework url '" + fw.url + "' " + problem + "; it is not published");
    fw.url.clear();
  }
  if (!fw.id.empty() && !is_valid_framework_id(fw.id))
    file.diagnostics().error(h.location_of("id"), "id.syntax",
                             "framework id '" + fw.id + "' may hold only a-z, 0-9 and '-'");
}

void read_item(const YAML::Node& node, const YamlSource& src, Diagnostics& diags, Framework& fw) {
  MapReader r(node, src, diags, {"id", "kind", "parent", "title", "description"});
  if (!r.ok()) return;
  CatalogItem item;
  item.location = r.location();
  item.id = r.string("id", true).value_or("");
  item.title = r.string("title", true).value_or("");
  limit_title(item.title, "the title", r.location_of("title"), diags);
  item.description = r.string("description", false).value_or("");
  item.parent = r.string("parent", false).value_or("");
  auto kind_text = r.string("kind", true).value_or("clause");
  if (auto kind = parse_kind(kind_text)) {
    item.kind = *kind;
  } else {
    diags.error(r.location_of("kind"), "catalog.kind",
                "kind '" + kind_text + "' is not one of group, clause, control");
  }
  if (item.id.empty()) return;
  if (!is_valid_requirement_id(item.id)) {
    diags.error(r.location_of("id"), "id.syntax",
                "id '" + item.id + "' may hold only letters, digits, '.', '_', '-' and spaces");
    return;
  }
  if (auto dup = fw.find(item.id)) {
    diags.error(r.location_of("id"), "id.duplicate",
                "duplicate id '" + item.id + "'; first defined at " + dup->location.to_string());
    return;
  }
  if (!item.parent.empty()) {
    const CatalogItem* parent = fw.find(item.parent);
    if (!parent)
      diags.error(r.location_of("parent"), "catalog.parent",
                  "parent '" + item.parent + "' is not an earlier item of this catalog");
    else
      item.depth = parent->depth + 1;
  }
  fw.index.emplace(item.id, fw.items.size());
  fw.items.push_back(std::move(item));
}

}  // namespace

std::optional<Framework> parse_catalog(const std::string& text, const std::string& path,
                                       Diagnostics& diags) {
  YamlSource src{path, 0};
  auto doc = parse_yaml(text, src, diags);
  if (!doc) return std::nullopt;
  MapReader file(*doc, src, diags, {"framework", "items"});
  if (!file.ok()) return std::nullopt;
  Framework fw;
  fw.source_path = path;
  fw.source_digest = sha256_hex(text);
  read_header(file, fw);
  auto items = file.node("items");
  if (!items || !items->IsSequence()) {
    diags.error(file.location_of("items"), "field.missing", "catalog needs an 'items:' list");
    return std::nullopt;
  }
  for (const auto& node : *items) read_item(node, src, diags, fw);
  if (fw.id.empty()) return std::nullopt;
  return fw;
}

std::optional<Framework> load_catalog(const std::filesystem::path& root,
                                      const std::string& relative, Diagnostics& diags) {
  auto text = read_text_input(root, relative, diags);
  if (!text) return std::nullopt;
  return parse_catalog(*text, relative, diags);
}

}  // namespace aimsdoc
