#include "load/policy_loader.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>

#include "load/formats.hpp"
#include "load/front_matter.hpp"
#include "load/link_scanner.hpp"
#include "load/markdown_limits.hpp"
#include "load/simple_front_matter.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "model/model_digest.hpp"
#include "util/ids.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const std::vector<std::string> kPolicyKeys = keys_of(policy_format().fields);

void collect_links(Policy& p) {
  auto scanned = scan_markdown_links(p.body.text().str());
  p.links.reserve(scanned.size());
  for (auto& link : scanned) {
    DocumentLink& d = p.links.emplace_back();
    d.target = std::move(link.target);
    d.image_without_alt = link.image_without_alt;
    d.line = link.line + p.body_first_line - 1;
    d.column = link.column;
  }
}

// A value the YAML path takes as a required string without a word: a scalar, not blank.
bool simple_string(const SimpleMap& map, std::string_view key, std::string& out) {
  const SimpleValue* value = map.find(key);
  if (!value || value->is_list || trim(value->text).empty()) return false;
  out = value->text;
  return true;
}

// A value the YAML path takes as a required date without a word: a scalar, a real day.
bool simple_date(const SimpleMap& map, std::string_view key, std::optional<Date>& out) {
  const SimpleValue* value = map.find(key);
  if (!value || value->is_list) return false;
  out = parse_date(value->text);
  return out.has_value();
}

// The fast path: front matter the simple reader can read, holding every key with a value
// the YAML path would take without a word (no empty string, real dates, a valid id, covers
// a list). Anything less is left to the YAML path, which says what is wrong.
std::optional<Policy> read_simple_fields(const FrontMatterSplit& split, const std::string& path,
                                         Diagnostics& diags) {
  auto map = read_simple_map(split.yaml, path, split.yaml_first_line, kPolicyKeys);
  if (!map || map->entries.size() != kPolicyKeys.size()) return std::nullopt;
  Policy p;
  bool read =
      simple_string(*map, "id", p.id) && simple_string(*map, "title", p.title) &&
      simple_string(*map, "owner", p.owner_id) && simple_string(*map, "version", p.version) &&
      simple_string(*map, "approved_by", p.approved_by) &&
      simple_date(*map, "effective", p.effective) && simple_date(*map, "review_by", p.review_by);
  const SimpleValue* covers = map->find("covers");
  if (!read || !covers->is_list || !is_valid_policy_id(p.id)) return std::nullopt;
  p.source_path = path;
  p.location = map->find("id")->location;
  p.owner_location = map->find("owner")->location;
  p.review_by_location = map->find("review_by")->location;
  p.covers = covers->items;
  limit_title(p.title, "the title", map->find("title")->location, diags);
  return p;
}

std::optional<Policy> read_yaml_fields(const FrontMatterSplit& split, const std::string& path,
                                       Diagnostics& diags) {
  YamlSource src{path, split.yaml_first_line - 1};
  auto doc = parse_yaml(split.yaml, src, diags);
  if (!doc) return std::nullopt;
  MapReader r(*doc, src, diags, kPolicyKeys);
  if (!r.ok()) return std::nullopt;
  Policy p;
  p.source_path = path;
  p.location = r.location_of("id");
  p.owner_location = r.location_of("owner");
  p.review_by_location = r.location_of("review_by");
  p.id = r.string("id", true).value_or("");
  p.title = r.string("title", true).value_or(p.id);
  limit_title(p.title, "the title", r.location_of("title"), diags);
  p.owner_id = r.string("owner", true).value_or("");
  p.version = r.string("version", true).value_or("");
  p.approved_by = r.string("approved_by", true).value_or("");
  p.effective = r.date("effective", true);
  p.review_by = r.date("review_by", true);
  p.covers = r.string_list("covers");
  if (!r.has("covers"))
    diags.warning(r.location(), "policy.covers",
                  "policy lists no requirements under 'covers:'; it will not count towards "
                  "coverage");
  if (p.id.empty()) return std::nullopt;
  if (!is_valid_policy_id(p.id)) {
    diags.error(r.location_of("id"), "id.syntax",
                "policy id '" + p.id + "' may hold only letters, digits, '.', '_' and '-'");
    return std::nullopt;
  }
  return p;
}

