// The evidence portal: every page from the theme's templates, the theme's assets, the
// copied evidence files and the search index. Pages are independent of each other, so
// they render on every core (worker_count(), AIMSDOC_JOBS) and the output does not depend
// on which thread drew what.
#include <algorithm>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>

#include "render/cmark_setup.hpp"
#include "render/portal/handbook_bodies.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_output.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/policy_body.hpp"
#include "render/portal/search_entries.hpp"
#include "render/portal/templates.hpp"
#include "render/renderers.hpp"
#include "render/site_paths.hpp"
#include "render/view_digest.hpp"
#include "util/parallel.hpp"
#include "util/phase_timer.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

using namespace portal;

const std::vector<std::string> kTemplateNames = {
    "layout", "sidebar",     "dashboard",  "gaps",        "register",  "policies",
    "policy", "evidence",    "owners",     "requirement", "framework", "alert",
    "audits", "finding",     "reviews",    "systems",     "system",    "risks",
    "risk",   "assessments", "objectives", "changes",     "handbook",  "evidence_item"};
// The public portal's (public_pages.cpp): its own sidebar, pages and no search.
const std::vector<std::string> kPublicTemplateNames = {
    "layout", "public_sidebar", "trust", "public_soa", "public_evidence", "framework", "alert"};

// The theme's callout for each alert kind, rendered once and split where the content goes.
MarkdownStyle markdown_style(const Theme& theme) {
  constexpr std::string_view kContent = "\x1f";  // no input text can hold it
  MarkdownStyle style;
  const std::string& text = theme.templates().at("alert").text;
  for (const char* kind : kAlertKinds) {
    Data data = Object{{"kind", kind}, {kind, flag(true)}, {"body", std::string(kContent)}};
    std::string markup = render_once(text, data);
    auto at = markup.find(kContent);
    if (at == std::string::npos) at = markup.size();
    style.alerts[kind] = {markup.substr(0, at),
                          markup.substr(std::min(markup.size(), at + kContent.size()))};
    style.digest += markup;
  }
  style.digest = sha256_hex(style.digest);
  return style;
}

// What each rendering thread owns: compiled templates (kainjow rendering is not const) and
// the numbering of the words it meets for the search index.
struct Worker {
  explicit Worker(const Theme& theme) : templates(theme) {}
  CompiledTemplates templates;
  WordTable words;
  std::vector<std::uint32_t> remembered_numbering;  // see RememberedWords::words
};

using Job = std::function<void(Worker&)>;

// Everything the portal builds besides its files, handed to the sink when done as
// leftovers (FileSink::add_leftovers): freeing it at once would hold up the build.
struct PortalWork {
  PortalWork(const BuildView& view, const std::string* words_note)
      : ctx(view), remembered(words_note) {}
  PortalContext ctx;
  RememberedWords remembered;
  std::vector<std::unique_ptr<Worker>> workers;
  std::vector<EntryWords> policy_words;  // one slot per policy, each written by its job
  std::vector<Job> jobs;
  WordTable entry_words;
  std::vector<SearchEntry> entries;
};

// A page whose inputs are those of the previous build is taken over before its data is
// built; `path` is where `make` puts it.
Job page_job(const PortalContext& ctx, FileSink& sink, std::string path,
             std::function<Page()> make) {
  return [&ctx, &sink, path = std::move(path), make = std::move(make)](Worker& w) {
    sink.publish(path, {inputs_key({ctx.inputs_digest, path}), {}}, [&] {
      Page page = make();
      if (page.path != path) throw std::logic_error("page " + page.path + " listed as " + path);
      return render(w.templates, page);
    });
  };
}

// A page per record of `records`: `path` names record i's page, `make` draws it.
template <typename Record>
void add_record_pages(std::vector<Job>& jobs, const PortalContext& ctx, FileSink& sink,
                      const std::vector<Record>& records, std::string (*path)(const Record&),
                      Page (*make)(const PortalContext&, std::size_t)) {
  for (std::size_t i = 0; i < records.size(); ++i)
    jobs.push_back(page_job(ctx, sink, path(records[i]), [&ctx, make, i] { return make(ctx, i); }));
}

