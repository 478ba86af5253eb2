#include "render/portal/search_entries.hpp"

#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

EntryWords words_of(std::initializer_list<std::string_view> texts, WordTable& table) {
  WordCollector collect(table);
  for (std::string_view t : texts) {
    collect.feed(t);
    collect.boundary();
  }
  return collect.finish();
}

void add_requirements(const Aims& aims, WordTable& table, std::vector<SearchEntry>& out) {
  for (const auto& r : aims.requirements) {
    const auto& rec = r.record;
    out.push_back({r.is_control() ? "control" : "clause", r.id(), r.item->title,
                   requirement_page(r),
                   words_of({r.item->title, r.item->description, rec.justification,
                             rec.notes_markdown, rec.owner_id},
                            table)});
  }
}

void add_evidence(const Aims& aims, WordTable& table, std::vector<SearchEntry>& out) {
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence)
      out.push_back({"evidence", ev.id, ev.title, evidence_item_page(ev),
                     words_of({ev.title, r.id(), ev.file, ev.url}, table)});
}

void add_framework_items(const Aims& aims, WordTable& table, std::vector<SearchEntry>& out) {
  for (const auto& f : aims.frameworks) {
    std::string kind = f.short_name.empty() ? f.id : f.short_name;
    for (const auto& item : f.items)
      if (item.kind != ItemKind::Group)
        out.push_back({kind, item.id, item.title, framework_item_anchor(f, item),
                       words_of({item.title, item.description}, table)});
  }
}

}  // namespace

std::vector<SearchEntry> search_entries(const PortalContext& ctx,
                                        std::vector<EntryWords>&& policy_words, WordTable& table) {
  const Aims& aims = ctx.aims;
  std::vector<SearchEntry> out;
  out.reserve(aims.requirements.size() * 2 + aims.policies.size() + ctx.evidence_count);
  add_requirements(aims, table, out);
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    const PolicyCard& p = ctx.policy_cards[i];
    out.push_back({"policy", p.id, p.title, p.page, std::move(policy_words[i])});
  }
  add_evidence(aims, table, out);
  add_framework_items(aims, table, out);
  return out;
}

}  // namespace aimsdoc::portal
