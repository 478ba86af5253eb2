// Fuzzes the policy loader (front matter, YAML, typed reads, link scan): never throws or
// crashes, every diagnostic is located in the file, every link lies inside it.
#include "fuzz_input.hpp"
#include "load/policy_loader.hpp"

using namespace aimsdoc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Diagnostics diags;
  const std::string path = "content/p.md";
  auto text = fuzz::text_input(data, size, path, diags);
  if (!text) return 0;
  int lines = fuzz::count_lines(*text);
  auto policy = parse_policy(*text, path, diags);
  if (policy) {
    fuzz::require(!policy->id.empty(), "a policy without an id");
    for (const auto* field :
         {&policy->title, &policy->owner_id, &policy->version, &policy->approved_by})
      fuzz::require_clean(*field, "a control character in a policy field");
    for (const auto& link : policy->links) {
      fuzz::require(link.line >= policy->body_first_line && link.line <= lines,
                    "link outside the body");
      fuzz::require(link.column >= 1, "link column");
    }
  }
  fuzz::check_diagnostics(diags, path, lines);
  return 0;
}
