// check --format sarif: SARIF 2.1.0 (OASIS), validated against its schema in
// tests/ci/sarif_schema.py.
#include <string_view>

#include "check/rule_table.hpp"
#include "cli/build_info.hpp"
#include "cli/ci_report.hpp"
#include "render/site_paths.hpp"
#include "util/json.hpp"

namespace aimsdoc {
namespace {

const char* level(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// The rule table's meanings are Markdown; SARIF's text fields are plain.
std::string plain(std::string_view markdown) {
  std::string out;
  for (char c : markdown)
    if (c != '`') out += c;
  return out;
}

void print_rule(const Rule& r, std::ostream& out) {
  std::string text = plain(r.meaning);
  out << "{\"id\":" << json_string(r.id) << ",\"shortDescription\":{\"text\":" << json_string(text)
      << "},\"help\":{\"text\":"
      << json_string(text + ". Rule " + std::string(r.id) +
                     " of aimsdoc; the message says "
                     "what to do.")
      << ",\"markdown\":" << json_string(r.meaning)
      << "},\"defaultConfiguration\":{\"level\":" << json_string(level(r.severity)) << "}}";
}

void print_location(const CiFinding& f, std::ostream& out) {
  const SourceLocation& loc = f.diagnostic->location;
  bool absolute = !f.path.empty() && f.path[0] == '/';
  out << ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
      << json_string(absolute ? "file://" + escape_url_path(f.path) : escape_url_path(f.path));
  if (!absolute) out << ",\"uriBaseId\":\"%SRCROOT%\"";
  out << "}";
  if (loc.line > 0) {
    out << ",\"region\":{\"startLine\":" << loc.line;
    if (loc.column > 0) out << ",\"startColumn\":" << loc.column;
    out << "}";
  }
  out << "}}]";
}

void print_result(const CiFinding& f, std::ostream& out) {
  const Diagnostic& d = *f.diagnostic;
  out << "{\"ruleId\":" << json_string(d.rule);
  auto rules = rule_table();
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (rules[i].id == d.rule) out << ",\"ruleIndex\":" << i;
  out << ",\"level\":" << json_string(level(d.severity))
      << ",\"message\":{\"text\":" << json_string(d.message) << "}";
  print_location(f, out);
  out << ",\"partialFingerprints\":{\"aimsdocFinding/v1\":" << json_string(f.fingerprint) << "}";
  if (!d.requirement.empty())
    out << ",\"properties\":{\"requirement\":" << json_string(d.requirement) << "}";
  out << "}";
}

}  // namespace

void print_sarif_report(const CheckedAims& checked, const std::filesystem::path& root,
                        std::ostream& out) {
  out << "{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
         "sarif-schema-2.1.0.json\",\"version\":\"2.1.0\","
         "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"aimsdoc\",\"version\":"
      << json_string(aimsdoc_version()) << ",\"semanticVersion\":" << json_string(aimsdoc_version())
      << ",\"rules\":[";
  bool first = true;
  for (const auto& r : rule_table()) {
    out << (first ? "\n  " : ",\n  ");
    print_rule(r, out);
    first = false;
  }
  out << "]}},\"invocations\":[{\"executionSuccessful\":" << (checked.unusable ? "false" : "true")
      << "}],\"results\":[";
  first = true;
  for (const auto& f : ci_findings(checked, root)) {
    out << (first ? "\n  " : ",\n  ");
    print_result(f, out);
    first = false;
  }
  out << "]}]}\n";
}

}  // namespace aimsdoc
