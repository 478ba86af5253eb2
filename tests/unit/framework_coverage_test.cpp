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

// Primary: four controls whose health is conformant / partial / gap / excluded.
// External "ext": group G, items E1..E6.
struct Fixture {
  Aims aims;
  CoverageReport report;

  Fixture() {
    aims.primary.id = "iso42001";
    for (const char* id : {"A.1", "A.2", "A.3", "A.4"})
      aims.primary.items.push_back(item(id, ItemKind::Control));
    Framework ext;
    ext.id = "ext";
    ext.items = {item("G", ItemKind::Group),   item("E1", ItemKind::Clause),
                 item("E2", ItemKind::Clause), item("E3", ItemKind::Clause),
                 item("E4", ItemKind::Clause), item("E5", ItemKind::Clause),
                 item("E6", ItemKind::Clause)};
    aims.frameworks.push_back(std::move(ext));
    for (std::size_t i = 0; i < 4; ++i) add_requirement(i);
    report.health = {Health::Conformant, Health::Partial, Health::Gap, Health::Excluded};
    Crosswalk cw;
    cw.from_framework = "iso42001";
    cw.to_framework = "ext";
    map(cw, "A.2", "E1", Relation::Equivalent);  // partial: not every mapped item conformant
    map(cw, "A.1", "E1", Relation::Equivalent);
    map(cw, "A.2", "E2");                      // partial only
    map(cw, "A.3", "E3");                      // gap
    map(cw, "A.4", "E3");                      // excluded
    map(cw, "A.4", "", Relation::None);        // maps nothing
    map(cw, "A.1", "E4");                      // conformant, but intersects only
    map(cw, "A.1", "E5", Relation::Superset);  // conformant and enough
    aims.crosswalks.push_back(std::move(cw));
    // E6: nothing mapped.
    for (std::size_t mi = 0; mi < aims.crosswalks[0].mappings.size(); ++mi) {
      const auto& m = aims.crosswalks[0].mappings[mi];
      aims.requirements[aims.requirement_index.at(m.from)].mappings.push_back({0, mi});
    }
  }

  void add_requirement(std::size_t i) {
    Requirement r;
    r.item = &aims.primary.items[i];
    r.has_record = true;
    r.record.id = r.item->id;
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

TEST_CASE("framework coverage lists external items in document order without groups") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  REQUIRE(cov.items.size() == 6);
  CHECK(cov.items[0].item->id == "E1");
  CHECK(cov.items[5].item->id == "E6");
}

TEST_CASE("an external item is covered only when every mapped item is conformant") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[0].state == CoverageState::Partial);  // A.1 conformant, A.2 partial
  REQUIRE(cov.items[0].mapped.size() == 2);
  // Primary catalog order, not crosswalk row order.
  CHECK(cov.items[0].mapped[0].requirement == 0);
  CHECK(cov.items[0].mapped[0].health == Health::Conformant);
  CHECK(cov.items[0].mapped[1].requirement == 1);
  CHECK(cov.items[0].mapped[1].row.mapping == 0);
  CHECK(cov.items[4].state == CoverageState::Covered);  // A.1 superset
}

TEST_CASE("intersects-only rows leave an external item partial, however conformant") {
  Fixture f;
  auto cov = f.compute();
  CHECK(cov.items[3].state == CoverageState::Partial);
}

TEST_CASE("a crosswalk declaring the mapped set sufficient makes intersects rows enough") {
  Fixture f;
  f.aims.crosswalks[0].sufficient.push_back({"E4", "A.1 together answers it", {}});
  auto cov = f.compute();
  CHECK(cov.items[3].declared_sufficient);
  CHECK(cov.items[3].state == CoverageState::Covered);
}

TEST_CASE("mapped items that are only partial make an external item partial") {
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

TEST_CASE("a policy naming an item in its covers is a direct mapping") {
  Fixture f;
  Policy p;
  p.id = "POL-1";
  p.external_covers.push_back({"ext:E6", {}});
  f.aims.policies.push_back(p);
  auto cov = f.compute();
  REQUIRE(cov.items[5].direct.size() == 1);
  CHECK(cov.items[5].state == CoverageState::Covered);
  f.aims.policies[0].review_by = parse_date("2000-01-01");
  f.aims.site.build_date = parse_date("2026-01-01");
  CHECK(f.compute().items[5].state == CoverageState::Partial);  // review overdue
}

TEST_CASE("unmapped external items are not-mapped, not gaps, and relation none rows map nothing") {
  Fixture f;  // named: the coverage points into its model
  auto cov = f.compute();
  CHECK(cov.items[5].mapped.empty());
  CHECK(cov.items[5].state == CoverageState::NotMapped);
  CHECK(cov.covered == 1);     // E5
  CHECK(cov.partial == 3);     // E1, E2, E4
  CHECK(cov.gap == 1);         // E3
  CHECK(cov.not_mapped == 1);  // E6
  CHECK(cov.covered + cov.partial + cov.gap + cov.not_mapped == cov.items.size());
  CHECK(std::string(coverage_state_name(CoverageState::NotMapped)) == "not-mapped");
  CHECK(std::string(coverage_state_name(CoverageState::Partial)) == "partial");
}

TEST_CASE("rows of crosswalks to other frameworks are ignored") {
  Fixture f;
  f.aims.crosswalks[0].to_framework = "other";
  auto cov = f.compute();
  CHECK(cov.not_mapped == 6);
  CHECK(cov.gap == 0);
  CHECK(cov.items[0].mapped.empty());
}
