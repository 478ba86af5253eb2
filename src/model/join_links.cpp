// The links written in policy bodies: each must open something in the portal. A relative
// link lands on a policy page (a folder link on its README.md or index.md, as on GitHub),
// a record's page or an evidence copy; its "#anchor" names a heading there. Empty links
// and links rooted at a web site's top are dead in a portal opened from a folder.
#include <algorithm>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "model/build_aims.hpp"
#include "model/join_references.hpp"
#include "util/heading_slugs.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

using PathSet = std::unordered_set<std::string>;

// Files links may land on besides policies: records (their pages), evidence and assets
// (their copies).
PathSet published_files(const Aims& aims) {
  PathSet published;
  for (const auto& asset : aims.assets) published.insert(asset.path);
  for (const auto& r : aims.requirements) {
    if (r.has_record) published.insert(r.record.location.path);
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty()) published.insert(ev.file);
  }
  return published;
}

std::string file_name(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The existing path nearest to a broken link's: the same file name in another folder, else
// a close name in the folder it points into. Indexed by name and by folder, so a broken
// link is compared with a folder's files, not with every file of the AIMS.
class PathSuggester {
 public:
  PathSuggester(const Aims& aims, const PathSet& published) {
    for (const auto& p : aims.policies) add(p.source_path);
    for (const auto& path : published) add(path);
    for (auto* index : {&by_name_, &by_folder_})
      for (auto& [key, paths] : *index) std::sort(paths.begin(), paths.end());
  }

  // A repo path for `joined` (a path that names nothing), or "".
  std::string nearest(const std::string& joined) const {
    if (auto same = by_name_.find(file_name(joined)); same != by_name_.end())
      return same->second.front();
    auto folder = by_folder_.find(parent_dir(joined));
    if (folder == by_folder_.end()) return "";
    std::string hint = did_you_mean(file_name(joined), folder->second);
    return hint.empty() ? "" : join_normalized(folder->first, hint).value_or("");
  }

 private:
  void add(const std::string& path) {
    by_name_[file_name(path)].push_back(path);
    by_folder_[parent_dir(path)].push_back(file_name(path));
  }
  std::unordered_map<std::string, std::vector<std::string>> by_name_, by_folder_;
};

// Made on the first broken link (on whichever thread meets it): an AIMS without one, the
// usual case, does not index its paths for nothing.
class LazySuggester {
 public:
  LazySuggester(const Aims& aims, const PathSet& published) : aims_(aims), published_(published) {}
  const PathSuggester& get() {
    std::call_once(once_, [&] { suggester_.emplace(aims_, published_); });
    return *suggester_;
  }

 private:
  const Aims& aims_;
  const PathSet& published_;
  std::once_flag once_;
  std::optional<PathSuggester> suggester_;
};

struct LinkTargets {
  const Aims& aims;
  const PathSet& published;
  LazySuggester& suggester;

  bool exists(const std::string& repo_path) const {
    return find_path_or_folder_index(aims.policy_by_path, repo_path) != aims.policy_by_path.end() ||
           published.count(repo_path) > 0;
  }

  // "; did you mean '<path relative to the policy>'?" or "".
  std::string hint(const Policy& from, const std::string& joined) const {
    std::string near = suggester.get().nearest(joined);
    if (near.empty()) return "";
    return "; did you mean '" + relative_path(parent_dir(from.source_path), near) + "'?";
  }

  // A site-rooted "/security" most likely meant the repository's or content/'s top.
  std::string rooted_hint(const Policy& from, const std::string& target) const {
    std::string_view path = link_path_part(target);
    for (const char* top : {"", "content"}) {
      auto joined = join_normalized(top, path);
      if (joined && !joined->empty() && exists(*joined))
        return "; did you mean '" + relative_path(parent_dir(from.source_path), *joined) + "'?";
    }
    return "";
  }
};

// The policy at repo path `joined` (a link's target joined to its folder), or kNone.
std::size_t policy_at(const Aims& aims, const std::optional<std::string>& joined) {
  if (!joined) return kNone;
  auto it = find_path_or_folder_index(aims.policy_by_path, *joined);
  return it == aims.policy_by_path.end() ? kNone : it->second;
}

// First look at each link: what it points at, and the findings that need no headings.
void resolve_links(Policy& p, std::size_t self, const LinkTargets& targets, Diagnostics& found) {
  const std::string dir = parent_dir(p.source_path);
  for (auto& link : p.links) {
    const std::string& t = link.target;
    if (link.image_without_alt)
      found.warning(p.location_of(link), "asset.alt",
                    "image without alt text; describe it between the brackets, ![what it "
                    "shows](" +
                        t + "), for readers who cannot see it");
    if (t.empty()) {
      found.error(p.location_of(link), "link.empty",
                  "link with an empty target '()' opens nothing; write the path or address it "
                  "should open, or remove the link");
    } else if (t[0] == '/' && (t.size() == 1 || t[1] != '/')) {
      found.error(p.location_of(link), "link.site-rooted",
                  "link to '" + t +
                      "' starts at a web site's top, which the portal does not "
                      "have (it opens from any folder); write the path relative to this file" +
                      targets.rooted_hint(p, t));
    } else if (t[0] == '#') {
      link.policy = self;
      link.fragment = t;
    } else if (is_relative_target(t)) {
      auto joined = link_target_path(dir, t);
      link.policy = policy_at(targets.aims, joined);
      if (link.policy != kNone) {
        link.fragment = link_suffix(t);
        continue;
      }
      if (joined && targets.published.count(*joined)) continue;
      if (joined && std::binary_search(targets.aims.refused_assets.begin(),
                                       targets.aims.refused_assets.end(), *joined))
        continue;  // reported by the loader [asset.path]
      found.error(p.location_of(link), "link.broken",
                  "link to '" + t +
                      "' resolves to no policy under content/, no record and no evidence file" +
                      (joined ? targets.hint(p, *joined) : std::string()));
    }
  }
}

// The anchor a fragment names, as a browser looks it up: after '#', percent-decoded.
std::string anchor_of(const std::string& fragment) {
  auto hash = fragment.find('#');
  if (hash == std::string::npos) return "";
  std::string out;
  for (std::size_t i = hash + 1; i < fragment.size(); ++i) {
    int hi = 0, lo = 0;
    if (fragment[i] == '%' && i + 2 < fragment.size() && (hi = hex_value(fragment[i + 1])) >= 0 &&
        (lo = hex_value(fragment[i + 2])) >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += fragment[i];
    }
  }
  return out;
}

// Anchors every page has whatever its headings: the top, and cmark-gfm's footnote ids.
bool built_in_anchor(const std::string& anchor) {
  return anchor.empty() || anchor == "top" || starts_with(anchor, "fn-") ||
         starts_with(anchor, "fnref-");
}

bool needs_heading(const DocumentLink& link) {
  return link.policy != kNone && !built_in_anchor(anchor_of(link.fragment));
}

void check_anchors(const Aims& aims, const Policy& p,
                   const std::vector<std::vector<std::string>>& anchors, Diagnostics& found) {
  for (const auto& link : p.links) {
    if (!needs_heading(link)) continue;
    const auto& known = anchors[link.policy];
    std::string anchor = anchor_of(link.fragment);
    if (std::find(known.begin(), known.end(), anchor) != known.end()) continue;
    std::string hint = did_you_mean(anchor, known);
    found.error(p.location_of(link), "link.anchor",
                "link to '" + link.target + "': " + aims.policies[link.policy].source_path +
                    " has no heading with the anchor '" + anchor + "'" +
                    (hint.empty() ? "; link to one of its headings or to the page"
                                  : "; did you mean '#" + hint + "'?"));
  }
}

}  // namespace

