#include "render/portal/heading_ids.hpp"

namespace aimsdoc::portal {

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
