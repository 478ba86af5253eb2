#include "load/front_matter.hpp"

#include "util/text.hpp"

namespace aimsdoc {
namespace {

bool is_fence(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---" || (closing && line == "...");
}

}  // namespace

std::string normalize_text(std::string_view raw) {
  if (starts_with(raw, "\xEF\xBB\xBF")) raw.remove_prefix(3);
  std::string out;
  out.reserve(raw.size());
  // Runs between carriage returns are copied whole: most files have none at all.
  for (std::size_t from = 0; from < raw.size();) {
    std::size_t cr = raw.find('\r', from);
    out.append(raw.substr(from, cr == std::string_view::npos ? std::string_view::npos : cr - from));
    if (cr == std::string_view::npos) break;
    out += '\n';
    from = cr + 1 < raw.size() && raw[cr + 1] == '\n' ? cr + 2 : cr + 1;
  }
  return out;
}

std::optional<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& path,
                                                   Diagnostics& diags) {
  auto first_end = text.find('\n');
  std::string_view first = text.substr(0, first_end);
  if (!is_fence(first, false)) {
    diags.error({path, 1, 1}, "front-matter.missing",
                "policy has no front matter; start the file with a line '---', the YAML "
                "fields (id, title, owner, ...), then a line '---'");
    return std::nullopt;
  }
  if (first_end == std::string_view::npos) first_end = text.size();
  std::size_t pos = first_end + 1;
  int line = 2;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (is_fence(text.substr(pos, end - pos), true)) {
      FrontMatterSplit split;
      split.yaml = std::string(text.substr(first_end + 1, pos - first_end - 1));
      split.body = end < text.size() ? std::string(text.substr(end + 1)) : std::string();
      split.body_first_line = line + 1;
      return split;
    }
    pos = end + 1;
    ++line;
  }
  diags.error({path, 1, 1}, "front-matter.unterminated",
              "front matter opened with '---' on line 1 is never closed; add a line '---' "
              "after the last field");
  return std::nullopt;
}

}  // namespace aimsdoc
