// handbook.html: every approved policy on one page, to print or file: a cover, a table of
// contents, and per policy its document control and text; in volumes (handbook-2.html
// ...) when the policies' text is too long for one page. Links between policies in the
// handbook become anchors within it; headings get the policy's prefix so that two
// policies' "Purpose" sections stay apart. The print stylesheet starts each policy on a
// new page.
#include <cmark-gfm.h>

#include <algorithm>

#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

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

// Approved policies in the order site.yaml asks for.
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

// A link to policy `target` from a policy in volume `from`: an anchor on the same page, or
// on the volume that holds it; nullopt when the target is not in the handbook.
std::optional<std::string> handbook_href(const HandbookVolumes& volumes, std::size_t from,
                                         const Policy& target, std::size_t target_index,
                                         std::string_view fragment) {
  std::size_t to = volumes.volume_of[target_index];
  if (to == 0) return std::nullopt;
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  std::string anchor = "#" + section_anchor(target);
  if (!fragment.empty()) anchor += "/" + std::string(fragment);
  return to == from ? anchor : handbook_volume_page(to) + anchor;
}

}  // namespace

HandbookVolumes handbook_volumes(const Aims& aims, std::size_t volume_bytes) {
  HandbookVolumes out;
  out.volume_of.assign(aims.policies.size(), 0);
  std::size_t bytes = 0;
  for (std::size_t i : handbook_policies(aims)) {
    std::size_t size = aims.policies[i].body.size();
    if (out.volumes.empty() || (bytes > 0 && bytes + size > volume_bytes)) {
      out.volumes.emplace_back();
      bytes = 0;
    }
    out.volumes.back().push_back(i);
    out.volume_of[i] = out.volumes.size();
    bytes += size;
  }
  if (out.volumes.empty()) out.volumes.emplace_back();  // the page says none is approved
  return out;
}

// Links to policies in the handbook become anchors; a bare fragment stays in the policy;
// everything else points where it does on any page at the portal's top.
std::string handbook_body(const PortalContext& ctx, const HandbookVolumes& volumes,
                          std::size_t policy) {
  const Policy& p = ctx.aims.policies[policy];
  std::string source_dir = parent_dir(p.source_path), prefix = section_anchor(p) + "/";
  auto md = render_markdown(
      p.body.text().str(),
      [&](const std::string& url) -> std::optional<std::string> {
        if (url.rfind('#', 0) == 0) return "#" + prefix + url.substr(1);
        for (const auto& link : p.links) {
          if (link.target != url || link.policy == kNone) continue;
          if (auto href = handbook_href(volumes, volumes.volume_of[policy],
                                        ctx.aims.policies[link.policy], link.policy, link.fragment))
            return href;
          break;
        }
        return ctx.links.rewrite(url, source_dir, kHandbookPage);
      },
      nullptr, /*valid_utf8=*/true, &ctx.markdown_style, prefix);
  return md.html;
}

std::string handbook_body_key(const PortalContext& ctx, const HandbookVolumes& volumes,
                              std::size_t policy) {
  const Policy& p = ctx.aims.policies[policy];
  const std::string anchor = section_anchor(p);  // outlives the list of views below
  std::string fields;
  for (std::string_view part :
       {std::string_view(cmark_version_string()), std::string_view(ctx.markdown_style.digest),
        std::string_view(ctx.links.digest()), std::string_view(p.body.sha256()),
        std::string_view(p.source_path), std::string_view(anchor)})
    put_field(fields, part);
  for (const auto& link : p.links) {
    if (link.policy == kNone) continue;
    put_field(fields, link.target);
    put_field(fields, handbook_href(volumes, volumes.volume_of[policy],
                                    ctx.aims.policies[link.policy], link.policy, link.fragment)
                          .value_or(std::string()));
  }
  return sha256_hex(fields);
}

namespace {

// The list of volumes on each volume's cover, when there is more than one.
List volume_list(const Aims& aims, const HandbookVolumes& volumes, std::size_t current) {
  List out;
  if (volumes.volumes.size() < 2) return out;
  for (std::size_t v = 1; v <= volumes.volumes.size(); ++v) {
    const auto& policies = volumes.volumes[v - 1];
    out.push_back(Object{{"number", number(v)},
                         {"href", handbook_volume_page(v)},
                         {"current", flag(v == current)},
                         {"first_id", aims.policies[policies.front()].id},
                         {"last_id", aims.policies[policies.back()].id}});
  }
  return out;
}

}  // namespace

Page handbook_page(const PortalContext& ctx, const HandbookVolumes& volumes, std::size_t volume,
                   std::vector<std::string>&& bodies) {
  const Aims& aims = ctx.aims;
  const std::vector<std::size_t>& order = volumes.volumes[volume - 1];
  Page page = start_section_page(ctx, handbook_volume_page(volume), "handbook", "handbook");
  auto scope = render_markdown(
      aims.site.scope_markdown,
      [&](const std::string& url) { return ctx.links.rewrite(url, "", page.path); }, nullptr, false,
      &ctx.markdown_style);
  List toc, sections;
  toc.reserve(order.size());
  sections.reserve(order.size());
  std::size_t approved = 0;
  for (const auto& v : volumes.volumes) approved += v.size();
  for (std::size_t n = 0; n < order.size(); ++n) {
    std::size_t i = order[n];
    const Policy& p = aims.policies[i];
    Data section(Data::type::object);
    put_document_control(ctx, p, page.path, section);
    put(section, "anchor", section_anchor(p));
    put(section, "page_href", href(page.path, ctx.policy_cards[i].page));
    put(section, "body_html", std::move(bodies[n]));
    toc.push_back(Object{{"anchor", section_anchor(p)},
                         {"id", p.id},
                         {"title", p.title},
                         {"version", opt(p.version)}});
    sections.push_back(std::move(section));
  }
  Data& d = page.data;
  put(d, "scope_html", opt(scope.html));
  put(d, "policy_count", number(approved));
  put(d, "order_by_clause", flag(aims.site.handbook_order == "clause"));
  put(d, "volume", number(volume));
  put(d, "volume_count", number(volumes.volumes.size()));
  set_list(d, "volumes", volume_list(aims, volumes, volume));
  set_list(d, "toc", std::move(toc));
  set_list(d, "policies", std::move(sections));
  return page;
}

}  // namespace aimsdoc::portal
