#include "load/theme_limits.hpp"

#include <algorithm>
#include <vector>

#include "load/source_files.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {

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

bool theme_within_limits(const std::filesystem::path& root, const std::string& theme,
                         Diagnostics& diags) {
  std::error_code ec;
  std::vector<std::string> names;
  std::string folder = theme + "/templates";
  for (std::filesystem::directory_iterator it(root / folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (ends_with(name, ".mustache")) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  bool ok = true;
  for (const auto& name : names) {
    std::string rel = folder + "/" + name;
    Diagnostics found;
    auto text = read_text_input(root, rel, found);
    for (auto d : found.items()) {  // the theme's rules, not a policy's
      if (d.rule == "input.unreadable" || d.rule == "input.too-large") d.rule = "theme.read";
      diags.add(std::move(d));
    }
    ok = ok && text && template_within_limits(*text, rel, diags);
  }
  return ok;
}

}  // namespace aimsdoc
