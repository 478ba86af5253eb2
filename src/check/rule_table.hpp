#pragma once
// Every rule id aimsdoc reports, with its severity and a one-line meaning: the one home
// of the rule list. README.md's rule table is written from it (tests/unit/rule_table_test.cpp
// keeps them equal) and every rule id a stage reports must be a row here
// (tests/source/rule_ids.py). To add a rule, add one row.
#include <span>
#include <string>
#include <string_view>

#include "util/diagnostic.hpp"

namespace aimsdoc {

struct Rule {
  std::string_view id;
  Severity severity;
  std::string_view meaning;  // one line, Markdown, as README's rule table shows it
  // A rule also reported at the other severity says when here (input.path).
  std::string_view other_severity_when = {};
};

std::span<const Rule> rule_table();
const Rule* find_rule(std::string_view id);

// The row of README.md's rule table for a rule: | `id` | severity | meaning |
std::string readme_rule_row(const Rule& rule);

}  // namespace aimsdoc
