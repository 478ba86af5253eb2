// Derived coverage of an external framework through crosswalk rows.
#include <catch2/catch.hpp>

#include "check/framework_coverage.hpp"

using namespace aimsdoc;

namespace {

CatalogItem item(std::string id, ItemKind kind) {
  CatalogItem c;
  c.id = std::move(id);
  c.kind = kind;
  return c;
}

// Primary: four controls in states implemented / partial / gap (error) / excluded.
// External "ext": group G, items E1..E5.
struct Fixture {
  Aims aims;
  CoverageReport report;

  Fixture() {
    aims.primary.id = "iso42001";
    for (const char* id : {"A.1", "A.2", "A.3", "A.4"})
      aims.primary.items.push_back(item(id, ItemKind::Control));
    Framework ext;
    ext.id = "ext";
    ext.items = {item("G", ItemKind::Group), item("E1", ItemKind::Clause),
                 item("E2", ItemKind::Clause), item("E3", ItemKind::Clause),
                 item("E4", ItemKind::Clause), item("E5", ItemKind::Clause)};
    aims.frameworks.push_back(std::move(ext));
    add_requirement(0, true, Status::Implemented);
    add_requirement(1, true, Status::Partial);
    add_requirement(2, true, Status::Implemented);  // has an error: a gap
    add_requirement(3, false, Status::Unset);       // excluded
    report.gaps.insert("A.3");
    Crosswalk cw;
    cw.from_framework = "iso42001";
    cw.to_framework = "ext";
    map(cw, "A.2", "E1");  // partial
    map(cw, "A.1", "E1");  // covered wins
    map(cw, "A.2", "E2");  // partial only
    map(cw, "A.3", "E3");  // gap
    map(cw, "A.4", "E3");  // excluded
    map(cw, "A.4", "", Relation::None);  // maps nothing
    aims.crosswalks.push_back(std::move(cw));
    // E4, E5: nothing mapped.
    for (std::size_t mi = 0; mi < aims.crosswalks[0].mappings.size(); ++mi) {
      const auto& m = aims.crosswalks[0].mappings[mi];
      aims.requirements[aims.requirement_index.at(m.from)].mappings.push_back({0, mi});
    }
  }

  void add_requirement(std::size_t i, bool applicable, Status status) {
    Requirement r;
    r.item = &aims.primary.items[i];
    r.has_record = true;
    r.record.id = r.item->id;
    r.record.applicable = applicable;
    r.record.status = status;
    aims.requirement_index[r.item->id] = aims.requirements.size();
    aims.requirements.push_back(std::move(r));
  }

  static void map(Crosswalk& cw, std::string from, std::string to,
                  Relation rel = Relation::Intersects) {
    Mapping m;
    m.from = std::move(from);
    m.to = std::move(to);
    m.relation = rel;
    cw.mappings.push_back(std::move(m));
  }

  FrameworkCoverage compute() const {
    return compute_framework_coverage(aims, report, aims.frameworks[0]);
  }
};

}  // namespace

TEST_CASE("a primary requirement's own coverage state follows status, gaps and exclusion") {
  Fixture f;
  CHECK(requirement_coverage_state(f.aims.requirements[0], f.report) == CoverageState::Covered);
  CHECK(requirement_coverage_state(f.aims.requirements[1], f.report) == CoverageState::Partial);
  CHECK(requirement_coverage_state(f.aims.requirements[2], f.report) == CoverageState::Gap);
  CHECK(requirement_coverage_state(f.aims.requirements[3], f.report) == CoverageState::Gap);
  Requirement no_record;
  no_record.item = &f.aims.primary.items[0];
  CHECK(requirement_coverage_state(no_record, f.report) == CoverageState::Gap);
}

TEST_CASE("framework coverage lists external items in document order without groups") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  REQUIRE(cov.items.size() == 5);
  CHECK(cov.items[0].item->id == "E1");
  CHECK(cov.items[4].item->id == "E5");
}

TEST_CASE("one implemented gap-free mapped item makes an external item covered") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[0].state == CoverageState::Covered);
  REQUIRE(cov.items[0].mapped.size() == 2);
  // Primary catalog order, not crosswalk row order.
  CHECK(cov.items[0].mapped[0].requirement == 0);
  CHECK(cov.items[0].mapped[0].state == CoverageState::Covered);
  CHECK(cov.items[0].mapped[1].requirement == 1);
  CHECK(cov.items[0].mapped[1].row.mapping == 0);
}

TEST_CASE("mapped items that are only planned or partial make an external item partial") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[1].state == CoverageState::Partial);
}

TEST_CASE("an external item whose mapped items are all gaps or excluded is a gap") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[2].state == CoverageState::Gap);
  CHECK(cov.items[2].mapped.size() == 2);
}

TEST_CASE("unmapped external items are not-mapped, not gaps, and relation none rows map nothing") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[3].mapped.empty());
  CHECK(cov.items[3].state == CoverageState::NotMapped);
  CHECK(cov.covered == 1);
  CHECK(cov.partial == 1);
  CHECK(cov.gap == 1);         // E3
  CHECK(cov.not_mapped == 2);  // E4, E5
  CHECK(std::string(coverage_state_name(CoverageState::NotMapped)) == "not-mapped");
  CHECK(std::string(coverage_state_name(CoverageState::Partial)) == "partial");
}

TEST_CASE("rows of crosswalks to other frameworks are ignored") {
  Fixture f;
  f.aims.crosswalks[0].to_framework = "other";
  auto cov = f.compute();
  CHECK(cov.not_mapped == 5);
  CHECK(cov.gap == 0);
  CHECK(cov.items[0].mapped.empty());
}