// Whether template `name` (within the layout) shows body_html only raw, so that a page can
// be rendered with stand-ins for its bodies and have them spliced in.
bool splices_bodies(const Theme& theme, const char* name) {
  const auto& t = theme.templates();
  return shows_only_raw(t.at(name).text, "body_html") &&
         shows_only_raw(t.at("layout").text, "body_html") &&
         shows_only_raw(t.at("layout").text, "content");
}

// The big list pages first, so that no long page is left for the end of the run.
std::vector<Job> page_jobs(const PortalContext& ctx, const Theme& theme, FileSink& sink,
                           const RememberedWords& remembered,
                           std::vector<EntryWords>& policy_words) {
  std::vector<Job> jobs;
  std::vector<std::pair<const char*, Page (*)(const PortalContext&)>> registers = {
      {kEvidencePage, evidence_page},       {kSoaPage, soa_page},
      {kClausesPage, clauses_page},         {kGapsPage, gaps_page},
      {kDashboardPage, dashboard_page},     {kOwnersPage, owners_page},
      {kSystemsPage, systems_page},         {kRisksPage, risks_page},
      {kAssessmentsPage, assessments_page}, {kObjectivesPage, objectives_page}};
  if (shows_audits(ctx.aims)) registers.emplace_back(kAuditsPage, audits_page);
  if (shows_reviews(ctx.aims)) registers.emplace_back(kReviewsPage, reviews_page);
  if (shows_changes(ctx.aims)) registers.emplace_back(kChangesPage, changes_page);
  for (std::size_t n = 1; n <= policies_page_count(ctx.aims); ++n)
    jobs.push_back(page_job(ctx, sink, policies_register_page(n),
                            [&ctx, n] { return policies_page(ctx, n); }));
  for (auto [path, make] : registers)
    jobs.push_back(page_job(ctx, sink, path, [&ctx, make = make] { return make(ctx); }));
  for (std::size_t a = 0; a < ctx.aims.audits.size(); ++a)
    for (std::size_t f = 0; f < ctx.aims.audits[a].findings.size(); ++f)
      jobs.push_back(page_job(ctx, sink, finding_page(ctx.aims.audits[a].findings[f]),
                              [&ctx, a, f] { return finding_page_of(ctx, a, f); }));
  add_record_pages(jobs, ctx, sink, ctx.aims.requirements, requirement_page, requirement_page_of);
  // One page per evidence id: a repeated id is an error (id.duplicate), and its page is
  // the first item's.
  std::set<std::string> evidence_ids;
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i)
    for (const auto& ev : ctx.aims.requirements[i].record.evidence)
      if (evidence_ids.insert(ev.id).second)
        jobs.push_back(page_job(ctx, sink, evidence_item_page(ev), [&ctx, i, e = ev.position] {
          return evidence_item_page_of(ctx, i, e);
        }));
  add_record_pages(jobs, ctx, sink, ctx.aims.systems, system_page, system_page_of);
  add_record_pages(jobs, ctx, sink, ctx.aims.risks, risk_page, risk_page_of);
  add_record_pages(jobs, ctx, sink, ctx.aims.frameworks, framework_page, framework_page_of);
  // Each policy job writes only its own slot of policy_words.
  bool splice = splices_bodies(theme, "policy");
  for (std::size_t i = 0; i < ctx.aims.policies.size(); ++i)
    jobs.push_back([&ctx, &sink, &remembered, &policy_words, splice, i](Worker& w) {
      WordSource words{w.words, remembered, w.remembered_numbering};
      policy_words[i] = output_policy_page(ctx, i, {sink, w.templates, words, splice});
    });
  return jobs;
}

