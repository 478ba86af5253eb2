#pragma once
// The model stage: joins loaded records into one Aims and reports broken references
// (unknown or duplicate ids, unknown owners, broken policy links) naming both places.
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct ModelInputs {
  SiteConfig site;
  std::vector<Owner> owners;
  Framework primary;
  std::vector<Framework> frameworks;
  std::vector<Crosswalk> crosswalks;
  std::vector<Policy> policies;
  std::vector<RequirementRecord> records;
  RiskTraceRecords risk_trace;
  std::vector<Asset> assets;
  std::vector<std::string> refused_assets;
  std::vector<Audit> audits;
  std::vector<ManagementReview> reviews;
  bool keeps_audits = false, keeps_reviews = false;
  History history;
};

Aims build_aims(ModelInputs inputs, Diagnostics& diags);

}  // namespace aimsdoc
