#pragma once
// The one model every renderer reads: requirements from the catalog joined with their
// records, policies, owners and evidence, with links in both directions. Built once by
// build_aims(), read-only afterwards. Knows nothing of HTML or Excel.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/audit_cycle.hpp"
#include "model/crosswalk.hpp"
#include "model/framework.hpp"
#include "model/history.hpp"
#include "model/id_registry.hpp"
#include "model/index.hpp"
#include "model/policy_text.hpp"
#include "model/record_parts.hpp"
#include "model/risk_trace.hpp"
#include "util/date.hpp"
#include "util/file_identity.hpp"
#include "util/source_location.hpp"

namespace aimsdoc {

struct Owner {
  std::string id, name, role, email;
  SourceLocation location;
  // Back-links, filled by build_aims (indices into Aims vectors, sorted).
  std::vector<std::size_t> requirements, policies;
};

// How strictly `check` judges: a draft AIMS may still be planning (its to-do list is
// warnings); certification asks every applicable requirement to be implemented.
enum class Readiness { Certification, Draft };
const char* readiness_name(Readiness r);                        // "certification" | "draft"
bool parse_readiness(const std::string& text, Readiness& out);  // false: neither name

// The Statement of Applicability's document control (site.yaml `soa:`), printed on the
// workbook's Summary sheet and in every sheet's page header and footer.
struct SoaControl {
  std::string version, approved_by, classification;
  std::optional<Date> approved_on;
};

struct SiteConfig {
  std::string organization;
  std::string scope_markdown;
  std::optional<Date> build_date;
  int evidence_max_age_days = 365;
  Readiness readiness = Readiness::Certification;
  // evidence.shared warns when one file backs evidence of more requirements than this.
  int evidence_shared_limit = 5;
  std::string output_dir = "_site";
  std::string theme = "default";
  bool theme_usable = true;                  // false: a theme.* error (load_theme)
  std::string catalog_path;                  // "" = built-in ISO/IEC 42001 catalog
  bool catalog_usable = true;                // false: catalog_path names no file inside the root
  std::vector<std::string> framework_paths;  // further catalogs
  std::vector<std::string> crosswalk_paths;
  RiskPolicy risk;  // `risk:`, `system_risk_classes:`, `assessment_review_days:`
  // The audit cycle (audits/, reviews/): how often each must happen, and the revision of
  // the last audit, which `build` reports changes since.
  int audit_cycle_days = 365, review_cycle_days = 365;
  bool audit_cycle_set = false, review_cycle_set = false;
  std::string last_audit;
  SourceLocation last_audit_location;
  SoaControl soa;
  // Where the portal is hosted ("https://aims.example.com/", ending in '/'), or "" when it
  // is not: the workbook's portal links are absolute with it, relative to soa.xlsx without.
  std::string base_url;
  // The secret key `build` signs with (outside the root; ~/ is the home folder), or "".
  std::string signing_key;
  std::string handbook_order = "folder";  // "folder" (by source path) or "clause"
  SourceLocation location;
  std::string source_digest;  // SHA-256 of site.yaml as read (see model_digest.hpp)
};

enum class Status { Unset, Planned, Partial, Implemented };
const char* status_name(Status s);  // "planned" | "partial" | "implemented" | ""

// A file under content/ that is not a policy (an image, a PDF, a spreadsheet) and that a
// policy links to or embeds: copied into the portal like an evidence file.
struct Asset {
  std::string path;    // repo-relative, normalized: content/risk/img/flow.png
  std::string sha256;  // of the file as read
  std::uintmax_t size = 0;
  // Of the file as hashed, when the next build may take the hash over (file_hashes.hpp).
  std::optional<InputIdentity> file_identity;
};

// A link written in a policy body (Markdown), found by the link scanner. Its file is its
// policy's (Policy::location_of): a copy of the path in each of a large AIMS's links was
// most of the links' memory and spread them over the heap.
struct DocumentLink {
  std::string target;              // as written
  std::string fragment;            // "#section" part, kept when rewriting
  std::size_t policy = kNone;      // resolved target policy, for relative .md links
  int line = 0, column = 0;        // in the policy's file
  bool image_without_alt = false;  // `![](x)`
};

struct Policy {
  std::string id, title, owner_id, version, approved_by;
  std::optional<Date> effective, review_by;
  std::vector<Reference> covers;
  std::string source_path;  // repo-relative, e.g. content/risk/risk-methodology.md
  PolicyText body;          // the Markdown after the front matter
  int body_first_line = 1;  // line of source_path where the body starts
  // SHA-256 of what the policy adds to the model besides its body (model_digest.hpp): its
  // front matter as read, where the body starts and the body's link targets. Taken by the
  // loader while they are at hand: gathered from every policy later, they would be a
  // serial run of cache misses before any page could start.
  std::string model_part_digest;
  std::vector<DocumentLink> links;
  SourceLocation location;  // of its `id:`
  // Of the values findings are about, so an editor opens the line to change.
  SourceLocation owner_location, review_by_location;
  std::size_t owner = kNone;
  std::vector<std::size_t> requirements;  // back-links: what this policy covers
  // Items of other frameworks named directly in `covers:` ("eu-ai-act:Art.50"), validated.
  std::vector<Reference> external_covers;
  // Of source_path as loaded, when it was loaded without a finding and held still: the next
  // build takes this record over while the file keeps it (load/policy_records.hpp).
  std::optional<InputIdentity> file;

