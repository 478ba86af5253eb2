#include "check/rules.hpp"

namespace aimsdoc {
namespace {

std::string expected_record_path(const Requirement& r) { return "controls/" + r.id() + ".yaml"; }

// Reports at one severity: the draft level lowers a planned requirement's findings.
struct Reporter {
  Diagnostics& diags;
  Severity severity;
  void operator()(const SourceLocation& at, const char* rule, std::string message,
                  const std::string& requirement) const {
    diags.add({at, severity, rule, std::move(message), requirement});
  }
};

void check_exclusion(const Requirement& r, Diagnostics& diags) {
  if (!r.is_control()) {
    diags.error(r.record.applicable_location, "coverage.clause-excluded",
                "clause " + r.id() + " is mandatory and cannot be excluded; set 'applicable: true'",
                r.id());
  } else if (r.record.justification.empty()) {
    diags.error(r.record.applicable_location, "coverage.justification",
                "control " + r.id() +
                    " is excluded without a justification; say why under 'justification:'",
                r.id());
  }
}

void check_implemented(const Requirement& r, bool draft, Diagnostics& diags) {
  const auto& rec = r.record;
  if (rec.status != Status::Planned && rec.status != Status::Partial) return;
  Reporter report{diags, draft ? Severity::Warning : Severity::Error};
  report(rec.status_location, "coverage.not-implemented",
         r.id() + " is '" + status_name(rec.status) +
             "', not implemented; certification needs every applicable requirement in place "
             "(judge a work in progress with 'readiness: draft')",
         r.id());
}

void check_applicable(const Requirement& r, bool draft, Diagnostics& diags) {
  const auto& rec = r.record;
  Reporter report{diags, draft && rec.status == Status::Planned ? Severity::Warning
                                                                : Severity::Error};
  if (rec.status == Status::Unset)
    report(rec.location, "coverage.status",
           r.id() + " has no implementation status; add 'status: planned|partial|implemented'",
           r.id());
  if (rec.owner_id.empty())
    report(rec.location, "coverage.owner",
           r.id() + " has no owner; add 'owner:' with an id from the site.yaml roster", r.id());
  if (r.policies.empty())
    report(rec.location, "coverage.policy",
           r.id() + " is covered by no policy; list it under a policy's 'covers:' or add "
                    "'policies:' here",
           r.id());
  if (rec.evidence.empty())
    report(rec.location, "coverage.evidence",
           "applicable " + std::string(r.is_control() ? "control " : "clause ") + r.id() +
               " has no evidence; add an item under 'evidence:'",
           r.id());
  if (r.is_control() && rec.justification.empty())
    Reporter{diags, draft ? Severity::Warning : Severity::Error}(
        rec.applicable_location, "coverage.inclusion",
        "applicable control " + r.id() +
            " has no justification for its inclusion (ISO/IEC 42001 6.1.3); say why it applies "
            "under 'justification:'",
        r.id());
  check_implemented(r, draft, diags);
}

}  // namespace

void check_coverage(const Aims& aims, Diagnostics& diags) {
  bool draft = aims.site.readiness == Readiness::Draft;
  for (const auto& r : aims.requirements) {
    if (!r.has_record) {
      diags.error({expected_record_path(r), 0, 0}, "coverage.record",
                  std::string(r.is_control() ? "control " : "clause ") + r.id() + " (" +
                      r.item->title + ") has no record; create " + expected_record_path(r),
                  r.id());
      continue;
    }
    if (r.record.applicable)
      check_applicable(r, draft, diags);
    else
      check_exclusion(r, diags);
  }
}

}  // namespace aimsdoc
