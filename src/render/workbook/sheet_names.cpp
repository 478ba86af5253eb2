// Excel's rules for sheet names, applied to names that come from user data (a framework's
// short name): at most 31 characters, none of []:*?/\, no leading or trailing apostrophe,
// unique ignoring case, and never "History" (reserved by Excel).
#include "render/workbook/sheet_tables.hpp"
#include "util/name_collisions.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr std::size_t kMaxSheetChars = 31;

// The first `n` characters (code points) of UTF-8 text.
std::string first_chars(std::string_view s, std::size_t n) {
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < n) {
    ++i;
    while (i < s.size() && is_utf8_continuation(s[i])) ++i;
    ++chars;
  }
  return std::string(s.substr(0, i));
}

std::string sanitize(std::string_view raw) {
  std::string out;
  for (char c : raw) {
    bool forbidden = std::string_view("[]:*?/\\").find(c) != std::string_view::npos ||
                     static_cast<unsigned char>(c) < 0x20;
    out += forbidden ? '-' : c;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(0, 1);
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  return first_chars(out, kMaxSheetChars);
}

// Excel compares sheet names ignoring case, also of non-ASCII letters ("Ä" and "ä").
bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  std::string key = collision_key(name);
  if (key == "history") return true;
  for (const auto& t : taken)
    if (collision_key(t) == key) return true;
  return false;
}

}  // namespace

std::string framework_sheet_name(const Framework& f, std::vector<std::string>& taken) {
  std::string base = sanitize(!f.short_name.empty() ? f.short_name
                              : !f.name.empty()     ? f.name
                                                    : f.id);
  if (base.empty()) base = "Framework";
  std::string name = base;
  for (int n = 2; is_taken(name, taken); ++n) {
    std::string suffix = " (" + std::to_string(n) + ")";
    name = first_chars(base, kMaxSheetChars - suffix.size()) + suffix;
  }
  taken.push_back(name);
  return name;
}

}  // namespace aimsdoc
