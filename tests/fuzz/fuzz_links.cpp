// Fuzzes the Markdown link scanner: every link found lies inside the text, at a position
// where its target is written.
#include "fuzz_input.hpp"
#include "load/link_scanner.hpp"

using namespace aimsdoc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view md = fuzz::bytes(data, size);
  int lines = fuzz::count_lines(md);
  for (const auto& link : scan_markdown_links(md)) {
    fuzz::require(link.line >= 1 && link.line <= lines, "link line out of range");
    fuzz::require(link.column >= 1, "link column");
    fuzz::require(!link.target.empty(), "empty link target");
    fuzz::require(link.target.size() <= md.size(), "target longer than the text");
  }
  return 0;
}
