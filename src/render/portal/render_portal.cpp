// The evidence portal: every page from the theme's templates, the theme's assets, the
// copied evidence files and the search index. Pages are independent of each other, so
// they render on two threads and the output does not depend on which thread drew what.
#include <atomic>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "render/portal/markdown.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/search_entries.hpp"
#include "render/portal/templates.hpp"
#include "render/renderers.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc {
namespace {

using namespace portal;

constexpr unsigned kThreads = 2;

const std::vector<std::string> kTemplateNames = {
    "layout", "dashboard", "gaps",   "register", "policies",
    "policy", "evidence",  "owners", "requirement", "framework"};

using PageJob = std::function<Page()>;

std::vector<PageJob> page_jobs(const PortalContext& ctx, std::vector<std::string>& policy_text) {
  std::vector<PageJob> jobs = {
      [&] { return dashboard_page(ctx); }, [&] { return gaps_page(ctx); },
      [&] { return clauses_page(ctx); },   [&] { return soa_page(ctx); },
      [&] { return policies_page(ctx); },  [&] { return evidence_page(ctx); },
      [&] { return owners_page(ctx); }};
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i)
    jobs.push_back([&ctx, i] { return requirement_page_of(ctx, i); });
  // Each policy job writes only its own slot of policy_text.
  for (std::size_t i = 0; i < ctx.aims.policies.size(); ++i)
    jobs.push_back([&ctx, &policy_text, i] { return policy_page_of(ctx, i, &policy_text[i]); });
  for (std::size_t i = 0; i < ctx.aims.frameworks.size(); ++i)
    jobs.push_back([&ctx, i] { return framework_page_of(ctx, i); });
  return jobs;
}

// Renders jobs on `threads` threads; a failure (out of memory ...) becomes an error.
void run_jobs(const std::vector<PageJob>& jobs, const Theme& theme, FileSink& sink,
              Diagnostics& diags) {
  std::atomic<std::size_t> next{0};
  std::mutex diags_mutex;
  auto worker = [&] {
    CompiledTemplates templates(theme);
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        Page page = jobs[i]();
        sink.write(page.path, templates.render_page(page.template_name, page.data));
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(diags_mutex);
        diags.error({}, "portal.render", std::string("rendering a portal page failed: ") + e.what());
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < kThreads; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

void write_assets(const Theme& theme, FileSink& sink) {
  for (const auto& asset : theme.assets()) {
    if (asset.user_file.empty()) sink.write(asset.output_path, asset.embedded);
    else sink.copy(asset.output_path, asset.user_file);
  }
}

// Only files the loader could read and hash: a missing file is already a gap in the check.
void copy_evidence(const BuildView& view, FileSink& sink) {
  std::set<std::string> copied;
  for (const auto& r : view.aims.requirements)
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty() && !ev.sha256.empty() && copied.insert(ev.file).second)
        sink.copy(evidence_site_path(ev), view.root / ev.file);
}

}  // namespace

void render_portal(const BuildView& view, FileSink& sink, Diagnostics& diags) {
  prepare_markdown();
  Diagnostics theme_diags;
  Theme theme = Theme::load(view.root, view.aims.site, kTemplateNames, theme_diags);
  if (!theme_diags.has_errors()) CompiledTemplates(theme).report_errors(theme_diags);
  diags.append(theme_diags);
  if (theme_diags.has_errors()) return;
  PortalContext ctx(view);
  std::vector<std::string> policy_text(view.aims.policies.size());
  run_jobs(page_jobs(ctx, policy_text), theme, sink, diags);
  write_assets(theme, sink);
  copy_evidence(view, sink);
  sink.write(kSearchIndexPath, search_index_script(search_entries(ctx, policy_text)));
}

}  // namespace aimsdoc
