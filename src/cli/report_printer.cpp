#include "cli/report_printer.hpp"

#include "util/json.hpp"

namespace aimsdoc {
namespace {

// "health" counts what the check derived, "status" what the records declare.
void print_tally(const char* name, const KindTally& t, std::ostream& out) {
  out << json_string(name) << ":{\"total\":" << t.total
      << ",\"health\":{\"conformant\":" << t.conformant << ",\"partial\":" << t.partial
      << ",\"gap\":" << t.gap << ",\"excluded\":" << t.excluded
      << "},\"status\":{\"implemented\":" << t.implemented << ",\"partial\":" << t.status_partial
      << ",\"planned\":" << t.planned << ",\"none\":" << t.no_status
      << ",\"not_applicable\":" << t.not_applicable << ",\"no_record\":" << t.no_record << "}}";
}

void print_evidence(const CoverageReport& report, std::ostream& out) {
  out << "\"evidence\":{\"items\":" << report.evidence_items;
  for (std::size_t s = 0; s < kEvidenceStateCount; ++s)
    out << "," << json_string(evidence_state_key(static_cast<EvidenceState>(s))) << ":"
        << report.evidence_by_state[s];
  out << "}";
}

void print_requirements(const CheckedAims& c, std::ostream& out) {
  out << ",\"requirements\":[";
  for (std::size_t i = 0; i < c.aims.requirements.size(); ++i) {
    const Requirement& r = c.aims.requirements[i];
    out << (i ? "," : "") << "\n  {\"id\":" << json_string(r.id())
        << ",\"applicable\":" << (r.applicable() ? "true" : "false")
        << ",\"status\":" << json_string(status_name(r.record.status))
        << ",\"health\":" << json_string(health_key(c.report.health_of(i))) << "}";
  }
  out << "\n]";
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
      << ",\"warnings\":" << c.diagnostics.warning_count()
      << ",\"readiness\":" << json_string(readiness_name(c.report.readiness)) << ",";
  print_tally("clauses", c.report.clauses, out);
  out << ",";
  print_tally("controls", c.report.controls, out);
  out << ",";
  print_evidence(c.report, out);
  out << ",\"gaps\":[";
  first = true;
  for (const auto& g : c.report.gaps) {
    out << (first ? "" : ",") << json_string(g);
    first = false;
  }
  const TraceTally& t = c.report.trace;
  out << "],\"trace\":{\"systems\":" << t.systems << ",\"systems_assessed\":" << t.systems_assessed
      << ",\"assessments\":" << t.assessments
      << ",\"assessments_current\":" << t.assessments_current << ",\"risks\":" << t.risks
      << ",\"risks_treated\":" << t.risks_treated << ",\"risks_accepted\":" << t.risks_accepted
      << ",\"risks_above_appetite\":" << t.risks_above_appetite
      << ",\"objectives\":" << t.objectives << ",\"objectives_on_track\":" << t.objectives_on_track
      << "}}";
  if (!c.unusable) print_requirements(c, out);
  if (fw)
    out << ",\"framework\":{\"id\":" << json_string(fw->framework->id)
        << ",\"covered\":" << fw->covered << ",\"partial\":" << fw->partial
        << ",\"gap\":" << fw->gap << ",\"not_mapped\":" << fw->not_mapped << "}";
  out << "}\n";
}

}  // namespace aimsdoc
