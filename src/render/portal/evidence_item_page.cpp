// An evidence item's own page: what it is, its state as the check derived it, its file's
// SHA-256, who cites it, and a preview of the file drawn from the text the loader kept.
// The preview is one field (`preview`) of the page's data, so an audience that must not
// see the file's content can leave it out whole.
#include "render/portal/csv_table.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"
#include "util/preview_kind.hpp"

namespace aimsdoc::portal {
namespace {

// A CSV preview shows at most this much of the file; the page says how much there is.
constexpr std::size_t kCsvPreviewRows = 200;  // data rows, under the header
constexpr std::size_t kCsvPreviewColumns = 30;

Data csv_data(const std::string& text) {
  CsvTable t = parse_csv(text, kCsvPreviewRows + 1, kCsvPreviewColumns);
  std::size_t width = std::min(t.total_columns, kCsvPreviewColumns);
  auto cells = [width](std::vector<std::string>& row) {
    row.resize(width);  // a ragged row gets empty cells, so every column lines up
    List out;
    for (auto& c : row) out.push_back(Object{{"text", std::move(c)}});
    return out;
  };
  List head, rows;
  if (!t.rows.empty()) head = cells(t.rows.front());
  for (std::size_t i = 1; i < t.rows.size(); ++i) rows.push_back(Object{{"cells", cells(t.rows[i])}});
  std::size_t data_rows = t.total_rows ? t.total_rows - 1 : 0;
  Data d = Object{{"shown_rows", number(rows.size())},
                  {"total_rows", number(data_rows)},
                  {"rows_cut", flag(rows.size() < data_rows)},
                  {"shown_columns", number(width)},
                  {"total_columns", number(t.total_columns)},
                  {"columns_cut", flag(width < t.total_columns)}};
  set_list(d, "head", std::move(head));
  set_list(d, "rows", std::move(rows));
  return d;
}

// The preview of a file the portal holds a copy of, or false when it shows none.
Data preview_data(const PortalContext& ctx, const EvidenceItem& ev, const std::string& page,
                  const std::string& raw_href) {
  PreviewKind kind = preview_kind(ev.file);
  if (kind == PreviewKind::Image)
    return Object{{"image_src", raw_href}, {"image_alt", ev.title}};
  if (!previews_text(kind) || ev.preview != PreviewText::Kept) return Data(false);
  if (kind == PreviewKind::Csv) return Object{{"table", csv_data(ev.preview_text)}};
  if (kind == PreviewKind::Text) return Object{{"text", ev.preview_text}};
  // Its ids are prefixed, so a heading cannot take an id the page uses (evidence-sha256).
  const std::string prefix = "preview-";
  std::string dir = parent_dir(ev.file);
  auto html = render_markdown(
      ev.preview_text,
      [&](const std::string& url) -> std::optional<std::string> {
        if (url.rfind('#', 0) == 0) return "#" + prefix + url.substr(1);
        return ctx.links.rewrite(url, dir, page);
      },
      nullptr, /*valid_utf8=*/true,  // the loader kept only UTF-8 text
      &ctx.markdown_style, prefix);
  return Object{{"markdown_html", std::move(html.html)}};
}

// Why there is no preview, for the page to say: {absent, url, too_large, not_text,
// too_complex, other}.
Data no_preview_reason(const EvidenceItem& ev, bool absent) {
  bool url = ev.file.empty();
  bool too_large = !absent && ev.preview == PreviewText::TooLarge;
  bool not_text = !absent && ev.preview == PreviewText::NotText;
  bool too_complex = !absent && ev.preview == PreviewText::TooComplex;
  return Object{{"absent", flag(absent)},
                {"url", flag(url)},
                {"too_large", flag(too_large)},
                {"limit_kib", number(kMaxPreviewBytes / 1024)},
                {"not_text", flag(not_text)},
                {"too_complex", flag(too_complex)},
                {"other", flag(!absent && !url && !too_large && !not_text && !too_complex)}};
}

const std::vector<std::size_t>& cited(const std::map<std::string, std::vector<std::size_t>>& by,
                                      const std::string& key) {
  static const std::vector<std::size_t> none;
  auto it = by.find(key);
  return it == by.end() ? none : it->second;
}

// Every requirement and record that cites the item or its file.
void add_backlinks(const PortalContext& ctx, const EvidenceItem& ev, Page& page) {
  const Aims& aims = ctx.aims;
  List requirements, policies, audits, assessments, reviews, risks;
  std::vector<std::size_t> backed = cited(ctx.requirements_by_file, ev.file);
  if (ev.file.empty()) backed = {ev.requirement};
  for (std::size_t r : backed) requirements.push_back(requirement_summary(ctx, r, page.path));
  if (!ev.file.empty())
    for (std::size_t p : cited(ctx.policies_linking, ev.file))
      policies.push_back(policy_link(ctx, p, page.path));
  for (std::size_t a : cited(ctx.audits_by_report, ev.file))
    audits.push_back(Object{{"id", aims.audits[a].id}, {"title", opt(aims.audits[a].title)},
                            {"href", href(page.path, audit_anchor(aims.audits[a]))}});
  for (std::size_t a : cited(ctx.assessments_by_report, ev.file))
    assessments.push_back(Object{{"id", aims.assessments[a].id},
                                 {"href", href(page.path, assessment_anchor(aims.assessments[a]))}});
  for (std::size_t m : cited(ctx.reviews_citing, ev.id))
    reviews.push_back(Object{{"id", aims.reviews[m].id},
                             {"href", href(page.path, review_anchor(aims.reviews[m]))}});
  for (std::size_t k : aims.requirements[ev.requirement].risks)
    risks.push_back(Object{{"id", aims.risks[k].id}, {"title", aims.risks[k].title},
                           {"href", href(page.path, risk_page(aims.risks[k]))}});
  set_list(page.data, "requirements", std::move(requirements));
  set_list(page.data, "policies", std::move(policies));
  set_list(page.data, "audits", std::move(audits));
  set_list(page.data, "assessments", std::move(assessments));
  set_list(page.data, "reviews", std::move(reviews));
  set_list(page.data, "risks", std::move(risks));
}

}  // namespace

Page evidence_item_page_of(const PortalContext& ctx, std::size_t requirement, std::size_t position) {
  const Requirement& r = ctx.aims.requirements[requirement];
  const EvidenceItem& ev = r.record.evidence[position];
  std::string register_title = ctx.label("page", "evidence");
  PageFrame frame{evidence_item_page(ev), ev.id + " " + ev.title, "evidence",
                  {{register_title, kEvidencePage}, {ev.id, ""}}};
  Page page = start_page(ctx, frame, "evidence_item");
  bool absent = evidence_absent(ctx.view.report.state_of(ev));
  std::string raw = evidence_copy_href(ctx, ev, page.path);
  Data preview = raw.empty() ? Data(false) : preview_data(ctx, ev, page.path, raw);
  put(page.data, "item", evidence_item(ctx, ev, page.path));
  put(page.data, "requirement", requirement_summary(ctx, requirement, page.path));
  put(page.data, "no_preview", preview.is_bool() ? no_preview_reason(ev, absent) : Data(false));
  put(page.data, "preview", std::move(preview));
  add_backlinks(ctx, ev, page);
  return page;
}

}  // namespace aimsdoc::portal