std::optional<Policy> read_fields(const FrontMatterSplit& split, const std::string& path,
                                  Diagnostics& diags, FrontMatterReader reader) {
  if (reader == FrontMatterReader::YamlOnly) return read_yaml_fields(split, path, diags);
  auto p = read_simple_fields(split, path, diags);
  if (p || reader == FrontMatterReader::SimpleOnly) return p;
  return read_yaml_fields(split, path, diags);
}

}  // namespace

std::optional<Policy> parse_policy(const std::string& text, const std::string& path,
                                   Diagnostics& diags, FrontMatterReader reader) {
  auto split = split_front_matter(text, path, diags);
  if (!split) return std::nullopt;
  auto p = read_fields(*split, path, diags, reader);
  if (!p) return std::nullopt;
  p->body_first_line = split->body_first_line;
  if (markdown_within_limits(split->body, path, split->body_first_line, diags))
    p->body = PolicyText(std::move(split->body));
  collect_links(*p);
  p->model_part_digest = model_part_digest(*p, split->yaml);
  return p;
}

std::optional<PolicySnapshot> parse_policy_snapshot(const std::string& text,
                                                    const std::string& path) {
  Diagnostics ignored;  // what a past revision got wrong was reported then
  auto split = split_front_matter(text, path, ignored);
  if (!split) return std::nullopt;
  auto p = read_fields(*split, path, ignored, FrontMatterReader::Auto);
  if (!p) return std::nullopt;
  return PolicySnapshot{std::move(p->id),          std::move(p->title),
                        std::move(p->version),     path,
                        std::move(p->approved_by), std::move(split->body)};
}

BodyBudget::BodyBudget(const std::filesystem::path& root, std::size_t bytes)
    : left_(bytes), reader_(std::make_shared<const BodyReader>([root](const std::string& relative) {
        return read_body_again(root, relative);
      })) {}

bool BodyBudget::take(std::size_t bytes) {
  std::size_t left = left_.load(std::memory_order_relaxed);
  while (left >= bytes)
    if (left_.compare_exchange_weak(left, left - bytes, std::memory_order_relaxed)) return true;
  return false;
}

std::size_t BodyBudget::from_environment() {
  const char* set = std::getenv("AIMSDOC_BODY_MEMORY");
  std::size_t bytes = 0;
  if (set && std::from_chars(set, set + std::strlen(set), bytes).ec == std::errc()) return bytes;
  return kDefaultBodyMemory;
}

std::optional<Policy> load_policy(const std::filesystem::path& root, const std::string& relative,
                                  Diagnostics& diags, BodyBudget& budget,
                                  const TakeOver& take_over) {
  auto before = identify_input(root / relative);
  if (before && take_over.previous)
    if (auto p = take_over.previous->take(relative, *before, budget.reader())) return p;
  auto text = read_text_input(root, relative, diags, TextKind::Markdown);
  if (!text) return std::nullopt;
  auto p = parse_policy(*text, relative, diags);
  if (!p) return p;
  if (!budget.take(p->body.size())) p->body.leave_in_file(relative, budget.reader());
  // Recorded with no finding to repeat, and only when the file held still before the load
  // started: a change from then on, during the read too, gives it a later change time, so
  // the next build sees another identity and reads it.
  if (before && diags.items().empty() && held_still_before(*before, take_over.started))
    p->file = before;
  return p;
}

std::optional<std::string> read_body_again(const std::filesystem::path& root,
                                           const std::string& relative) {
  Diagnostics ignored;  // the body is checked against the one loaded, which was reported
  auto text = read_text_input(root, relative, ignored, TextKind::Markdown);
  if (!text) return std::nullopt;
  auto split = split_front_matter(*text, relative, ignored);
  if (!split) return std::nullopt;
  return std::move(split->body);
}

}  // namespace aimsdoc
