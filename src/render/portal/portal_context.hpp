#pragma once
// What every page reads besides the model: indexes built once per build (findings by
// requirement, backlinks between policies, framework coverage), so no page does a search
// over the whole model and the build stays linear in the size of the AIMS.
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "check/framework_coverage.hpp"
#include "model/theme.hpp"
#include "render/build_view.hpp"
#include "render/portal/github_blocks.hpp"
#include "render/portal/link_rewriter.hpp"
#include "render/portal/mustache_data.hpp"

namespace aimsdoc::portal {

// What a link to a policy shows, copied out of the model once. Pages link to policies a
// hundred thousand times at 10,000 policies, and the model's strings lie among the bodies
// loaded beside them: a cache and TLB miss per field, a fifth of the page data's time.
struct PolicyCard {
  std::string id, title, version, page;  // page: output path from the site root
};

struct PortalContext {
  explicit PortalContext(const BuildView& view);

  // The requirement a finding concerns (by id, or found in its record file), or kNone.
  std::size_t requirement_of(const Diagnostic& d) const;

  // The page data shared by the pages of one output folder and nav section (see
  // start_page): made by `make` the first time it is asked for; thread-safe.
  std::shared_ptr<const Data> shared_frame(const std::string& folder, const std::string& section,
                                           const std::function<Data()>& make) const;

  const BuildView& view;
  const Aims& aims;
  Date today;
  LinkRewriter links;
  // Findings attributed to a requirement (by id, or found in its record file).
  std::vector<std::vector<const Diagnostic*>> requirement_findings;  // per requirement
  std::vector<std::vector<const Diagnostic*>> policy_findings;       // per policy
  std::vector<PolicyCard> policy_cards;                              // per policy, side by side
  std::vector<std::vector<std::size_t>> linked_from;          // per policy: policies linking to it
  std::vector<std::vector<std::size_t>> approved_by;          // per owner: policies they approve
  std::map<std::string, std::vector<std::size_t>> by_parent;  // catalog parent -> requirements
  std::vector<FrameworkCoverage> coverage;                    // per Aims::frameworks
  std::size_t evidence_count = 0;
  // What an evidence item's page lists besides its own requirement: the requirements whose
  // evidence is the same file, the audits and impact assessments whose report it is, the
  // policies linking to it (repo path -> sorted indices), the management reviews citing
  // its id (id -> reviews).
  std::map<std::string, std::vector<std::size_t>> requirements_by_file, audits_by_report,
      assessments_by_report, policies_linking, reviews_citing;
  // What every page but a policy's body is a function of (view_digest.hpp), with the link
  // table and the theme; set by render_portal once the theme is loaded.
  std::string inputs_digest;
  // The theme's sidebar: it shows only values every page of a folder and nav section
  // shares, so it is rendered once per frame (into sidebar_html), not once per page.
  std::string sidebar_template;
  // The theme's words for states and pages (labels.yaml); set with sidebar_template.
  Labels label;
  // The theme's alert callouts, for every Markdown text of the portal.
  MarkdownStyle markdown_style;

 private:
  std::map<std::string, std::size_t> requirement_by_record_;  // record path -> requirement
  mutable std::mutex frames_mutex_;
  mutable std::map<std::pair<std::string, std::string>, std::shared_ptr<const Data>> frames_;
};

}  // namespace aimsdoc::portal
