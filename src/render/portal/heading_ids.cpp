#include "render/portal/heading_ids.hpp"

#include <algorithm>
#include <utility>

namespace aimsdoc::portal {

std::string heading_slug(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
      out += static_cast<char>(c);
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::vector<std::string> unique_heading_slugs(const std::vector<std::string>& heading_texts) {
  // A document has tens of headings: a list searched in turn beats a tree of strings.
  std::vector<std::pair<std::string, int>> seen;
  std::vector<std::string> out;
  out.reserve(heading_texts.size());
  for (const auto& text : heading_texts) {
    std::string base = heading_slug(text);
    if (base.empty()) base = "section";
    auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == base; });
    int n = it == seen.end() ? 0 : it->second++;
    if (it == seen.end()) seen.emplace_back(base, 1);
    out.push_back(n == 0 ? std::move(base) : base + "-" + std::to_string(n));
  }
  return out;
}

std::string add_heading_ids(std::string_view html, const std::vector<std::string>& ids) {
  std::string out;
  out.reserve(html.size() + ids.size() * 24);
  std::size_t next = 0, pos = 0;
  while (next < ids.size()) {
    auto open = html.find("<h", pos);
    if (open == std::string_view::npos) break;
    bool heading = open + 3 < html.size() && html[open + 2] >= '1' && html[open + 2] <= '6' &&
                   html[open + 3] == '>';
    out.append(html.substr(pos, open + (heading ? 3 : 2) - pos));
    pos = open + (heading ? 3 : 2);
    if (heading) {
      out += " id=\"";
      out += ids[next++];
      out += '"';
    }
  }
  out.append(html.substr(pos));
  return out;
}

}  // namespace aimsdoc::portal
