#pragma once
// The management system as data: AI systems, risks, impact assessments and objectives,
// the records an auditor follows from a system to the controls that treat its risks
// (system -> impact assessment -> risk -> control -> evidence). What users write, plus the
// indices build_aims resolves their references to.
#include <optional>
#include <string>
#include <vector>

#include "model/record_parts.hpp"

namespace aimsdoc {

enum class Lifecycle { Unset, Design, Development, Validation, Production, Retired };
const char* lifecycle_name(Lifecycle l);
std::optional<Lifecycle> parse_lifecycle(const std::string& s);
// Validation and production systems touch people: they need a current impact assessment.
inline bool needs_assessment(Lifecycle l) {
  return l == Lifecycle::Validation || l == Lifecycle::Production;
}

enum class Treatment { Unset, Mitigate, Accept, Avoid, Transfer };
const char* treatment_name(Treatment t);
std::optional<Treatment> parse_treatment(const std::string& s);

enum class ObjectiveStatus { Unset, Open, Met, Missed };
const char* objective_status_name(ObjectiveStatus s);
std::optional<ObjectiveStatus> parse_objective_status(const std::string& s);

// A likelihood and an impact on the site's scale (1..RiskPolicy::scale).
struct RiskScore {
  int likelihood = 0, impact = 0;
  int score() const { return likelihood * impact; }
  bool set() const { return likelihood > 0 && impact > 0; }
};

// site.yaml `risk:`, `system_risk_classes:` and `assessment_review_days:`.
struct RiskPolicy {
  int scale = 5;                     // likelihood and impact run 1..scale
  int appetite = 8;                  // a score above this must be treated by controls or accepted
  int review_days = 365;             // a risk not reviewed within this many days is stale
  int assessment_review_days = 365;  // next_review of an assessment that gives none
  std::vector<std::string> system_risk_classes;  // empty: any class is accepted
};

struct AiSystem {
  std::string source_digest;  // SHA-256 of the file as read (model_digest.hpp)
  std::string id, name, owner_id, purpose, risk_class, human_oversight, notes_markdown;
  std::vector<std::string> roles, suppliers, data;
  Lifecycle lifecycle = Lifecycle::Unset;
  std::optional<Date> deployed;
  std::vector<Reference> declared_assessments;  // `impact_assessments:`
  SourceLocation location, owner_location, lifecycle_location, risk_class_location;
  // Joins: owner, assessments (declared here or naming this system), risks naming it.
  std::size_t owner = kNone;
  std::vector<std::size_t> assessments, risks;
};

struct Risk {
  std::string source_digest;  // SHA-256 of the file as read (model_digest.hpp)
  std::string id, title, owner_id, accepted_by, notes_markdown;
  std::vector<Reference> system_refs, control_refs;
  std::optional<Reference> source_ref;  // an impact assessment id
  RiskScore inherent;
  std::optional<RiskScore> residual;
  Treatment treatment = Treatment::Unset;
  std::optional<Date> accepted_until, reviewed;
  SourceLocation location, owner_location, treatment_location, residual_location, reviewed_location,
      accepted_location;
  // Joins.
  std::size_t owner = kNone;
  std::size_t accepted_owner = kNone;
  std::size_t source = kNone;                  // index into Aims::assessments
  std::vector<std::size_t> systems, controls;  // controls: indices into Aims::requirements
  std::vector<std::size_t> assessments;        // assessments listing this risk (and source)

  // The score that stands after treatment: the residual one when given.
  RiskScore current() const { return residual ? *residual : inherent; }
};

struct ImpactAssessment {
  std::string source_digest;  // SHA-256 of the file as read (model_digest.hpp)
  std::string id, system_id, approved_by;
  std::optional<Date> performed, next_review;  // next_review: as written, else derived
  std::vector<std::string> affected;
  std::vector<Reference> risk_refs;
  SourceLocation location, system_location, approved_location;
  // The report: a file inside the root, located, hashed and published like an evidence
  // file (its id is the assessment's; it belongs to no requirement).
  EvidenceItem report;
  // Joins.
  std::size_t system = kNone;
  std::size_t approver = kNone;
  std::vector<std::size_t> risks;
};

struct Objective {
  std::string source_digest;  // SHA-256 of the file as read (model_digest.hpp)
  std::string id, title, owner_id, measure, target, result;
  std::optional<Date> due;
  ObjectiveStatus status = ObjectiveStatus::Unset;
  SourceLocation location, owner_location, due_location, status_location;
  std::size_t owner = kNone;
};

// The four kinds as loaded, in file order, before build_aims sorts and joins them.
struct RiskTraceRecords {
  std::vector<AiSystem> systems;
  std::vector<Risk> risks;
  std::vector<ImpactAssessment> assessments;
  std::vector<Objective> objectives;
};

}  // namespace aimsdoc
