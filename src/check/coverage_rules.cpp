#include "check/risk_trace_state.hpp"
#include "check/rule_table.hpp"
#include "check/rules.hpp"

#include <set>

#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::string expected_record_path(const Requirement& r) { return "controls/" + r.id() + ".yaml"; }

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

void check_applicable(const Aims& aims, const Requirement& r, Diagnostics& diags) {
  const auto& rec = r.record;
  if (rec.status == Status::Unset)
    diags.error(rec.location, "coverage.status",
                r.id() + " has no implementation status; add 'status: planned|partial|implemented'",
                r.id());
  if (rec.owner_id.empty())
    diags.error(rec.location, "coverage.owner",
                r.id() + " has no owner; add 'owner:' with an id from the site.yaml roster",
                r.id());
  if (r.policies.empty())
    diags.error(rec.location, "coverage.policy",
                r.id() +
                    " is covered by no policy; list it under a policy's 'covers:' or add "
                    "'policies:' here",
                r.id());
  if (rec.evidence.empty() && record_evidence(aims, r, aims.reference_date()).count == 0)
    diags.error(rec.location, "coverage.evidence",
                "applicable " + std::string(r.is_control() ? "control " : "clause ") + r.id() +
                    " has no evidence; add an item under 'evidence:'",
                r.id());
  // A risk it treats is a justification for inclusion (the derived "treats R-07").
  if (r.is_control() && rec.justification.empty() && r.risks.empty())
    diags.error(rec.applicable_location, "coverage.inclusion",
                "applicable control " + r.id() +
                    " has no justification for its inclusion (ISO/IEC 42001 6.1.3) and treats "
                    "no risk; say why it applies under 'justification:', or list it under the "
                    "'controls:' of a risk it treats",
                r.id());
  if (rec.status == Status::Planned || rec.status == Status::Partial)
    diags.error(rec.status_location, "coverage.not-implemented",
                r.id() + " is '" + status_name(rec.status) +
                    "', not implemented; certification needs every applicable requirement in "
                    "place (judge a work in progress with 'readiness: draft')",
                r.id());
}

// A finding that leaves its file unread (malformed YAML, not UTF-8, empty ...).
bool unreadable_file(const Diagnostic& d) {
  return d.severity == Severity::Error &&
         (starts_with(d.rule, "yaml.") || starts_with(d.rule, "input.") ||
          d.rule == "record.empty");
}

// Ids of record files that could not be read: their requirement has a record, whose
// problem is already reported, not none.
std::set<std::string> unreadable_record_ids(const Diagnostics& diags) {
  std::set<std::string> ids;
  for (const auto& d : diags.items())
    if (unreadable_file(d)) {
      std::string id = record_file_id(d.location.path);
      if (!id.empty()) ids.insert(std::move(id));
    }
  return ids;
}

}  // namespace

std::string record_file_id(const std::string& path) {
  if (!starts_with(path, "controls/")) return "";
  auto slash = path.rfind('/'), dot = path.rfind('.');
  if (dot == std::string::npos || dot < slash) return "";
  std::string_view ext = std::string_view(path).substr(dot);
  return ext == ".yaml" || ext == ".yml" ? path.substr(slash + 1, dot - slash - 1) : "";
}

void check_coverage(const Aims& aims, Diagnostics& diags) {
  const std::set<std::string> unreadable = unreadable_record_ids(diags);
  for (const auto& r : aims.requirements) {
    if (!r.has_record && unreadable.count(r.id())) continue;
    if (!r.has_record) {
      diags.error({expected_record_path(r), 0, 0}, "coverage.record",
                  std::string(r.is_control() ? "control " : "clause ") + r.id() + " (" +
                      r.item->title + ") has no record; create " + expected_record_path(r),
                  r.id());
      continue;
    }
    if (!r.record.applicable) {
      check_exclusion(r, diags);
      continue;
    }
    Diagnostics found;
    check_applicable(aims, r, found);
    add_at_readiness(found, aims.site.readiness, r.record.status == Status::Planned, diags);
  }
}

}  // namespace aimsdoc
