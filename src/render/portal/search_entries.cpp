#include "render/portal/search_entries.hpp"

#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

void add_requirements(const Aims& aims, std::vector<SearchEntry>& out) {
  for (const auto& r : aims.requirements) {
    const auto& rec = r.record;
    std::string text = r.item->title + " " + r.item->description + " " + rec.justification +
                       " " + rec.notes_markdown + " " + rec.owner_id;
    out.push_back({r.is_control() ? "control" : "clause", r.id(), r.item->title,
                   requirement_page(r), search_words(text)});
  }
}

void add_evidence(const Aims& aims, std::vector<SearchEntry>& out) {
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence)
      out.push_back({"evidence", ev.id, ev.title, evidence_anchor(r, ev),
                     search_words(ev.title + " " + r.id() + " " + ev.file + " " + ev.url)});
}

void add_framework_items(const Aims& aims, std::vector<SearchEntry>& out) {
  for (const auto& f : aims.frameworks) {
    std::string kind = f.short_name.empty() ? f.id : f.short_name;
    for (const auto& item : f.items)
      if (item.kind != ItemKind::Group)
        out.push_back({kind, item.id, item.title, framework_item_anchor(f, item),
                       search_words(item.title + " " + item.description)});
  }
}

}  // namespace

std::vector<SearchEntry> search_entries(const PortalContext& ctx,
                                        const std::vector<std::string>& policy_text) {
  const Aims& aims = ctx.aims;
  std::vector<SearchEntry> out;
  add_requirements(aims, out);
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    const Policy& p = aims.policies[i];
    out.push_back({"policy", p.id, p.title, policy_page(p),
                   search_words(p.title + " " + policy_text[i])});
  }
  add_evidence(aims, out);
  add_framework_items(aims, out);
  return out;
}

}  // namespace aimsdoc::portal
