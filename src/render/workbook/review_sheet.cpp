// Management reviews (9.3): one row per review, whether each of the eight inputs of 9.3.2
// was recorded, the decisions and every action with where it stands.
#include "check/audit_state.hpp"
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
namespace {

std::string attendee_names(const Aims& aims, const ManagementReview& mr) {
  std::string out;
  for (std::size_t o : mr.attendee_owners) out += (out.empty() ? "" : ", ") + aims.owners[o].name;
  return out;
}

std::string actions_text(const Aims& aims, const ManagementReview& mr, Date today) {
  std::string out;
  for (const auto& a : mr.actions)
    out += (out.empty() ? "" : "\n") + a.id + (a.title.empty() ? "" : " " + a.title) + " (" +
           person_name(aims, a.owner, a.owner_id) + ", due " + (a.due ? a.due->to_string() : "?") +
           ": " + item_state_label(action_state(a, today)) + ")";
  return out;
}

}  // namespace

Table reviews_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  Table t;
  t.columns = {{"Review", 14, ColumnStyle::Plain},
               {"Date", 12, ColumnStyle::Date},
               {"Attendees", 30, ColumnStyle::Wrap}};
  for (const char* topic : kReviewTopics) t.columns.push_back({topic, 12, ColumnStyle::Centered});
  t.columns.push_back({"Decisions", 44, ColumnStyle::Wrap});
  t.columns.push_back({"Actions", 60, ColumnStyle::Wrap});
  t.columns.push_back({"Actions overdue", 10, ColumnStyle::Centered});
  for (std::size_t c = 3; c < 3 + kReviewTopicCount; ++c)
    t.highlights.push_back({c, Tone::Bad, "missing"});
  for (const auto& mr : aims.reviews) {
    std::vector<Cell> row{text_cell(mr.id), date_cell(mr.date),
                          text_cell(attendee_names(aims, mr))};
    for (const char* topic : kReviewTopics)
      row.push_back(text_cell(mr.input(topic) ? "recorded" : "missing"));
    std::size_t overdue = 0;
    for (const auto& a : mr.actions) overdue += action_state(a, today) == ItemState::Overdue;
    row.push_back(text_cell(mr.decisions_markdown));
    row.push_back(text_cell(actions_text(aims, mr, today)));
    row.push_back(number_cell(static_cast<double>(overdue)));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace aimsdoc
