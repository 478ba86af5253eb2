// The evidence register: every item with where it lives, its dates and its SHA-256, so an
// auditor can check that the file in hand is the one that was assessed.
// The state column is the check's (CoverageReport::state_of), as on the portal.
#include "render/site_paths.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/workbook_links.hpp"

namespace aimsdoc {
namespace {

// Files link to their copy in the portal; a missing, rejected or unreadable file (no
// hash) was not copied and is never a link.
Cell location_cell(const Aims& aims, const EvidenceItem& ev, EvidenceState state) {
  if (!ev.file.empty())
    return ev.sha256.empty() || evidence_absent(state)
               ? text_cell(ev.file)
               : link_cell(portal_link(aims.site.base_url, evidence_site_path(ev)), ev.file);
  if (auto url = safe_external_url(ev.url)) return link_cell(*url, ev.url);
  return text_cell(ev.url);
}

std::vector<Cell> evidence_row(const Aims& aims, const Requirement& r, const EvidenceItem& ev,
                               EvidenceState state) {
  return {text_cell(ev.id),
          text_cell(r.id()),
          text_cell(ev.title),
          location_cell(aims, ev, state),
          date_cell(ev.collected),
          date_cell(ev.expires),
          text_cell(evidence_state_key(state)),
          text_cell(ev.sha256)};
}

// The state words, and the dates themselves: a date a reviewer edits is judged again.
void add_state_highlights(Table& t, const Date& today, int max_age) {
  std::size_t collected = 4, expires = 5, state = 6;
  t.highlights.push_back({state, Tone::Good, evidence_state_key(EvidenceState::Current)});
  for (auto [s, tone] : {std::pair{EvidenceState::Expired, Tone::Bad},
                         {EvidenceState::Future, Tone::Bad},
                         {EvidenceState::Missing, Tone::Bad},
                         {EvidenceState::Rejected, Tone::Bad},
                         {EvidenceState::Undated, Tone::Bad},
                         {EvidenceState::Stale, Tone::Caution},
                         {EvidenceState::Expiring, Tone::Caution}})
    t.highlights.push_back({state, tone, evidence_state_key(s)});
  t.highlights.push_back({collected, Tone::Caution, "", false, today.plus_days(-max_age)});
  t.highlights.push_back({expires, Tone::Bad, "", false, today});
}

}  // namespace

Table evidence_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  int max_age = aims.site.evidence_max_age_days;
  Table t;
  t.columns = {{"Evidence", 18, ColumnStyle::Plain}, {"Requirement", 12, ColumnStyle::Plain},
               {"Title", 38, ColumnStyle::Wrap},     {"File or URL", 58, ColumnStyle::Wrap},
               {"Collected", 12, ColumnStyle::Date}, {"Expires", 12, ColumnStyle::Date},
               {"State", 13, ColumnStyle::Centered}, {"SHA-256", 58, ColumnStyle::Mono}};
  add_state_highlights(t, today, max_age);
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence)
      t.rows.push_back(evidence_row(aims, r, ev, view.report.state_of(ev)));
  return t;
}

}  // namespace aimsdoc
