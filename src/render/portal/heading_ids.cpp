#include "render/portal/heading_ids.hpp"

#include <cctype>
#include <map>

namespace aimsdoc::portal {

std::string heading_slug(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c >= 0x80 || std::isalnum(c) || c == '-' || c == '_')
      out += static_cast<char>(c >= 0x80 ? c : std::tolower(c));
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::vector<std::string> unique_heading_slugs(const std::vector<std::string>& heading_texts) {
  std::map<std::string, int> seen;
  std::vector<std::string> out;
  for (const auto& text : heading_texts) {
    std::string base = heading_slug(text);
    if (base.empty()) base = "section";
    int n = seen[base]++;
    out.push_back(n == 0 ? base : base + "-" + std::to_string(n));
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
    if (heading) out += " id=\"" + ids[next++] + "\"";
  }
  out.append(html.substr(pos));
  return out;
}

}  // namespace aimsdoc::portal
