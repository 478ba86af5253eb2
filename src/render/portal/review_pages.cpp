// Management reviews (ISO/IEC 42001 9.3): each review with the eight inputs of 9.3.2
// ticked off, its decisions and its actions with where each stands.
#include <map>

#include "check/audit_state.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

// What each input topic of 9.3.2 is called on the page, in kReviewTopics order.
constexpr const char* kTopicLabels[] = {"Status of actions from previous reviews",
                                        "Changes in external and internal issues",
                                        "Changes in needs and expectations of interested parties",
                                        "AIMS performance, monitoring and measurement results",
                                        "Nonconformities and corrective actions",
                                        "Audit results",
                                        "Risks and opportunities",
                                        "Opportunities for continual improvement"};
static_assert(std::size(kTopicLabels) == kReviewTopicCount);

// Where each id a review input may cite is shown in the portal.
std::map<std::string, std::string> record_pages(const Aims& aims) {
  std::map<std::string, std::string> pages;
  for (const auto& r : aims.requirements) {
    pages.emplace(r.id(), requirement_page(r));
    for (const auto& ev : r.record.evidence) pages.emplace(ev.id, evidence_item_page(ev));
  }
  for (const auto& p : aims.policies) pages.emplace(p.id, policy_page(p));
  for (const auto& a : aims.audits) {
    pages.emplace(a.id, audit_anchor(a));
    for (const auto& f : a.findings) pages.emplace(f.id, finding_page(f));
  }
  for (const auto& mr : aims.reviews) {
    pages.emplace(mr.id, review_anchor(mr));
    for (const auto& action : mr.actions) pages.emplace(action.id, review_anchor(mr));
  }
  return pages;
}

struct ReviewPageContext {
  const PortalContext& ctx;
  const std::string& from;
  std::map<std::string, std::string> pages;
};

// The page holds every review's texts: ids in each (headings, task items) get the review's
// and the text's name before them, and so do the text's links to its own headings.
std::string markdown_html(const ReviewPageContext& rc, const ManagementReview& mr,
                          const std::string& text, std::string_view part) {
  std::string dir = parent_dir(mr.location.path);
  std::string prefix = "review-" + slug(mr.id) + "-" + std::string(part) + "-";
  return render_markdown(
             text,
             [&](const std::string& url) -> std::optional<std::string> {
               if (url.rfind('#', 0) == 0) return "#" + prefix + url.substr(1);
               return rc.ctx.links.rewrite(url, dir, rc.from);
             },
             nullptr, false, &rc.ctx.markdown_style, prefix)
      .html;
}

Data input_data(const ReviewPageContext& rc, const ManagementReview& mr, std::size_t topic) {
  const ReviewInput* in = mr.input(kReviewTopics[topic]);
  List records;
  if (in)
    for (const auto& id : in->record_ids) {
      auto it = rc.pages.find(id);
      records.push_back(
          Object{{"id", id},
                 {"href", opt(it == rc.pages.end() ? std::string() : href(rc.from, it->second))}});
    }
  return Object{
      {"topic", kReviewTopics[topic]},
      {"label", kTopicLabels[topic]},
      {"present", flag(in != nullptr)},
      {"html", opt(in ? markdown_html(rc, mr, in->markdown, kReviewTopics[topic]) : std::string())},
      {"has_records", flag(!records.empty())},
      {"records", std::move(records)}};
}

Data action_data(const PortalContext& ctx, const ReviewAction& a, const std::string& from) {
  ItemState state = action_state(a, ctx.today);
  return Object{{"id", a.id},
                {"title", opt(a.title)},
                {"owner", owner_link(ctx, a.owner, from)},
                {"due", opt(a.due)},
                {"closed", opt(a.closed)},
                {"state", item_state_key(state)},
                {"state_label", item_state_label(state)}};
}

Data review_data(const ReviewPageContext& rc, const ManagementReview& mr) {
  List attendees, inputs, actions;
  for (std::size_t o : mr.attendee_owners) attendees.push_back(owner_link(rc.ctx, o, rc.from));
  std::size_t present = 0;
  for (std::size_t t = 0; t < kReviewTopicCount; ++t) {
    present += mr.input(kReviewTopics[t]) != nullptr;
    inputs.push_back(input_data(rc, mr, t));
  }
  for (const auto& a : mr.actions) actions.push_back(action_data(rc.ctx, a, rc.from));
  Data d =
      Object{{"id", mr.id},
             {"anchor", "review-" + slug(mr.id)},
             {"date", opt(mr.date)},
             {"inputs", std::move(inputs)},
             {"inputs_present", number(present)},
             {"inputs_total", number(kReviewTopicCount)},
             {"decisions_html", opt(markdown_html(rc, mr, mr.decisions_markdown, "decisions"))},
             {"source_path", mr.location.path}};
  set_list(d, "attendees", std::move(attendees));
  set_list(d, "actions", std::move(actions));
  return d;
}

}  // namespace

Page reviews_page(const PortalContext& ctx) {
  PageFrame frame{kReviewsPage, "Management reviews", "reviews", {{"Management reviews", ""}}};
  Page page = start_page(ctx, frame, "reviews");
  ReviewPageContext rc{ctx, page.path, record_pages(ctx.aims)};
  List reviews;
  // Newest first: the review an auditor asks for is the last one.
  for (auto it = ctx.aims.reviews.rbegin(); it != ctx.aims.reviews.rend(); ++it)
    reviews.push_back(review_data(rc, *it));
  set_list(page.data, "reviews", std::move(reviews));
  put(page.data, "cycle_days", number(static_cast<std::size_t>(ctx.aims.site.review_cycle_days)));
  return page;
}

}  // namespace aimsdoc::portal
