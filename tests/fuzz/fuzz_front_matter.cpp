// Fuzzes the front-matter splitter: any text splits into YAML and body that are both
// pieces of the text, or gives one located front-matter error.
#include "fuzz_input.hpp"
#include "load/front_matter.hpp"

using namespace aimsdoc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Diagnostics diags;
  auto text = fuzz::text_input(data, size, "content/p.md", diags);
  if (!text) return 0;
  auto split = split_front_matter(*text, "content/p.md", diags);
  if (split) {
    fuzz::require(diags.items().empty(), "a split with diagnostics");
    fuzz::require(split->yaml.size() + split->body.size() <= text->size(), "split grew");
    fuzz::require(text->find(split->yaml) != std::string::npos, "yaml is not part of the text");
    fuzz::require(split->body_first_line >= 3, "body starts before the closing fence");
  } else {
    fuzz::require(diags.error_count() == 1, "a failed split without exactly one error");
  }
  fuzz::check_diagnostics(diags, "content/p.md", fuzz::count_lines(*text));
  return 0;
}
