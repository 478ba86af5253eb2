#pragma once
// What git says about the AIMS (ISO/IEC 42001 7.5.3, control of documented information):
// the commits that touched each policy file, and what changed since a revision (the last
// audit). Read by the load stage (load/git_history.cpp) into the model; dates come from
// the commits, never from the clock.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"

namespace aimsdoc {

struct CommitInfo {
  std::string hash, short_hash;  // hex; short: 7 characters
  std::string author;
  std::string message;  // first line
  Date date;            // author date, in the author's zone
  // In a policy's document history: what the policy's front matter said at this commit
  // (7.5.3: who approved which version); empty where it could not be read.
  std::string version, approved_by;
};

struct DiffLine {
  enum class Kind { Same, Added, Removed, Gap };  // Gap: unchanged lines left out
  Kind kind = Kind::Same;
  std::string text;
};

struct PolicyChange {
  enum class Kind { Added, Removed, Changed };
  Kind kind = Kind::Changed;
  std::string id, title, path;
  std::string version_before, version_after;
  std::vector<DiffLine> diff;  // of the Markdown body, changed policies only, 3 lines of context
};

// "added" | "removed" | "changed": the key pages and sheets show (and style) a change by.
inline const char* change_name(PolicyChange::Kind k) {
  switch (k) {
    case PolicyChange::Kind::Added: return "added";
    case PolicyChange::Kind::Removed: return "removed";
    case PolicyChange::Kind::Changed: break;
  }
  return "changed";
}

struct FieldChange {
  std::string field, before, after;
};

struct RecordChange {
  std::string requirement_id;
  std::vector<FieldChange> fields;  // status, applicable, owner, evidence
};

struct EvidenceChange {
  enum class Kind { Added, Expired };
  Kind kind = Kind::Added;
  std::string id, title, requirement_id;
  std::optional<Date> date;  // collected (added) or expires (expired)
};

// "added" | "expired", as change_name() names a policy change.
inline const char* change_name(EvidenceChange::Kind k) {
  return k == EvidenceChange::Kind::Added ? "added" : "expired";
}

// What the revision held, parsed by the same loaders as the working tree.
struct PolicySnapshot {
  std::string id, title, version, path, approved_by, text;  // text: the Markdown body
};
struct RecordSnapshot {
  std::string requirement_id;
  std::string status, applicable, owner;
  std::vector<std::string> evidence_ids;  // record order
};

struct ChangeSet {
  std::string since;                     // the revision as written
  CommitInfo commit;                     // what it resolved to
  std::vector<PolicyChange> policies;    // by id
  std::vector<RecordChange> records;     // catalog order
  std::vector<EvidenceChange> evidence;  // added, then expired, by id
  bool empty() const { return policies.empty() && records.empty() && evidence.empty(); }
};

struct History {
  bool available = false;
  std::string unavailable_reason;  // why there is none: "not a git repository" ...
  std::map<std::string, std::vector<CommitInfo>> by_path;  // policy path -> newest first
  // Asked for (--since, last_audit) and found: `since` and `commit` set by the load stage,
  // the lists by build_aims (model/join_changes.cpp) from the baseline below.
  std::optional<ChangeSet> changes;
  std::vector<PolicySnapshot> baseline_policies;
  std::vector<RecordSnapshot> baseline_records;
  std::string digest;  // SHA-256 of all of the above, for the model digest
  // Root-relative files a commit or checkout changes (.git, its HEAD and HEAD's log): the
  // up-to-date check stamps them, so a new commit rebuilds the pages its history shows on.
  std::vector<std::string> watch_files;
};

}  // namespace aimsdoc
