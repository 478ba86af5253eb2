#include "model/model_digest.hpp"

#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

void put_source(std::string& out, const std::string& path, const std::string& digest) {
  put_field(out, path);
  put_field(out, digest);
}

// A body adds its links to the model (targets, and where they point once resolved, which
// only depends on the targets and the set of policy paths): the targets count.
void put_policy(std::string& out, const Policy& p) {
  put_source(out, p.source_path, p.front_matter_digest);
  put_field(out, std::to_string(p.body_first_line));
  put_field(out, std::to_string(p.links.size()));
  for (const auto& link : p.links) put_field(out, link.target);
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
  for (const auto& p : aims.policies) put_policy(all, p);
  return sha256_hex(all);
}

}  // namespace aimsdoc
