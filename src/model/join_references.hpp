#pragma once
// The joins of build_aims, one per kind of reference. Each resolves what users wrote
// (ids, owner ids, relative links) and reports what does not resolve.
#include <map>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Sorts indices and removes repeats: back-link lists are kept this way.
void sort_unique(std::vector<std::size_t>& v);

// A requirement id as written (bare = primary framework, or "<primary>:<id>") -> index.
// Unknown or ambiguous ids are reported [ref.requirement] and give kNone.
std::size_t resolve_requirement_id(const Aims& aims, const Reference& ref, Diagnostics& diags);

// "; did you mean 'X'?" for the closest key of `index`, or "".
std::string suggestion(const std::string& word, const std::map<std::string, std::size_t>& index);

// An owner id -> index; an unknown id is reported [ref.owner] and gives kNone, "" gives kNone.
std::size_t resolve_owner_id(const Aims& aims, const std::string& id, const SourceLocation& at,
                             const std::string& requirement, Diagnostics& diags);

void join_owners(Aims& aims, Diagnostics& diags);
void join_policies(Aims& aims, Diagnostics& diags);
void join_evidence(Aims& aims, Diagnostics& diags);
void join_policy_links(Aims& aims, Diagnostics& diags);
void join_crosswalks(Aims& aims, Diagnostics& diags);
// systems, risks, impact assessments, objectives (join_risk_trace.cpp).
void join_risk_trace(Aims& aims, RiskTraceRecords records, Diagnostics& diags);
// Audits, findings and reviews to requirements, owners and each other (join_audit_cycle.cpp).
void join_audit_cycle(Aims& aims, Diagnostics& diags);
// history.changes from the baseline the load stage read (--since, last_audit).
void join_changes(Aims& aims);

}  // namespace aimsdoc
