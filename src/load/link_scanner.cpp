#include "load/link_scanner.hpp"

#include "util/text.hpp"

namespace aimsdoc {
namespace {

struct LineScanner {
  std::string_view line;
  int line_no;
  std::vector<ScannedLink>& out;

  // Parses `(target "title")` starting at the '('; returns the index after ')'.
  std::size_t inline_target(std::size_t open) {
    std::size_t i = open + 1;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t start = i;
    std::string target;
    if (i < line.size() && line[i] == '<') {
      auto close = line.find('>', i + 1);
      if (close == std::string_view::npos) return open + 1;
      target = std::string(line.substr(i + 1, close - i - 1));
      i = close + 1;
    } else {
      int depth = 0;
      while (i < line.size() && line[i] != ' ' && !(line[i] == ')' && depth == 0)) {
        if (line[i] == '(') ++depth;
        if (line[i] == ')') --depth;
        if (line[i] == '\\' && i + 1 < line.size()) ++i;
        ++i;
      }
      target = std::string(line.substr(start, i - start));
    }
    auto close = line.find(')', i);
    if (close == std::string_view::npos) return open + 1;
    if (!target.empty())
      out.push_back({target, line_no, static_cast<int>(start) + 1});
    return close + 1;
  }

  void scan() {
    std::size_t i = 0;
    while (i < line.size()) {
      char c = line[i];
      if (c == '\\') {
        i += 2;
      } else if (c == '`') {
        std::size_t run = line.find_first_not_of('`', i) - i;
        if (i + run > line.size()) return;
        auto close = line.find(std::string(run, '`'), i + run);
        i = close == std::string_view::npos ? i + run : close + run;
      } else if (c == ']' && i + 1 < line.size() && line[i + 1] == '(') {
        i = inline_target(i + 1);
      } else {
        ++i;
      }
    }
  }
};

// `[label]: target` at the start of a line (up to 3 spaces of indent).
bool reference_definition(std::string_view line, int line_no, std::vector<ScannedLink>& out) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || i > 3 || line[i] != '[' ||
      (i + 1 < line.size() && line[i + 1] == '^'))
    return false;
  auto close = line.find("]:", i);
  if (close == std::string_view::npos) return false;
  std::size_t start = line.find_first_not_of(' ', close + 2);
  if (start == std::string_view::npos) return false;
  std::size_t end = line.find(' ', start);
  std::string target(line.substr(start, end == std::string_view::npos ? end : end - start));
  if (target.size() > 1 && target.front() == '<' && target.back() == '>')
    target = target.substr(1, target.size() - 2);
  out.push_back({target, line_no, static_cast<int>(start) + 1});
  return true;
}

bool fence_marker(std::string_view line, std::string& fence) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || i > 3) return false;
  char c = line[i];
  if (c != '`' && c != '~') return false;
  std::size_t n = line.find_first_not_of(c, i);
  n = (n == std::string_view::npos ? line.size() : n) - i;
  if (n < 3) return false;
  if (fence.empty()) {
    fence = std::string(n, c);
    return true;
  }
  if (fence[0] == c && n >= fence.size() && trim(line.substr(i + n)).empty()) {
    fence.clear();
    return true;
  }
  return false;
}

}  // namespace

std::vector<ScannedLink> scan_markdown_links(std::string_view md) {
  std::vector<ScannedLink> out;
  std::string fence;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= md.size()) {
    auto end = md.find('\n', pos);
    if (end == std::string_view::npos) end = md.size();
    std::string_view line = md.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (fence_marker(line, fence) || !fence.empty()) continue;
    if (reference_definition(line, line_no, out)) continue;
    LineScanner{line, line_no, out}.scan();
  }
  return out;
}

}  // namespace aimsdoc
