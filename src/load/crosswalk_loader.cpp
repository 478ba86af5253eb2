#include "load/crosswalk_loader.hpp"

#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

void read_sources(MapReader& file, Crosswalk& cw) {
  auto sources = file.node("sources");
  if (!sources || !sources->IsMap()) {
    file.diagnostics().error(file.location_of("sources"), "crosswalk.sources",
                             "crosswalk needs a 'sources:' mapping naming where rows come from");
    return;
  }
  for (auto it = sources->begin(); it != sources->end(); ++it) {
    MapReader s(it->second, file.source(), file.diagnostics(), {"title", "url", "authority"});
    if (!s.ok()) continue;
    CrosswalkSource src;
    src.key = scalar_text(it->first).value_or("");
    src.title = s.string("title", true).value_or(src.key);
    src.url = s.string("url", false).value_or("");
    if (std::string problem = web_url_problem(src.url); !src.url.empty() && !problem.empty()) {
      file.diagnostics().error(s.location_of("url"), "crosswalk.url",
                               "source url '" + src.url + "' " + problem + "; it is not published");
      src.url.clear();
    }
    src.authority = s.string("authority", false).value_or("");
    cw.sources.emplace(src.key, std::move(src));
  }
}

void read_mapping(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                  Crosswalk& cw) {
  MapReader r(node, src, diags, {"from", "to", "relation", "source", "confidence", "note"});
  if (!r.ok()) return;
  Mapping m;
  m.location = r.location();
  m.from = r.string("from", true).value_or("");
  m.to = r.string("to", false).value_or("");
  m.source = r.string("source", true).value_or("");
  m.confidence = r.string("confidence", false).value_or("");
  m.note = r.string("note", false).value_or("");
  auto relation = r.string("relation", true).value_or("intersects");
  if (!parse_relation(relation, m.relation))
    diags.error(
        r.location_of("relation"), "crosswalk.relation",
        "relation '" + relation + "' is not one of equivalent, subset, superset, intersects, none");
  if (m.to.empty() && m.relation != Relation::None)
    diags.error(r.location(), "crosswalk.to",
                "mapping has no 'to:' id; write 'relation: none' for an item with no counterpart");
  if (!m.source.empty() && !cw.sources.count(m.source))
    diags.error(r.location_of("source"), "crosswalk.source",
                "source '" + m.source + "' is not declared under 'sources:'");
  if (!m.confidence.empty() && !is_known_confidence(m.confidence))
    diags.error(r.location_of("confidence"), "crosswalk.confidence",
                "confidence '" + m.confidence +
                    "' is not one of as-published, high, medium, medium-low, low");
  if (m.source == "derived" && m.note.empty())
    diags.warning(r.location(), "crosswalk.note",
                  "a derived mapping should give its reason in 'note:'");
  if (m.from.empty()) return;
  cw.mappings.push_back(std::move(m));
}

void read_sufficient(MapReader& file, Crosswalk& cw) {
  each_item(file, "sufficient", "{to, note}", [&](const YAML::Node& node) {
    MapReader r(node, file.source(), file.diagnostics(), {"to", "note"});
    if (!r.ok()) return;
    SufficientSet set{r.string("to", true).value_or(""), r.string("note", true).value_or(""),
                      r.location()};
    if (!set.to.empty() && !set.note.empty()) cw.sufficient.push_back(std::move(set));
  });
}

std::optional<Crosswalk> parse_crosswalk(const std::string& text, const std::string& path,
                                         Diagnostics& diags) {
  YamlSource src{path, 0};
  auto doc = parse_yaml(text, src, diags);
  if (!doc) return std::nullopt;
  MapReader file(*doc, src, diags, {"crosswalk", "sources", "mappings", "sufficient"});
  if (!file.ok()) return std::nullopt;
  Crosswalk cw;
  cw.source_path = path;
  cw.source_digest = sha256_hex(text);
  cw.location = file.location();
  auto header = file.node("crosswalk");
  if (!header) {
    diags.error(file.location(), "field.missing",
                "crosswalk has no 'crosswalk:' header (from, to)");
    return std::nullopt;
  }
  MapReader h(*header, src, diags, {"from", "to", "title"});
  if (!h.ok()) return std::nullopt;
  cw.from_framework = h.string("from", true).value_or("");
  cw.to_framework = h.string("to", true).value_or("");
  cw.title = h.string("title", false).value_or(cw.from_framework + " to " + cw.to_framework);
  read_sources(file, cw);
  auto rows = file.node("mappings");
  if (!rows || !rows->IsSequence()) {
    diags.error(file.location_of("mappings"), "field.missing",
                "crosswalk needs a 'mappings:' list");
    return std::nullopt;
  }
  for (const auto& row : *rows) read_mapping(row, src, diags, cw);
  read_sufficient(file, cw);
  if (cw.from_framework.empty() || cw.to_framework.empty()) return std::nullopt;
  return cw;
}

}  // namespace

std::optional<Crosswalk> load_crosswalk(const std::filesystem::path& root,
                                        const std::string& relative, Diagnostics& diags) {
  auto text = read_text_input(root, relative, diags);
  if (!text) return std::nullopt;
  return parse_crosswalk(*text, relative, diags);
}

}  // namespace aimsdoc