void join_policy_links(Aims& aims, Diagnostics& diags) {
  PathSet published = published_files(aims);
  LazySuggester suggester(aims, published);
  LinkTargets targets{aims, published, suggester};
  // Policies resolve their links independently (each writes only its own links and
  // findings): on all cores, findings merged in policy order.
  std::vector<Diagnostics> found(aims.policies.size());
  parallel_for(aims.policies.size(),
               [&](std::size_t i) { resolve_links(aims.policies[i], i, targets, found[i]); });
  // Headings are parsed only for policies a link names a heading of.
  std::vector<char> wanted(aims.policies.size(), 0);
  for (const auto& p : aims.policies)
    for (const auto& link : p.links)
      if (needs_heading(link)) wanted[link.policy] = 1;
  std::vector<std::vector<std::string>> anchors(aims.policies.size());
  parallel_for(aims.policies.size(), [&](std::size_t i) {
    if (!wanted[i]) return;
    try {
      anchors[i] = markdown_heading_anchors(aims.policies[i].body.text().str());
    } catch (const BodyChanged& e) {
      found[i].error(aims.policies[i].location, "input.unreadable", e.what());
    }
  });
  parallel_for(aims.policies.size(),
               [&](std::size_t i) { check_anchors(aims, aims.policies[i], anchors, found[i]); });
  for (const auto& f : found) diags.append(f);
}

}  // namespace aimsdoc
