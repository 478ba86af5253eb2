// Fuzzes the Markdown link scanner: every link found lies inside the text, and its target is
// written there, on its line at its column (or just after a `<`). `[x]()` gives an
// empty target on purpose: the check reports it as link.empty.
#include "fuzz_input.hpp"
#include "load/link_scanner.hpp"

using namespace aimsdoc;

namespace {

std::string_view line_at(std::string_view text, int line) {
  std::size_t begin = 0;
  for (int n = 1; n < line; ++n) begin = text.find('\n', begin) + 1;
  std::size_t end = text.find('\n', begin);
  return text.substr(begin, end == std::string_view::npos ? end : end - begin);
}

bool written_at(std::string_view line, std::size_t at, std::string_view target) {
  return at <= line.size() && line.substr(at, target.size()) == target;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view md = fuzz::bytes(data, size);
  int lines = fuzz::count_lines(md);
  for (const auto& link : scan_markdown_links(md)) {
    fuzz::require(link.line >= 1 && link.line <= lines, "link line out of range");
    fuzz::require(link.column >= 1, "link column");
    std::string_view line = line_at(md, link.line);
    auto at = static_cast<std::size_t>(link.column - 1);
    fuzz::require(at <= line.size(), "link column past the end of its line");
    bool bracketed = at < line.size() && line[at] == '<';
    fuzz::require(
        written_at(line, at, link.target) || (bracketed && written_at(line, at + 1, link.target)),
        "target not written at the link's line and column");
  }
  return 0;
}
