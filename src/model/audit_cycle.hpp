#pragma once
// The audit cycle as data (ISO/IEC 42001 9.2, 9.3, 10.2): internal audits with their
// findings (nonconformities, observations, improvements) and management reviews with
// their inputs, decisions and actions. Loaded from audits/ and reviews/, joined to
// requirements and owners by build_aims; the rules are in check/audit_rules.cpp.
#include <optional>
#include <string>
#include <vector>

#include "model/index.hpp"
#include "util/date.hpp"
#include "util/source_location.hpp"

namespace aimsdoc {

enum class FindingType { Major, Minor, Observation, Improvement };
inline constexpr FindingType kFindingTypes[] = {FindingType::Major, FindingType::Minor,
                                                FindingType::Observation, FindingType::Improvement};
const char* finding_type_name(FindingType t);   // "major" | "minor" | ...
std::vector<std::string> finding_type_names();  // of kFindingTypes, in order
std::optional<FindingType> parse_finding_type(const std::string& text);
// Major and minor findings are nonconformities: they need a root cause and an action.
inline bool is_nonconformity(FindingType t) {
  return t == FindingType::Major || t == FindingType::Minor;
}

struct EffectivenessCheck {
  std::optional<Date> checked;
  bool effective = false;  // result: effective | not-effective
  std::string by;          // owner id or name
  SourceLocation location;
};

struct Finding {
  std::string id;  // NC-...
  FindingType type = FindingType::Observation;
  std::string requirement_id, description, owner_id, root_cause, action;
  std::optional<Date> raised, due, closed;
  std::optional<EffectivenessCheck> effectiveness;
  SourceLocation location, requirement_location, owner_location, due_location, closed_location;
  // Joined by build_aims.
  std::size_t audit = kNone;        // index into Aims::audits
  std::size_t requirement = kNone;  // index into Aims::requirements
  std::size_t owner = kNone;        // index into Aims::owners

  bool open() const { return !closed.has_value(); }
};

struct Audit {
  std::string id;  // AUD-...
  std::string title, auditor, report;
  std::optional<Date> planned, performed;
  struct ScopeEntry {
    std::string id;  // a requirement or a group of the catalog ("A.6" = every control under it)
    SourceLocation location;
  };
  std::vector<ScopeEntry> scope;
  std::vector<Finding> findings;
  SourceLocation location, auditor_location, report_location;
  std::string source_digest;  // SHA-256 of the file as read
  // Joined by build_aims.
  std::size_t auditor_owner = kNone;      // the auditor, when an owner (by id or name)
  std::vector<std::size_t> requirements;  // scope expanded to requirements, sorted
};

// The audit programme in calendar order: by planned date (undated first), then as given.
std::vector<const Audit*> in_calendar_order(const std::vector<Audit>& audits);

// The eight inputs a management review must consider (ISO/IEC 42001 9.3.2), in order.
inline constexpr const char* kReviewTopics[] = {"previous_actions",   "external_internal_issues",
                                                "stakeholder_needs",  "performance",
                                                "nonconformities",    "audit_results",
                                                "risk_opportunities", "improvement"};
inline constexpr std::size_t kReviewTopicCount = std::size(kReviewTopics);

struct ReviewInput {
  std::string topic;
  std::string markdown;                 // written as text
  std::vector<std::string> record_ids;  // or written as a list of record ids
  std::vector<SourceLocation> record_locations;
  SourceLocation location;
};

struct ReviewAction {
  std::string id, owner_id, title;
  std::optional<Date> due, closed;
  SourceLocation location, owner_location;
  std::size_t owner = kNone;  // joined
};

struct ManagementReview {
  std::string id;  // MR-...
  std::optional<Date> date;
  std::vector<std::string> attendees;
  std::vector<SourceLocation> attendee_locations;
  std::vector<ReviewInput> inputs;  // in file order; topics outside kReviewTopics are dropped
  std::string decisions_markdown;
  std::vector<ReviewAction> actions;
  SourceLocation location, inputs_location;
  std::string source_digest;
  std::vector<std::size_t> attendee_owners;  // joined

  const ReviewInput* input(const std::string& topic) const;
};

}  // namespace aimsdoc