// Only files the loader could read and hash: a missing file is already a gap in the check.
// A copy of an input file the loader hashed: the previous portal's, when it holds what
// was hashed just now.
Job copy_job(const BuildView& view, FileSink& sink, std::string site_path, const std::string& file,
             const std::string& sha256) {
  return [&view, &sink, site_path = std::move(site_path), &file, &sha256](Worker&) {
    sink.copy(site_path, view.root / file, sha256);
  };
}

// Evidence files and the assets policies link to; a file that is both is copied once.
// A public build copies only the evidence files it publishes (publishes_evidence_file):
// reports and policies' files belong to pages it does not have.
void add_copy_jobs(const BuildView& view, FileSink& sink, std::vector<Job>& jobs) {
  std::set<std::string> copied;
  for (const auto& r : view.aims.requirements)
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty() && !ev.sha256.empty() && publishes_evidence_file(view, ev) &&
          copied.insert(ev.file).second)
        jobs.push_back(copy_job(view, sink, evidence_site_path(ev), ev.file, ev.sha256));
  if (view.audience == Audience::Public) return;
  for (const auto& a : view.aims.assessments)
    if (!a.report.sha256.empty() && copied.insert(a.report.file).second)
      jobs.push_back(
          copy_job(view, sink, evidence_site_path(a.report), a.report.file, a.report.sha256));
  for (const auto& asset : view.aims.assets)
    if (copied.insert(asset.path).second)
      jobs.push_back(copy_job(view, sink, asset_site_path(asset), asset.path, asset.sha256));
  // An audit report that is no evidence item is copied too (the loader checked it exists).
  for (const auto& a : view.aims.audits)
    if (!a.report.empty() && copied.insert(a.report).second)
      jobs.push_back([&view, &sink, &a](Worker&) {
        sink.copy(copied_file_path(a.report), view.root / a.report, {});
      });
}

// Runs the jobs on the workers' threads; a failure (out of memory ...) becomes an error.
void run_jobs(const std::vector<Job>& jobs, std::vector<std::unique_ptr<Worker>>& workers,
              Diagnostics& diags) {
  std::mutex diags_mutex;
  parallel_for_threads(jobs.size(), workers.size(), [&](std::size_t i, std::size_t t) {
    try {
      jobs[i](*workers[t]);
    } catch (const TemplateTooLarge& e) {
      std::lock_guard<std::mutex> lock(diags_mutex);
      if (!e.stopped_by_another) diags.error({e.origin, 0, 0}, "theme.template", e.what());
    } catch (const BodyChanged& e) {
      std::lock_guard<std::mutex> lock(diags_mutex);
      diags.error({e.source_path(), 0, 0}, "input.unreadable", e.what());
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(diags_mutex);
      diags.error({}, "portal.render", std::string("rendering a portal page failed: ") + e.what());
    }
  });
}

// The policies' words for the next build, read from their search entries.
void remember_words(const Aims& aims, const std::vector<SearchEntry>& entries, FileSink& sink) {
  std::vector<std::pair<std::string, const EntryWords*>> named;
  for (const SearchEntry& e : entries)
    if (e.kind == "policy" && named.size() < aims.policies.size())
      named.emplace_back(policy_note_name(aims.policies[named.size()]), &e.words);
  sink.remember(kWordsNote, words_note(named));
}

// What a handbook volume is made with.
struct HandbookWork {
  const PortalContext& ctx;
  const HandbookVolumes volumes;
  std::string volume_starts;  // the first policy of every volume: links to the others follow it
  bool splice;                // splices_bodies(theme, "handbook")
  FileSink& sink;
  std::vector<std::unique_ptr<Worker>>& workers;
  Diagnostics& diags;
  std::optional<PreviousBodies> previous;  // read when a first volume is made
};

// Volume `volume`'s page around `bodies` (or their stand-ins), rendered as a job, so a
// theme over its rendering budget is an error here as on every page.
std::string volume_page(HandbookWork& work, std::size_t volume, std::vector<std::string>&& bodies) {
  std::string bytes;
  std::vector<Job> job{[&](Worker& w) {
    bytes = render(w.templates, handbook_page(work.ctx, work.volumes, volume, std::move(bodies)));
  }};
  run_jobs(job, work.workers, work.diags);
  return bytes;
}

