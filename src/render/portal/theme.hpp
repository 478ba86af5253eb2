#pragma once
// The portal's look lives in a theme folder: templates/<name>.mustache, assets/** and
// labels.yaml (the words for each state and page, keyed as aimsdoc names them). A
// user theme (site.yaml `theme: path`) overrides any single file; everything it does not
// provide comes from the default theme compiled into the binary.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc::portal {

struct ThemeTemplate {
  std::string text;
  std::string origin;  // for diagnostics: the user's file, or the embedded default's path
};

struct ThemeAsset {
  std::string output_path;          // "assets/portal.css"
  std::filesystem::path user_file;  // set when the user theme provides it
  std::string embedded;             // the default's bytes otherwise
};

// The words of labels.yaml, "group.key" -> word.
struct Labels {
  std::map<std::string, std::string, std::less<>> words;
  // The word for `group`.`key` ("health", "gap" -> "Gap"); the key itself when the theme
  // has none, so a page never loses a state it shows.
  std::string operator()(std::string_view group, std::string_view key) const;
};

class Theme {
 public:
  // Reads the templates named in `names` and lists every asset. Problems (theme folder
  // missing, unreadable file) are errors located at site.yaml.
  static Theme load(const std::filesystem::path& root, const SiteConfig& site,
                    const std::vector<std::string>& names, Diagnostics& diags);
  // One file of the theme by its path in the theme ("archetypes/policy.md.mustache"), as
  // load() finds a template: the user theme's, else the default's.
  static std::optional<ThemeTemplate> load_file(const std::filesystem::path& root,
                                                const SiteConfig& site, const std::string& rel,
                                                Diagnostics& diags);

  const std::map<std::string, ThemeTemplate>& templates() const { return templates_; }
  const std::vector<ThemeAsset>& assets() const { return assets_; }
  const Labels& labels() const { return labels_; }
  // Of the templates' names and texts: what pages are a function of besides the model
  // (assets are copied or compared by content, not rendered).
  std::string digest() const;

 private:
  std::map<std::string, ThemeTemplate> templates_;
  std::vector<ThemeAsset> assets_;  // sorted by output path
  Labels labels_;
};

}  // namespace aimsdoc::portal
