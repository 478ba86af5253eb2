#include "model/theme.hpp"

#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {

std::string Labels::operator()(std::string_view group, std::string_view key) const {
  std::string full;
  full.reserve(group.size() + 1 + key.size());
  full.append(group).append(".").append(key);
  auto it = words.find(full);
  return it != words.end() ? it->second : std::string(key);
}

Theme::Theme(std::map<std::string, ThemeTemplate> templates, std::vector<ThemeAsset> assets,
             Labels labels)
    : templates_(std::move(templates)), assets_(std::move(assets)), labels_(std::move(labels)) {}

Theme Theme::only(const std::vector<std::string>& names, const SourceLocation& at,
                  Diagnostics& diags) const {
  std::map<std::string, ThemeTemplate> some;
  for (const auto& name : names) {
    auto it = templates_.find(name);
    if (it != templates_.end())
      some.emplace(name, it->second);
    else
      diags.error(at, "theme.template",
                  "no template 'templates/" + name + ".mustache' in the theme");
  }
  return Theme(std::move(some), assets_, labels_);
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

}  // namespace aimsdoc
