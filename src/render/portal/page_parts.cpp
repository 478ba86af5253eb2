#include "render/portal/page_parts.hpp"

#include <algorithm>

#include "render/portal/charts.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {

const char* status_key(const Requirement& r) {
  if (!r.has_record) return "missing";
  if (!r.record.applicable) return "excluded";
  return r.record.status == Status::Unset ? "unset" : status_name(r.record.status);
}

void put_states(const PortalContext& ctx, std::size_t index, Data& data) {
  const char* status = status_key(ctx.aims.requirements[index]);
  Health health = ctx.view.report.health_of(index);
  put(data, "status", status);
  put(data, "status_label", ctx.label("status", status));
  put(data, "health", health_key(health));
  put(data, "health_label", ctx.label("health", health_key(health)));
  put(data, "gap", flag(health == Health::Gap));
}

std::string requirement_target(const PortalContext& ctx, const Requirement& r) {
  if (ctx.view.audience == Audience::Public) return std::string(kSoaPage) + "#req-" + slug(r.id());
  return requirement_page(r);
}

Data requirement_summary(const PortalContext& ctx, std::size_t index, const std::string& from) {
  const Requirement& r = ctx.aims.requirements[index];
  const Owner* owner = r.owner == kNone ? nullptr : &ctx.aims.owners[r.owner];
  Data data = Object{{"id", r.id()},
                     {"title", r.item->title},
                     {"href", href(from, requirement_target(ctx, r))},
                     {"kind", r.is_control() ? "control" : "clause"},
                     {"owner_name", opt(owner ? owner->name : std::string())},
                     {"evidence_count", number(r.record.evidence.size())}};
  put_states(ctx, index, data);
  return data;
}

Data policy_link(const PortalContext& ctx, std::size_t policy, const std::string& from) {
  const PolicyCard& p = ctx.policy_cards[policy];
  // A public build has no policy pages: the id and title are shown without a link.
  Data link = ctx.view.audience == Audience::Public ? Data(false) : Data(href(from, p.page));
  return Object{
      {"id", p.id}, {"title", p.title}, {"href", std::move(link)}, {"version", opt(p.version)}};
}

void put_policy_links(Data& data, const std::string& name, const PortalContext& ctx,
                      const std::vector<std::size_t>& policies, const std::string& from) {
  std::size_t shown = std::min(policies.size(), kInlinePolicies);
  List links;
  links.reserve(shown);  // kainjow's data copies when a list grows
  for (std::size_t k = 0; k < shown; ++k) links.push_back(policy_link(ctx, policies[k], from));
  set_list(data, name, std::move(links));
  put(data, name + "_more",
      policies.size() > shown ? Data(std::to_string(policies.size() - shown)) : Data(false));
}

void put_document_control(const PortalContext& ctx, const Policy& p, const std::string& from,
                          Data& d) {
  put(d, "id", p.id);
  put(d, "title", p.title);
  put(d, "version", opt(p.version));
  put(d, "owner", owner_link(ctx, p.owner, from));
  // approved_by is an owner id or free text ("Board of Directors").
  put(d, "approver", person(ctx, ctx.aims.owner_at(p.approved_by), p.approved_by, from));
  put(d, "effective", opt(p.effective));
  put(d, "review_by", opt(p.review_by));
  put(d, "review_overdue", flag(p.review_by && *p.review_by < ctx.today));
  put(d, "source_path", p.source_path);
}

Data owner_link(const PortalContext& ctx, std::size_t owner, const std::string& from) {
  if (owner == kNone) return Data(false);
  const Owner& o = ctx.aims.owners[owner];
  return Object{
      {"id", o.id}, {"name", o.name}, {"role", opt(o.role)}, {"href", href(from, owner_anchor(o))}};
}

Data person(const PortalContext& ctx, std::size_t owner, const std::string& written,
            const std::string& from) {
  if (owner != kNone) return owner_link(ctx, owner, from);
  return written.empty() ? Data(false) : Data(Object{{"name", written}, {"href", flag(false)}});
}

Data system_link(const PortalContext& ctx, std::size_t system, const std::string& from) {
  const AiSystem& s = ctx.aims.systems[system];
  return Object{{"id", s.id}, {"name", s.name}, {"href", href(from, system_page(s))}};
}

Data evidence_item(const PortalContext& ctx, const EvidenceItem& ev, const std::string& from) {
  EvidenceState state = ctx.view.report.state_of(ev);
  const Requirement& r = ctx.aims.requirements[ev.requirement];
  std::string external = external_href(ev.url);
  Data data = Object{{"id", ev.id},
                     {"anchor", "ev-" + slug(ev.id)},
                     {"title", ev.title},
                     {"collected", opt(ev.collected)},
                     {"expires", opt(ev.expires)},
                     {"state", evidence_state_key(state)},
                     {"state_label", ctx.label("evidence", evidence_state_key(state))},
                     {"holds", flag(evidence_holds(state))},
                     {"is_file", flag(!ev.file.empty())},
                     {"file", opt(ev.file)},
                     {"size", number(ev.size)},
                     {"sha256", opt(ev.sha256)},
                     {"url", opt(ev.url)},
                     {"external", opt(external)},
                     {"requirement_id", r.id()},
                     {"requirement_href", href(from, evidence_anchor(r, ev))},
                     {"page_href", href(from, evidence_item_page(ev))}};
  put(data, "href", ev.file.empty() ? opt(external) : opt(evidence_copy_href(ctx, ev, from)));
  return data;
}

std::string evidence_copy_href(const PortalContext& ctx, const EvidenceItem& ev,
                               const std::string& from) {
  if (ev.file.empty() || ev.sha256.empty() || evidence_absent(ctx.view.report.state_of(ev)) ||
      !publishes_evidence_file(ctx.view, ev))  // withheld from a public build: no copy
    return std::string();
  return href(from, escape_url_path(evidence_site_path(ev)));
}

Data coverage_chart(const PortalContext& ctx, const FrameworkCoverage& c) {
  auto segment = [&](CoverageState s, std::size_t n) {
    return ChartSegment{coverage_state_name(s), ctx.label("coverage", coverage_state_name(s)), n};
  };
  return chart_data({segment(CoverageState::Covered, c.covered),
                     segment(CoverageState::Partial, c.partial), segment(CoverageState::Gap, c.gap),
                     segment(CoverageState::NotMapped, c.not_mapped)});
}

Data tally_row(const KindTally& t) {
  return Object{{"total", number(t.total)},
                {"conformant", number(t.conformant)},
                {"partial", number(t.partial)},
                {"gap", number(t.gap)},
                {"excluded", number(t.excluded)}};
}

List framework_summaries(const PortalContext& ctx, const std::string& from) {
  List list;
  for (std::size_t i = 0; i < ctx.coverage.size(); ++i) {
    const Framework& f = ctx.aims.frameworks[i];
    list.push_back(Object{{"name", f.name},
                          {"href", href(from, framework_page(f))},
                          {"total", number(ctx.coverage[i].items.size())},
                          {"chart", coverage_chart(ctx, ctx.coverage[i])}});
  }
  return list;
}

Data finding(const Diagnostic& d) {
  return Object{{"severity", severity_name(d.severity)},
                {"is_error", flag(d.severity == Severity::Error)},
                {"location", opt(d.location.to_string())},
                {"rule", d.rule},
                {"message", d.message}};
}

}  // namespace aimsdoc::portal
