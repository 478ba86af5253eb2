#pragma once
// The portal's look: templates/<name>.mustache, assets/** and labels.yaml (the words for
// each state and page, keyed as aimsdoc names them). A user theme (site.yaml `theme: path`)
// overrides any single file of the default theme compiled into the binary. Read once with
// the other inputs (load/theme_loader.cpp); the renderer only reads this.
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace aimsdoc {

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
  Theme() = default;
  Theme(std::map<std::string, ThemeTemplate> templates, std::vector<ThemeAsset> assets,
        Labels labels);

  // This theme with only the templates `names` (those one audience's pages use), so that
  // digest() covers no other. A name it lacks is an error located `at` [theme.template].
  Theme only(const std::vector<std::string>& names, const SourceLocation& at,
             Diagnostics& diags) const;

  const std::map<std::string, ThemeTemplate>& templates() const { return templates_; }
  const std::vector<ThemeAsset>& assets() const { return assets_; }
  const Labels& labels() const { return labels_; }
  // Of the templates' names and texts: what pages are a function of besides the model
  // (assets are copied or compared by content, not rendered).
  std::string digest() const;

 private:
  std::map<std::string, ThemeTemplate> templates_;  // by name: "layout"
  std::vector<ThemeAsset> assets_;                  // sorted by output path
  Labels labels_;
};

}  // namespace aimsdoc