// Volume `volume` with its bodies rendered in place, on all workers, then the page.
std::string rendered_volume(HandbookWork& work, std::size_t volume) {
  const std::vector<std::size_t>& order = work.volumes.volumes[volume - 1];
  std::vector<std::string> bodies(order.size());
  std::vector<Job> jobs;
  for (std::size_t n = 0; n < order.size(); ++n)
    jobs.push_back(
        [&, n](Worker&) { bodies[n] = handbook_body(work.ctx, work.volumes, order[n]); });
  run_jobs(jobs, work.workers, work.diags);
  return volume_page(work, volume, std::move(bodies));
}

// Volume `volume` with the bodies the previous build's volumes hold unchanged taken from
// them, the others rendered, spliced into the page rendered with stand-ins
// (handbook_bodies.hpp); remembers where each body now lies.
std::string spliced_volume(HandbookWork& work, std::size_t volume) {
  const std::vector<std::size_t>& order = work.volumes.volumes[volume - 1];
  if (!work.previous) {
    std::vector<std::string> paths;
    for (std::size_t v = 1; v <= work.volumes.volumes.size(); ++v)
      paths.push_back(handbook_volume_page(v));
    work.previous.emplace(work.sink, paths);
  }
  std::vector<std::string> bodies(order.size()), sources(order.size()), keys(order.size());
  std::vector<Job> jobs;
  for (std::size_t n = 0; n < order.size(); ++n) {
    sources[n] = work.ctx.aims.policies[order[n]].source_path;
    keys[n] = handbook_body_key(work.ctx, work.volumes, order[n]);
    if (auto known = work.previous->find(sources[n], keys[n]))
      bodies[n] = std::move(*known);
    else
      jobs.push_back(
          [&, n](Worker&) { bodies[n] = handbook_body(work.ctx, work.volumes, order[n]); });
  }
  run_jobs(jobs, work.workers, work.diags);
  std::vector<std::string> stand_ins;
  for (std::size_t n = 0; n < order.size(); ++n) stand_ins.push_back(body_stand_in(n));
  std::string shape = volume_page(work, volume, std::move(stand_ins)), note;
  auto bytes = splice_bodies(shape, bodies, sources, keys, note, kMaxPageBytes);
  if (!bytes) return rendered_volume(work, volume);
  work.sink.remember(handbook_note_name(handbook_volume_page(volume)), std::move(note));
  return std::move(*bytes);
}

// The handbook holds every approved policy's body, which the inputs digest leaves out: a
// volume's key adds the hashes of its bodies and where every volume starts. A volume
// taken over keeps its note, which still describes its bytes.
void output_handbook_volume(HandbookWork& work, std::size_t volume) {
  const std::vector<std::size_t>& order = work.volumes.volumes[volume - 1];
  Sha256 all_bodies;
  for (std::size_t p : order) all_bodies.update(work.ctx.aims.policies[p].body.sha256());
  std::string path = handbook_volume_page(volume);
  std::string key =
      inputs_key({work.ctx.inputs_digest, path, work.volume_starts, all_bodies.hex_digest()});
  bool made = false;
  work.sink.publish(path, {key, {}}, [&] {
    made = true;
    return work.splice ? spliced_volume(work, volume) : rendered_volume(work, volume);
  });
  if (made || !work.splice) return;
  if (const std::string* note = work.sink.recall(handbook_note_name(path)))
    work.sink.remember(handbook_note_name(path), *note);
}

void output_handbook(const PortalContext& ctx, const Theme& theme, FileSink& sink,
                     std::vector<std::unique_ptr<Worker>>& workers, Diagnostics& diags) {
  HandbookWork work{ctx,   handbook_volumes(ctx.aims),
                    {},    splices_bodies(theme, "handbook"),
                    sink,  workers,
                    diags, std::nullopt};
  for (const auto& v : work.volumes.volumes)
    if (!v.empty()) work.volume_starts += ctx.aims.policies[v.front()].id + '\n';
  for (std::size_t v = 1; v <= work.volumes.volumes.size(); ++v) output_handbook_volume(work, v);
}

