#include "load/link_scanner.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "util/eight_bytes.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Next occurrence of a character at or after a position, remembered: a line full of
// unclosed `](` would otherwise rescan the rest of the line for every one (quadratic).
class NextOf {
 public:
  NextOf(std::string_view line, char c) : line_(line), c_(c) {}
  std::size_t at_or_after(std::size_t from) {
    // Known: no c_ in [searched_from_, found_), so the answer holds for any `from` there.
    if (searched_from_ == npos || from < searched_from_ || from > found_) {
      searched_from_ = from;
      found_ = line_.find(c_, from);
    }
    return found_;
  }

 private:
  std::string_view line_;
  char c_;
  std::size_t searched_from_ = npos, found_ = npos;
};

// Backtick runs of a line by length, indexed on first use, so finding the run that closes
// a code span is a lookup rather than a rescan of the line for every opener.
class BacktickRuns {
 public:
  explicit BacktickRuns(std::string_view line) : line_(line) {}
  // Start of the first run of exactly `length` backticks at or after `from`.
  std::size_t next(std::size_t length, std::size_t from) {
    if (!indexed_) index();
    auto it = starts_.find(length);
    if (it == starts_.end()) return npos;
    auto pos = std::lower_bound(it->second.begin(), it->second.end(), from);
    return pos == it->second.end() ? npos : *pos;
  }

 private:
  void index() {
    indexed_ = true;
    for (std::size_t i = line_.find('`'); i != npos;) {
      std::size_t end = std::min(line_.find_first_not_of('`', i), line_.size());
      starts_[end - i].push_back(i);
      i = line_.find('`', end);
    }
  }

  std::string_view line_;
  bool indexed_ = false;
  std::unordered_map<std::size_t, std::vector<std::size_t>> starts_;
};

// Where the next '\\', '`' or ']' is at or after `i` (line.size() if none): the only
// characters the scan acts on, looked for eight bytes at a time. Every line of every
// policy passes here, and most bytes are none of the three.
std::size_t next_special(std::string_view line, std::size_t i) {
  for (; i + 8 <= line.size(); i += 8) {
    std::uint64_t w = load8(line.data() + i);
    if (std::uint64_t m = bytes_equal(w, '\\') | bytes_equal(w, '`') | bytes_equal(w, ']'))
      return i + static_cast<std::size_t>(__builtin_ctzll(m)) / 8;  // the lowest is exact
  }
  while (i < line.size() && line[i] != '\\' && line[i] != '`' && line[i] != ']') ++i;
  return i;
}

// cmark gives up on link destinations nested deeper than this; so do we, which also bounds
// the work spent on a line of unbalanced parentheses.
constexpr int kMaxParenDepth = 32;

struct LineScanner {
  std::string_view line;
  int line_no;
  std::vector<ScannedLink>& out;
  NextOf next_close{line, ')'};
  NextOf next_angle{line, '>'};
  BacktickRuns backticks{line};

  // Parses `(target "title")` starting at the '('; returns the index after ')'.
  std::size_t inline_target(std::size_t open) {
    std::size_t i = open + 1;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t start = i;
    std::string_view target;
    if (i < line.size() && line[i] == '<') {
      auto close = next_angle.at_or_after(i + 1);
      if (close == npos) return open + 1;
      target = line.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      int depth = 0;
      while (i < line.size() && line[i] != ' ' && !(line[i] == ')' && depth == 0)) {
        if (line[i] == '(' && ++depth > kMaxParenDepth) return open + 1;
        if (line[i] == ')') --depth;
        if (line[i] == '\\' && i + 1 < line.size()) ++i;
        ++i;
      }
      target = line.substr(start, i - start);
    }
    auto close = next_close.at_or_after(i);
    if (close == npos) return open + 1;
    // Kept also when empty: `[x]()` is a link that opens nothing, which the check reports.
    bool no_alt =
        open >= 3 && line[open - 1] == ']' && line[open - 2] == '[' && line[open - 3] == '!';
    out.push_back({std::string(target), no_alt, line_no, static_cast<int>(start) + 1});
    return close + 1;
  }

  // A code span opened by the backtick run at `i`; returns the index after it, or after
  // the opening run when nothing closes it (then the backticks are literal).
  std::size_t code_span(std::size_t i) {
    std::size_t run = std::min(line.find_first_not_of('`', i), line.size()) - i;
    auto close = backticks.next(run, i + run);
    return close == npos ? i + run : close + run;
  }

  void scan() {
    std::size_t i = 0;
    while ((i = next_special(line, i)) < line.size()) {
      char c = line[i];
      if (c == '\\') {
        i += 2;
      } else if (c == '`') {
        i = code_span(i);
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
  if (!target.empty()) out.push_back({target, false, line_no, static_cast<int>(start) + 1});
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
