#include "load/theme_loader.hpp"

#include <yaml-cpp/yaml.h>

#include "load/source_files.hpp"
#include "util/embedded.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kDefaultPrefix = "themes/default/";

// The user's theme folder, "" for the default theme, nullopt when the setting is unusable.
std::optional<fs::path> user_theme_dir(const fs::path& root, const SiteConfig& site,
                                       Diagnostics& diags) {
  if (site.theme.empty() || site.theme == "default") return fs::path();
  auto normalized = join_normalized("", site.theme);
  std::error_code ec;
  if (!normalized || fs::path(site.theme).is_absolute()) {
    diags.error(site.location, "theme.path",
                "theme '" + site.theme + "' must be a folder inside the AIMS root");
    return std::nullopt;
  }
  fs::path dir = root / *normalized;
  if (!fs::is_directory(dir, ec)) {
    diags.error(site.location, "theme.path",
                "theme folder '" + site.theme + "' does not exist; use 'default' or create it");
    return std::nullopt;
  }
  return dir;
}

// labels.yaml: a flat map of "group.key: word". The user's file replaces single keys.
void read_labels(const std::string& text, const std::string& origin, const SiteConfig& site,
                 std::map<std::string, std::string, std::less<>>& out, Diagnostics& diags) {
  try {
    YAML::Node doc = YAML::Load(text);
    if (doc.IsNull()) return;
    if (!doc.IsMap()) throw YAML::Exception(YAML::Mark::null_mark(), "not a map of key: word");
    for (const auto& entry : doc) {
      if (!entry.second.IsScalar())
        throw YAML::Exception(entry.second.Mark(),
                              "the label of '" + entry.first.as<std::string>() + "' is not a word");
      out[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
  } catch (const YAML::Exception& e) {
    diags.error(site.location, "theme.labels", origin + ": " + e.what());
  }
}

// File `rel` of the theme: the user theme folder's (`dir`, "" for none), else the default's.
std::optional<ThemeTemplate> read_theme_file(const fs::path& dir, const SiteConfig& site,
                                             const std::string& rel, Diagnostics& diags) {
  std::error_code ec;
  if (!dir.empty() && fs::is_regular_file(dir / rel, ec)) {
    std::string error;
    auto text = read_file(dir / rel, &error);
    if (!text) {
      diags.error(site.location, "theme.read",
                  "cannot read " + (dir / rel).string() + ": " + error);
      return std::nullopt;
    }
    return ThemeTemplate{*text, site.theme + "/" + rel};
  }
  if (auto embedded = embedded_file(std::string(kDefaultPrefix) + rel))
    return ThemeTemplate{std::string(*embedded), std::string(kDefaultPrefix) + rel};
  diags.error(site.location, "theme.template", "no template '" + rel + "' in the theme");
  return std::nullopt;
}

// Each templates/*.mustache of the user theme, read once: checked against the limits as
// text, kept as read for the renderer. After the first that fails, the others are read but
// not checked. False after errors.
bool read_user_templates(const fs::path& root, const SiteConfig& site,
                         std::map<std::string, ThemeTemplate>& out, Diagnostics& diags) {
  const std::string folder = site.theme + "/templates";
  bool ok = true;
  for (const auto& entry : list_tree(root, folder)) {
    std::string_view file = std::string_view(entry.path).substr(folder.size() + 1);
    if (file.find('/') != std::string_view::npos || !ends_with(file, ".mustache")) continue;
    Diagnostics found;
    auto raw = read_input_bytes(root, entry.path, found);
    auto text = raw ? decode_text_input(*raw, entry.path, found) : std::nullopt;
    for (auto d : found.items()) {  // the theme's rules, not a policy's
      if (d.rule == "input.unreadable" || d.rule == "input.too-large") d.rule = "theme.read";
      diags.add(std::move(d));
    }
    ok = ok && text && template_within_limits(*text, entry.path, diags);
    if (raw) out[fs::path(entry.path).stem().string()] = {std::move(*raw), entry.path};
  }
  return ok;
}

// Every asset, the user theme's over the default's, sorted by output path.
std::vector<ThemeAsset> list_assets(const fs::path& dir) {
  std::map<std::string, ThemeAsset> assets;
  for (const auto& path : embedded_files_under(std::string(kDefaultPrefix) + "assets/")) {
    std::string rel = path.substr(kDefaultPrefix.size());
    assets[rel] = ThemeAsset{rel, {}, std::string(*embedded_file(path))};
  }
  // A symlink could pull a file from outside the AIMS root into the published site.
  if (!dir.empty())
    for (auto& e : list_tree(dir, "assets"))
      if (e.found && !e.symlink && S_ISREG(e.st.st_mode))
        assets[e.path] = ThemeAsset{e.path, dir / e.path, {}};
  std::vector<ThemeAsset> out;
  for (auto& [rel, asset] : assets) out.push_back(std::move(asset));
  return out;
}

}  // namespace

bool template_within_limits(std::string_view text, const std::string& path, Diagnostics& diags) {
  std::string open = "{{", close = "}}";
  std::size_t depth = 0;
  for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
    std::size_t start = at + open.size();
    bool triple = open == "{{" && start < text.size() && text[start] == '{';
    std::string end_mark = triple ? "}}}" : close;
    std::size_t end = text.find(end_mark, start);
    if (end == std::string_view::npos) break;  // kainjow reports the unclosed tag
    std::string tag = trim(text.substr(start, end - start));
    at = end + end_mark.size();
    if (triple || tag.empty()) continue;
    if (tag[0] == '#' || tag[0] == '^') {
      if (++depth > kMaxTemplateNesting) {
        auto [line, col] = line_column_at(text, start - open.size());
        diags.error({path, line, col}, "theme.template",
                    "sections nested more than " + std::to_string(kMaxTemplateNesting) +
                        " deep; flatten the template");
        return false;
      }
    } else if (tag[0] == '/') {
      depth -= depth > 0;
    } else if (tag[0] == '=' && tag.size() > 2 && tag.back() == '=') {  // {{=<% %>=}}
      std::string inner = trim(std::string_view(tag).substr(1, tag.size() - 2));
      auto space = inner.find_first_of(" \t");
      if (space == std::string::npos) break;
      open = inner.substr(0, space);
      close = trim(std::string_view(inner).substr(space));
      if (open.empty() || close.empty()) break;
    }
  }
  return true;
}

