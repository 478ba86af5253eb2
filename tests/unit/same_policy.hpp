#pragma once
// Field-by-field comparison of two policies, for the tests that hold two ways of loading one
// to giving the same record.
#include <catch2/catch.hpp>

#include "model/aims.hpp"

namespace aimsdoc {

inline void check_same_location(const SourceLocation& a, const SourceLocation& b) {
  CHECK(a.path == b.path);
  CHECK(a.line == b.line);
  CHECK(a.column == b.column);
}

inline void check_same_references(const std::vector<Reference>& a,
                                  const std::vector<Reference>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].text == b[i].text);
    check_same_location(a[i].location, b[i].location);
  }
}

inline void check_same_policy(const Policy& a, const Policy& b) {
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.owner_id == b.owner_id);
  CHECK(a.version == b.version);
  CHECK(a.approved_by == b.approved_by);
  CHECK(a.effective == b.effective);
  CHECK(a.review_by == b.review_by);
  check_same_references(a.covers, b.covers);
  check_same_references(a.external_covers, b.external_covers);
  CHECK(a.source_path == b.source_path);
  CHECK(a.body.text().str() == b.body.text().str());
  CHECK(a.body_first_line == b.body_first_line);
  CHECK(a.model_part_digest == b.model_part_digest);
  check_same_location(a.location, b.location);
  check_same_location(a.owner_location, b.owner_location);
  check_same_location(a.review_by_location, b.review_by_location);
  CHECK(a.body.size() == b.body.size());
  CHECK(a.body.sha256() == b.body.sha256());
  CHECK(a.owner == b.owner);
  CHECK(a.requirements == b.requirements);
  REQUIRE(a.links.size() == b.links.size());
  for (std::size_t i = 0; i < a.links.size(); ++i) {
    CHECK(a.links[i].target == b.links[i].target);
    CHECK(a.links[i].fragment == b.links[i].fragment);
    CHECK(a.links[i].policy == b.links[i].policy);
    CHECK(a.links[i].image_without_alt == b.links[i].image_without_alt);
    check_same_location(a.location_of(a.links[i]), b.location_of(b.links[i]));
  }
}

}  // namespace aimsdoc
