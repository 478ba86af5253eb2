#include "render/portal/theme.hpp"

#include <optional>

#include <yaml-cpp/yaml.h>

#include "util/embedded.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc::portal {
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

void list_user_assets(const fs::path& dir, std::map<std::string, ThemeAsset>& out) {
  std::error_code ec;
  fs::path assets = dir / "assets";
  if (!fs::is_directory(assets, ec)) return;
  for (auto it = fs::recursive_directory_iterator(assets, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // A symlink could pull a file from outside the AIMS root into the published site.
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    std::string rel = "assets/" + fs::relative(it->path(), assets, ec).generic_string();
    out[rel] = ThemeAsset{rel, it->path(), {}};
  }
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

}  // namespace

std::string Labels::operator()(std::string_view group, std::string_view key) const {
  std::string full;
  full.reserve(group.size() + 1 + key.size());
  full.append(group).append(".").append(key);
  auto it = words.find(full);
  return it != words.end() ? it->second : std::string(key);
}

std::optional<ThemeTemplate> Theme::load_file(const fs::path& root, const SiteConfig& site,
                                              const std::string& rel, Diagnostics& diags) {
  auto dir = user_theme_dir(root, site, diags);
  if (!dir) return std::nullopt;
  return read_theme_file(*dir, site, rel, diags);
}

Theme Theme::load(const fs::path& root, const SiteConfig& site,
                  const std::vector<std::string>& names, Diagnostics& diags) {
  Theme theme;
  auto dir = user_theme_dir(root, site, diags);
  if (!dir) return theme;
  // The default's words first: a user's labels.yaml replaces only the keys it lists.
  const std::string labels_rel = "labels.yaml";
  if (auto words = embedded_file(std::string(kDefaultPrefix) + labels_rel))
    read_labels(std::string(*words), std::string(kDefaultPrefix) + labels_rel, site,
                theme.labels_.words, diags);
  if (auto labels = read_theme_file(*dir, site, labels_rel, diags); labels && !dir->empty())
    read_labels(labels->text, labels->origin, site, theme.labels_.words, diags);
  for (const auto& name : names)
    if (auto file = read_theme_file(*dir, site, "templates/" + name + ".mustache", diags))
      theme.templates_[name] = std::move(*file);
  std::map<std::string, ThemeAsset> assets;
  for (const auto& path : embedded_files_under(std::string(kDefaultPrefix) + "assets/")) {
    std::string rel = path.substr(kDefaultPrefix.size());
    assets[rel] = ThemeAsset{rel, {}, std::string(*embedded_file(path))};
  }
  if (!dir->empty()) list_user_assets(*dir, assets);
  for (auto& [rel, asset] : assets) theme.assets_.push_back(std::move(asset));
  return theme;
}

std::string Theme::digest() const {
  std::string all;
  for (const auto& [name, t] : templates_) {
    put_field(all, name);
    put_field(all, t.text);
  }
  for (const auto& [key, word] : labels_.words) {
    put_field(all, key);
    put_field(all, word);
  }
  return sha256_hex(all);
}

}  // namespace aimsdoc::portal
