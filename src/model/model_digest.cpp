#include "model/model_digest.hpp"

#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

void put_source(std::string& out, const std::string& path, const std::string& digest) {
  put_field(out, path);
  put_field(out, digest);
}

void put_record(std::string& out, const Requirement& r) {
  if (!r.has_record) return;
  put_source(out, r.record.location.path, r.record.source_digest);
  for (const auto& ev : r.record.evidence) put_source(out, ev.file, ev.sha256);
}

}  // namespace

std::string model_digest(const Aims& aims) {
  std::string all;
  put_field(all, aims.reference_date().to_string());
  put_source(all, "site.yaml", aims.site.source_digest);
  put_source(all, aims.primary.source_path, aims.primary.source_digest);
  for (const auto& f : aims.frameworks) put_source(all, f.source_path, f.source_digest);
  for (const auto& c : aims.crosswalks) put_source(all, c.source_path, c.source_digest);
  put_field(all, std::to_string(aims.requirements.size()));
  for (const auto& r : aims.requirements) put_record(all, r);
  put_field(all, std::to_string(aims.policies.size()));
  for (const auto& p : aims.policies) put_source(all, p.source_path, p.model_part_digest);
  put_field(all, std::to_string(aims.systems.size()));
  for (const auto& s : aims.systems) put_source(all, s.location.path, s.source_digest);
  put_field(all, std::to_string(aims.risks.size()));
  for (const auto& k : aims.risks) put_source(all, k.location.path, k.source_digest);
  put_field(all, std::to_string(aims.assessments.size()));
  for (const auto& a : aims.assessments) {
    put_source(all, a.location.path, a.source_digest);
    put_source(all, a.report.file, a.report.sha256);
  }
  put_field(all, std::to_string(aims.objectives.size()));
  for (const auto& o : aims.objectives) put_source(all, o.location.path, o.source_digest);
  put_field(all, std::to_string(aims.assets.size()));
  for (const auto& a : aims.assets) put_source(all, a.path, a.sha256);
  put_field(all, std::to_string(aims.audits.size()));
  for (const auto& a : aims.audits) put_source(all, a.location.path, a.source_digest);
  put_field(all, std::to_string(aims.reviews.size()));
  for (const auto& mr : aims.reviews) put_source(all, mr.location.path, mr.source_digest);
  put_field(all, aims.history.digest);
  return sha256_hex(all);
}

// A body adds its links to the model (targets, and where they point once resolved, which
// only depends on the targets and the set of policy paths): the targets count.
std::string model_part_digest(const Policy& p, std::string_view front_matter) {
  std::string part;
  put_field(part, front_matter);
  put_field(part, std::to_string(p.body_first_line));
  put_field(part, std::to_string(p.links.size()));
  for (const auto& link : p.links) put_field(part, link.target);
  return sha256_hex(part);
}

}  // namespace aimsdoc