std::vector<Job> public_page_jobs(const PortalContext& ctx, FileSink& sink) {
  std::vector<Job> jobs;
  const std::pair<const char*, Page (*)(const PortalContext&)> pages[] = {
      {kDashboardPage, trust_summary_page},
      {kSoaPage, public_soa_page},
      {kEvidencePage, public_evidence_page}};
  for (auto [path, make] : pages)
    jobs.push_back(page_job(ctx, sink, path, [&ctx, make = make] { return make(ctx); }));
  add_record_pages(jobs, ctx, sink, ctx.aims.frameworks, framework_page, framework_page_of);
  return jobs;
}

void write_assets(const Theme& theme, FileSink& sink) {
  for (const auto& asset : theme.assets()) {
    if (asset.user_file.empty())
      sink.publish(asset.output_path, {}, [&] { return asset.embedded; });
    else
      sink.copy(asset.output_path, asset.user_file, {});
  }
}

}  // namespace

void prepare_renderers() { prepare_cmark(); }

void render_portal(const BuildView& view, FileSink& sink, Diagnostics& diags) {
  reset_template_budget();
  Diagnostics theme_diags;
  bool is_public = view.audience == Audience::Public;
  Theme theme = view.theme.only(is_public ? kPublicTemplateNames : kTemplateNames,
                                view.aims.site.location, theme_diags);
  if (!theme_diags.has_errors()) CompiledTemplates(theme).report_errors(theme_diags);
  diags.append(theme_diags);
  if (theme_diags.has_errors()) return;
  phase_mark("theme");
  auto work = std::make_shared<PortalWork>(view, sink.recall(kWordsNote));
  PortalContext& ctx = work->ctx;
  ctx.inputs_digest = inputs_key({view_digest(view), ctx.links.digest(), theme.digest()});
  ctx.sidebar_template = theme.templates().at(is_public ? "public_sidebar" : "sidebar").text;
  ctx.label = theme.labels();
  ctx.markdown_style = markdown_style(theme);
  phase_mark("context");
  for (std::size_t t = 0; t < worker_count(); ++t)
    work->workers.push_back(std::make_unique<Worker>(theme));
  if (is_public) {  // no handbook, no search index: their words are the auditor's
    work->jobs = public_page_jobs(ctx, sink);
    add_copy_jobs(view, sink, work->jobs);
    run_jobs(work->jobs, work->workers, diags);
    write_assets(theme, sink);
    sink.add_leftovers(std::move(work));
    return;
  }
  auto& policy_words = work->policy_words;
  policy_words.resize(view.aims.policies.size());
  work->jobs = page_jobs(ctx, theme, sink, work->remembered, policy_words);
  add_copy_jobs(view, sink, work->jobs);
  run_jobs(work->jobs, work->workers, diags);
  output_handbook(ctx, theme, sink, work->workers, diags);
  phase_mark("pages");
  write_assets(theme, sink);
  // The other entries' words go into a table of their own, not a worker's, which the
  // words note reads.
  auto& entries = work->entries = search_entries(ctx, std::move(policy_words), work->entry_words);
  // The words noted for the next build and the index only read the entries: side by side.
  auto noted = std::async(std::launch::async, [&] { remember_words(view.aims, entries, sink); });
  SearchIndex index = search_index(entries);
  // Keyless: an unchanged shard is the previous build's file by its content.
  sink.publish(kSearchIndexPath, {}, [&] { return index.manifest; });
  for (const auto* shards : {&index.key_shards, &index.union_shards, &index.entry_shards})
    for (const SearchShard& s : *shards) sink.publish(s.path, {}, [&] { return s.script; });
  noted.get();
  phase_mark("search index");
  sink.add_leftovers(std::move(work));
}

}  // namespace aimsdoc
