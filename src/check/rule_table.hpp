#pragma once
// Every rule id aimsdoc reports, with its severity and a one-line meaning: the one home
// of the rule list. README.md's rule table is written from it (tests/unit/rule_table_test.cpp
// keeps them equal) and every rule id a stage reports must be a row here
// (tests/source/rule_ids.py). To add a rule, add one row.
#include <span>
#include <string>
#include <string_view>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// What `readiness: draft` does to an error: the writer's to-do list is warnings.
enum class AtDraft {
  Kept,                // an error at any readiness
  Lowered,             // a warning at draft readiness
  LoweredWhenPlanned,  // a warning at draft readiness on a requirement with status planned
};

struct Rule {
  std::string_view id;
  Severity severity;
  std::string_view meaning;  // one line, Markdown, as README's rule table shows it
  // A rule also reported at the other severity for another reason says when (input.path).
  std::string_view other_severity_when = {};
  AtDraft at_draft = AtDraft::Kept;
};

std::span<const Rule> rule_table();
const Rule* find_rule(std::string_view id);

// The row of README.md's rule table for a rule: | `id` | severity | meaning |
std::string readme_rule_row(const Rule& rule);

// Lowers `d` to a warning where its rule's at_draft says so, judged at `readiness` on a
// requirement whose status is planned (`planned`) or not. The one place draft lowers.
void apply_readiness(Diagnostic& d, Readiness readiness, bool planned);
// Adds each of `found` to `diags`, lowered by apply_readiness.
void add_at_readiness(const Diagnostics& found, Readiness readiness, bool planned,
                      Diagnostics& diags);

}  // namespace aimsdoc
