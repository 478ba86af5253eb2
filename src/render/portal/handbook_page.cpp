// handbook.html: every approved policy on one page, to print or file: a cover, a table of
// contents, and per policy its document control and text. Links between policies in the
// handbook become anchors within it; headings get the policy's prefix so that two
// policies' "Purpose" sections stay apart. The print stylesheet starts each policy on a
// new page.
#include <algorithm>
#include <iterator>

#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

bool in_handbook(const Policy& p) { return !p.approved_by.empty(); }

// The anchor of a policy's section. Ids inside it get the anchor and a '/' in front, which
// neither a heading's slug nor a policy id holds: no two ids on the page can meet.
std::string section_anchor(const Policy& p) { return "policy-" + slug(p.id); }

// Catalog position of the first requirement a policy covers (policies covering nothing
// come last).
std::size_t first_requirement(const Policy& p) {
  return p.requirements.empty() ? kNone
                                : *std::min_element(p.requirements.begin(), p.requirements.end());
}

}  // namespace

std::vector<std::size_t> handbook_policies(const Aims& aims) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < aims.policies.size(); ++i)
    if (in_handbook(aims.policies[i])) order.push_back(i);
  bool by_clause = aims.site.handbook_order == "clause";
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Policy &pa = aims.policies[a], &pb = aims.policies[b];
    if (by_clause && first_requirement(pa) != first_requirement(pb))
      return first_requirement(pa) < first_requirement(pb);
    return by_clause ? pa.id < pb.id : pa.source_path < pb.source_path;
  });
  return order;
}

namespace {


// Links to policies in the handbook become anchors; a bare fragment stays in the policy;
// everything else points where it does on any page at the portal's top.
}  // namespace

std::string handbook_body(const PortalContext& ctx, std::size_t policy) {
  const Policy& p = ctx.aims.policies[policy];
  std::string source_dir = parent_dir(p.source_path), prefix = section_anchor(p) + "/";
  auto md = render_markdown(p.body_markdown, [&](const std::string& url) -> std::optional<std::string> {
    if (url.rfind('#', 0) == 0) return "#" + prefix + url.substr(1);
    for (const auto& link : p.links) {
      if (link.target != url || link.policy == kNone) continue;
      const Policy& target = ctx.aims.policies[link.policy];
      if (!in_handbook(target)) break;
      std::string fragment = link.fragment.rfind('#', 0) == 0 ? link.fragment.substr(1) : link.fragment;
      return "#" + section_anchor(target) + (fragment.empty() ? "" : "/" + fragment);
    }
    return ctx.links.rewrite(url, source_dir, kHandbookPage);
  }, nullptr, /*valid_utf8=*/true, &ctx.markdown_style, prefix);
  return md.html;
}

Page handbook_page(const PortalContext& ctx, const std::vector<std::size_t>& order,
                   std::vector<std::string>&& bodies) {
  const Aims& aims = ctx.aims;
  const std::string title = ctx.label("page", "handbook");
  PageFrame frame{kHandbookPage, title, "handbook", {{title, ""}}};
  Page page = start_page(ctx, frame, "handbook");
  auto scope = render_markdown(
      aims.site.scope_markdown,
      [&](const std::string& url) { return ctx.links.rewrite(url, "", page.path); }, nullptr,
      false, &ctx.markdown_style);
  List toc, sections;
  toc.reserve(order.size());
  sections.reserve(order.size());
  for (std::size_t n = 0; n < order.size(); ++n) {
    std::size_t i = order[n];
    const Policy& p = aims.policies[i];
    Data section(Data::type::object);
    put_document_control(ctx, p, page.path, section);
    put(section, "anchor", section_anchor(p));
    put(section, "page_href", href(page.path, ctx.policy_cards[i].page));
    put(section, "body_html", std::move(bodies[n]));
    toc.push_back(Object{{"anchor", section_anchor(p)}, {"id", p.id}, {"title", p.title},
                         {"version", opt(p.version)}});
    sections.push_back(std::move(section));
  }
  Data& d = page.data;
  put(d, "scope_html", opt(scope.html));
  put(d, "policy_count", number(order.size()));
  put(d, "order_by_clause", flag(aims.site.handbook_order == "clause"));
  set_list(d, "toc", std::move(toc));
  set_list(d, "policies", std::move(sections));
  return page;
}

}  // namespace aimsdoc::portal
