// Holds parse_policy's fast path to yaml-cpp: wherever the simple front matter reader reads
// a policy, the YAML path reads the same policy, field for field and location for location,
// and reports the same findings (the limits on values, such as field.too-long, apply to
// both alike).
#include <string>
#include <vector>

#include "fuzz_input.hpp"
#include "load/policy_loader.hpp"

using namespace aimsdoc;

namespace {

bool same_references(const std::vector<Reference>& a, const std::vector<Reference>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].text != b[i].text || !(a[i].location == b[i].location)) return false;
  return true;
}

bool same_links(const std::vector<DocumentLink>& a, const std::vector<DocumentLink>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].target != b[i].target || a[i].fragment != b[i].fragment ||
        a[i].policy != b[i].policy || a[i].line != b[i].line || a[i].column != b[i].column)
      return false;
  return true;
}

bool same_fields(const Policy& a, const Policy& b) {
  return a.id == b.id && a.title == b.title && a.owner_id == b.owner_id && a.version == b.version &&
         a.approved_by == b.approved_by && a.effective == b.effective &&
         a.review_by == b.review_by && a.location == b.location &&
         same_references(a.covers, b.covers);
}

bool same_rest(const Policy& a, const Policy& b) {
  return a.source_path == b.source_path && a.body.text().str() == b.body.text().str() &&
         a.body_first_line == b.body_first_line && a.model_part_digest == b.model_part_digest &&
         same_links(a.links, b.links) && a.owner == b.owner && a.requirements == b.requirements &&
         same_references(a.external_covers, b.external_covers);
}

std::vector<std::string> findings(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(format_diagnostic(item));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Diagnostics input;
  const std::string path = "content/p.md";
  auto text = fuzz::text_input(data, size, path, input);
  if (!text) return 0;
  Diagnostics fast_found, slow_found;
  auto fast = parse_policy(*text, path, fast_found, FrontMatterReader::SimpleOnly);
  if (!fast) return 0;
  auto slow = parse_policy(*text, path, slow_found, FrontMatterReader::YamlOnly);
  fuzz::require(slow.has_value(), "yaml-cpp refuses what the fast path took");
  fuzz::require(findings(fast_found) == findings(slow_found),
                "the fast path and yaml-cpp report different findings");
  fuzz::require(same_fields(*fast, *slow), "the fast path read other front matter fields");
  fuzz::require(same_rest(*fast, *slow), "the fast path changed the body, links or digest");
  return 0;
}
