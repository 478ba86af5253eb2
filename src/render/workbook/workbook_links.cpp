#include "render/workbook/workbook_links.hpp"

#include "render/site_paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr std::size_t kMaxUrlLength = 2079;

bool has_unsafe_byte(std::string_view url) {
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>') return true;
  return false;
}

}  // namespace

std::string anchor_link(std::string_view site_anchor) {
  std::size_t hash = site_anchor.find('#');
  if (hash == std::string_view::npos) return escape_url_path(site_anchor);
  return escape_url_path(site_anchor.substr(0, hash)) + std::string(site_anchor.substr(hash));
}

std::optional<std::string> external_link(std::string_view url) {
  std::string lower = ascii_lower(url.substr(0, 8));
  bool allowed = starts_with(lower, "https://") || starts_with(lower, "http://") ||
                 starts_with(lower, "mailto:");
  if (!allowed || url.size() > kMaxUrlLength || has_unsafe_byte(url)) return std::nullopt;
  return std::string(url);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace aimsdoc
