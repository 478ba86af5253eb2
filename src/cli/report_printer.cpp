#include "cli/report_printer.hpp"

#include "util/json.hpp"

namespace aimsdoc {
namespace {

void print_tally(const char* name, const KindTally& t, std::ostream& out) {
  out << json_string(name) << ":{\"total\":" << t.total << ",\"covered\":" << t.covered
      << ",\"excluded\":" << t.excluded << ",\"planned\":" << t.planned
      << ",\"partial\":" << t.partial << ",\"implemented\":" << t.implemented << "}";
}

}  // namespace

void print_text_report(const CheckedAims& c, std::ostream& out) {
  for (const auto& d : c.diagnostics.items()) out << format_diagnostic(d) << '\n';
  if (!c.unusable)
    out << c.report.summary_line(c.diagnostics.error_count(), c.diagnostics.warning_count())
        << '\n';
}

void print_json_report(const CheckedAims& c, std::ostream& out, const FrameworkCoverage* fw) {
  out << "{\"diagnostics\":[";
  bool first = true;
  for (const auto& d : c.diagnostics.items()) {
    out << (first ? "" : ",") << "\n  {\"path\":" << json_string(d.location.path)
        << ",\"line\":" << d.location.line << ",\"column\":" << d.location.column
        << ",\"severity\":" << json_string(severity_name(d.severity))
        << ",\"rule\":" << json_string(d.rule) << ",\"message\":" << json_string(d.message)
        << ",\"requirement\":" << json_string(d.requirement) << "}";
    first = false;
  }
  out << "\n],\"summary\":{\"errors\":" << c.diagnostics.error_count()
      << ",\"warnings\":" << c.diagnostics.warning_count() << ",";
  print_tally("clauses", c.report.clauses, out);
  out << ",";
  print_tally("controls", c.report.controls, out);
  out << ",\"evidence\":{\"items\":" << c.report.evidence_items
      << ",\"stale\":" << c.report.evidence_stale << ",\"expired\":" << c.report.evidence_expired
      << ",\"expiring_soon\":" << c.report.evidence_expiring_soon << "},\"gaps\":[";
  first = true;
  for (const auto& g : c.report.gaps) {
    out << (first ? "" : ",") << json_string(g);
    first = false;
  }
  const TraceTally& t = c.report.trace;
  out << "],\"trace\":{\"systems\":" << t.systems << ",\"systems_assessed\":" << t.systems_assessed
      << ",\"assessments\":" << t.assessments << ",\"assessments_current\":" << t.assessments_current
      << ",\"risks\":" << t.risks << ",\"risks_treated\":" << t.risks_treated
      << ",\"risks_accepted\":" << t.risks_accepted
      << ",\"risks_above_appetite\":" << t.risks_above_appetite
      << ",\"objectives\":" << t.objectives
      << ",\"objectives_on_track\":" << t.objectives_on_track << "}}";
  if (fw)
    out << ",\"framework\":{\"id\":" << json_string(fw->framework->id)
        << ",\"covered\":" << fw->covered << ",\"partial\":" << fw->partial
        << ",\"gap\":" << fw->gap << ",\"not_mapped\":" << fw->not_mapped << "}";
  out << "}\n";
}

}  // namespace aimsdoc
