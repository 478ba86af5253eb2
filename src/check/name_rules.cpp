// Names that differ only in case or Unicode normalization: distinct to aimsdoc, one name
// to a case-insensitive file system, a zip tool or Excel, where one would overwrite the
// other. Policy, requirement, finding, AI system and risk ids name pages, the other ids
// name anchors; evidence files and audit and assessment reports are copied under their
// own names.
#include <unordered_map>

#include "check/rules.hpp"
#include "util/inert_names.hpp"
#include "util/name_collisions.hpp"

namespace aimsdoc {
namespace {

// Reports every name whose collision key was seen with another spelling first.
class CollisionFinder {
 public:
  CollisionFinder(Diagnostics& diags, const char* what) : diags_(diags), what_(what) {}

  void add(const std::string& name, const SourceLocation& at) {
    auto [it, fresh] = seen_.emplace(collision_key(name), Seen{name, at});
    if (fresh || it->second.name == name) return;
    diags_.error(at, "name.collision",
                 std::string(what_) + " '" + name + "' differs from '" + it->second.name + "' (" +
                     it->second.at.to_string() +
                     ") only in case or Unicode normalization; the two collide on case-"
                     "insensitive file systems and in zip files: rename one");
  }

 private:
  struct Seen {
    std::string name;
    SourceLocation at;
  };
  Diagnostics& diags_;
  const char* what_;
  std::unordered_map<std::string, Seen> seen_;
};

}  // namespace

void check_name_collisions(const Aims& aims, Diagnostics& diags) {
  CollisionFinder policies(diags, "policy id");
  for (const auto& p : aims.policies) policies.add(p.id, p.location);
  CollisionFinder requirements(diags, "requirement id");
  for (const auto& item : aims.primary.items) requirements.add(item.id, item.location);
  CollisionFinder evidence_ids(diags, "evidence id"), files(diags, "evidence file");
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence) {
      evidence_ids.add(ev.id, ev.location);
      if (!ev.file.empty()) files.add(inert_name(ev.file), ev.location);
    }
  // The audit cycle's and the risk trace's records: pages and anchors named by id.
  CollisionFinder audits(diags, "audit id"), findings(diags, "finding id");
  for (const auto& a : aims.audits) {
    audits.add(a.id, a.location);
    if (!a.report.empty()) files.add(inert_name(a.report), a.report_location);
    for (const auto& f : a.findings) findings.add(f.id, f.location);
  }
  CollisionFinder reviews(diags, "management review id");
  for (const auto& mr : aims.reviews) reviews.add(mr.id, mr.location);
  CollisionFinder systems(diags, "AI system id"), risks(diags, "risk id"),
      assessments(diags, "impact assessment id"), objectives(diags, "objective id");
  for (const auto& s : aims.systems) systems.add(s.id, s.location);
  for (const auto& k : aims.risks) risks.add(k.id, k.location);
  for (const auto& a : aims.assessments) {
    assessments.add(a.id, a.location);
    if (!a.report.file.empty()) files.add(inert_name(a.report.file), a.report.location);
  }
  for (const auto& o : aims.objectives) objectives.add(o.id, o.location);
}

}  // namespace aimsdoc
