// Fuzzes the requirement-record loader (YAML limits, typed reads, evidence items, dates,
// urls) with no root, so evidence files are not looked up.
#include "fuzz_input.hpp"
#include "load/record_loader.hpp"

using namespace aimsdoc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Diagnostics diags;
  const std::string path = "controls/x.yaml";
  auto text = fuzz::text_input(data, size, path, diags);
  if (!text) return 0;
  auto record = parse_record(*text, path, {}, diags);
  if (record) {
    fuzz::require(!record->id.empty(), "a record without an id");
    fuzz::require_clean(record->justification + record->notes_markdown + record->owner_id,
                        "a control character in a record field");
    for (const auto& ev : record->evidence) {
      fuzz::require_clean(ev.id + ev.title + ev.file + ev.url, "a control character in evidence");
      fuzz::require(ev.url.empty() || ev.url.rfind("http", 0) == 0, "a non-http url kept");
      fuzz::require(ev.url.find_first_of("\"<> ") == std::string::npos, "an unsafe url kept");
    }
  }
  fuzz::check_diagnostics(diags, path, fuzz::count_lines(*text));
  return 0;
}