Theme load_theme(const fs::path& root, SiteConfig& site, Diagnostics& diags) {
  if (!site.theme_usable) return {};  // site.yaml's check said why [theme.path]
  Diagnostics found;
  auto dir = user_theme_dir(root, site, found);
  std::map<std::string, ThemeTemplate> templates;
  Labels labels;
  if (dir && (dir->empty() || read_user_templates(root, site, templates, found))) {
    // The default's words first: a user's labels.yaml replaces only the keys it lists.
    auto words = read_theme_file(fs::path(), site, "labels.yaml", found);
    if (words) read_labels(words->text, words->origin, site, labels.words, found);
    // A theme without a labels.yaml of its own keeps the default's, read above.
    std::error_code ec;
    if (!dir->empty() && fs::is_regular_file(*dir / "labels.yaml", ec))
      if (auto own = read_theme_file(*dir, site, "labels.yaml", found))
        read_labels(own->text, own->origin, site, labels.words, found);
  }
  site.theme_usable = !found.has_errors();
  diags.append(found);
  if (!site.theme_usable) return {};
  for (const auto& path : embedded_files_under(std::string(kDefaultPrefix) + "templates/"))
    templates.try_emplace(fs::path(path).stem().string(),
                          ThemeTemplate{std::string(*embedded_file(path)), path});
  return Theme(std::move(templates), list_assets(*dir), std::move(labels));
}

std::optional<ThemeTemplate> load_theme_file(const fs::path& root, const SiteConfig& site,
                                             const std::string& rel, Diagnostics& diags) {
  auto dir = user_theme_dir(root, site, diags);
  if (!dir) return std::nullopt;
  return read_theme_file(*dir, site, rel, diags);
}

}  // namespace aimsdoc
