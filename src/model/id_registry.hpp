#pragma once
// One namespace for the ids users give their records: policies, evidence items, AI
// systems, risks, impact assessments, objectives, and every record kind added later. An id
// names one thing whatever its kind, so a reference ("treats R-07", "IA-2026-01") is never
// ambiguous and a portal page or workbook row is never shadowed by another kind's.
//
// Adding a kind: call add() once per record while building the model (build_aims), in a
// fixed order (the loaders' path order), and drop a record whose add() returns false.
#include <map>
#include <string>

#include "util/diagnostic.hpp"
#include "util/source_location.hpp"

namespace aimsdoc {

class IdRegistry {
 public:
  struct Entry {
    std::string kind;  // "policy", "evidence", "AI system", "risk" ... as a message says it
    SourceLocation location;
  };

  // Takes `id` for a record of `kind` written at `at`. When the id is taken (by any
  // kind) reports [id.duplicate] at `at`, naming the first place, and returns false.
  // `requirement`: the requirement the finding concerns, if any (for the gap tally).
  bool add(const std::string& id, const std::string& kind, const SourceLocation& at,
           Diagnostics& diags, const std::string& requirement = {});

  const Entry* find(const std::string& id) const;
  std::size_t size() const { return ids_.size(); }

 private:
  std::map<std::string, Entry> ids_;
};

}  // namespace aimsdoc