  SourceLocation location_of(const DocumentLink& link) const {
    return {source_path, link.line, link.column};
  }
};

// What a user writes in controls/<id>.yaml.
struct RequirementRecord {
  std::string id;
  bool applicable = true;
  std::string justification;
  Status status = Status::Unset;
  std::string owner_id;
  std::vector<Reference> declared_policies;
  std::vector<EvidenceItem> evidence;
  std::string notes_markdown;
  SourceLocation location;  // of the record (its `id:`)
  SourceLocation owner_location, status_location, applicable_location;
  SourceLocation justification_location, notes_location;
  std::string source_digest;  // SHA-256 of the file as read
};

// The fields `build --since` compares, for today's record and for one read from a revision.
RecordSnapshot record_snapshot(const RequirementRecord& rec);

struct Requirement {
  const CatalogItem* item = nullptr;  // in Aims::primary
  bool has_record = false;
  RequirementRecord record;  // defaults when there is no record
  std::size_t owner = kNone;
  std::vector<std::size_t> policies;  // merged: record's `policies` + policies' `covers`
  std::vector<MappingRef> mappings;   // rows of crosswalks that start from this requirement
  std::vector<std::size_t> risks;     // risks this control treats (index into Aims::risks)

  const std::string& id() const { return item->id; }
  bool is_control() const { return item->kind == ItemKind::Control; }
  bool applicable() const { return record.applicable; }
  // Where a finding about this requirement points: its record, else its catalog entry.
  const SourceLocation& location() const { return has_record ? record.location : item->location; }
};

struct Aims {
  Aims() = default;
  Aims(Aims&&) = default;
  Aims& operator=(Aims&&) = default;
  Aims(const Aims&) = delete;  // requirements point into `primary`

  SiteConfig site;
  Framework primary;
  std::vector<Framework> frameworks;  // further frameworks, in site.yaml order
  std::vector<Crosswalk> crosswalks;
  std::vector<Owner> owners;              // roster order
  std::vector<Requirement> requirements;  // catalog order, groups left out
  std::vector<Policy> policies;           // sorted by id
  // The management system's own records (risk_trace.hpp), each sorted by id.
  std::vector<AiSystem> systems;
  std::vector<Risk> risks;
  std::vector<ImpactAssessment> assessments;
  std::vector<Objective> objectives;
  // Every record id of every kind (policies, evidence, systems, risks ...): id.duplicate.
  IdRegistry ids;
  std::vector<Asset> assets;  // sorted by path
  // Linked files under content/ refused by the loader [asset.path]: reported there once,
  // not again as link.broken.
  std::vector<std::string> refused_assets;
  std::vector<Audit> audits;              // by id
  std::vector<ManagementReview> reviews;  // by id
  // Whether the AIMS keeps its audit cycle as data (an audits/ or reviews/ folder, or the
  // cycle set in site.yaml): the programme rules apply only then.
  bool keeps_audits = false, keeps_reviews = false;
  History history;

  std::map<std::string, std::size_t> requirement_index;  // bare primary id -> index
  std::map<std::string, std::size_t> policy_index;       // id -> index
  // source_path -> index; hashed: every link of every policy is looked up here, and the
  // paths share long prefixes that a tree compares again at every level.
  std::unordered_map<std::string, std::size_t> policy_by_path;
  std::map<std::string, std::size_t> owner_index;  // id -> index
  std::map<std::string, std::size_t> system_index, risk_index, assessment_index,
      objective_index;  // id -> index

  const Requirement* find_requirement(const std::string& id) const;
  const Owner* find_owner(const std::string& id) const;
  // The roster index of owner `id`, or kNone.
  std::size_t owner_at(const std::string& id) const;
  const Framework* find_framework(const std::string& id) const;
  // The date every freshness judgement is made against: build_date, else today.
  Date reference_date() const;
};

}  // namespace aimsdoc
