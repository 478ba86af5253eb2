#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "check/rule_table.hpp"

using namespace aimsdoc;

namespace {

// The rows of README.md's rule table: the lines starting "| `" under "## Rules".
std::vector<std::string> readme_rule_rows() {
  std::ifstream in(std::string(AIMSDOC_SOURCE_DIR) + "/README.md");
  std::vector<std::string> rows;
  bool in_rules = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) in_rules = line == "## Rules";
    else if (in_rules && line.rfind("| `", 0) == 0) rows.push_back(line);
  }
  return rows;
}

}  // namespace

TEST_CASE("README's rule table is the rule table of src/check/rule_table.cpp, row for row") {
  std::vector<std::string> expected;
  for (const Rule& rule : rule_table()) expected.push_back(readme_rule_row(rule));
  std::vector<std::string> readme = readme_rule_rows();
  if (readme != expected) {
    // The whole table, unwrapped, to paste under README's "## Rules" header row.
    std::cout << "README.md's rule table should read:\n";
    for (const std::string& row : expected) std::cout << row << "\n";
    std::size_t n = 0;
    while (n < readme.size() && n < expected.size() && readme[n] == expected[n]) ++n;
    INFO("first difference at row " << n + 1);
    CHECK((n < readme.size() ? readme[n] : "(no row)") ==
          (n < expected.size() ? expected[n] : "(no row)"));
  }
}

TEST_CASE("rule ids are unique, look like family.name, and find_rule finds each") {
  std::set<std::string_view> seen;
  for (const Rule& rule : rule_table()) {
    INFO(rule.id);
    CHECK(seen.insert(rule.id).second);
    CHECK(rule.id.find('.') != std::string_view::npos);
    CHECK(rule.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz-.") == std::string_view::npos);
    CHECK_FALSE(rule.meaning.empty());
    CHECK(find_rule(rule.id) == &rule);
  }
  CHECK(find_rule("workbook.render") == nullptr);
}

// Draft readiness lowers what the table says and nothing else, so check, README and the
// fixtures all-planned-draft and audit-programme read one list.
TEST_CASE("draft readiness lowers exactly the errors the rule table marks") {
  auto judged = [](const char* rule, Readiness readiness, bool planned) {
    Diagnostic d;
    d.rule = rule;
    d.severity = Severity::Error;
    apply_readiness(d, readiness, planned);
    return d.severity;
  };
  CHECK(judged("coverage.not-implemented", Readiness::Draft, false) == Severity::Warning);
  CHECK(judged("review.programme", Readiness::Draft, false) == Severity::Warning);
  CHECK(judged("coverage.evidence", Readiness::Draft, true) == Severity::Warning);
  CHECK(judged("coverage.evidence", Readiness::Draft, false) == Severity::Error);
  CHECK(judged("coverage.not-implemented", Readiness::Certification, true) == Severity::Error);
  CHECK(judged("finding.overdue", Readiness::Draft, true) == Severity::Error);
  CHECK(judged("no.such-rule", Readiness::Draft, true) == Severity::Error);
  for (const Rule& rule : rule_table()) {
    INFO(rule.id);
    if (rule.at_draft != AtDraft::Kept) {
      CHECK(rule.severity == Severity::Error);
      CHECK(rule.other_severity_when.empty());  // the README's words come from at_draft
      CHECK(readme_rule_row(rule).find("draft readiness") != std::string::npos);
    }
  }
}
