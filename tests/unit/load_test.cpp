#include <catch2/catch.hpp>

#include "load/catalog_loader.hpp"
#include "load/front_matter.hpp"
#include "load/link_scanner.hpp"
#include "load/policy_loader.hpp"
#include "load/record_loader.hpp"

using namespace aimsdoc;

namespace {
std::string rules_of(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items()) out += x.rule + "@" + std::to_string(x.location.line) + " ";
  return out;
}
}  // namespace

TEST_CASE("front matter is split with the body's first line known") {
  Diagnostics d;
  auto split = split_front_matter("---\nid: X\n---\n# Body\n", "p.md", d);
  REQUIRE(split);
  CHECK(split->yaml == "id: X\n");
  CHECK(split->body == "# Body\n");
  CHECK(split->body_first_line == 4);
  CHECK(d.items().empty());
}

TEST_CASE("BOM and CRLF are accepted and do not shift line numbers") {
  std::string text = normalize_text("\xEF\xBB\xBF---\r\nid: X\r\n---\r\nbody\r\n");
  CHECK(text == "---\nid: X\n---\nbody\n");
  // Lone CRs (old Mac) end lines too; text without any CR comes back unchanged.
  CHECK(normalize_text("a\rb\r\rc\r") == "a\nb\n\nc\n");
  CHECK(normalize_text("\r\n\r") == "\n\n");
  CHECK(normalize_text("plain\ntext") == "plain\ntext");
}

TEST_CASE("a past revision's policy gives its fields and body, or nothing when it was invalid") {
  auto p = parse_policy_snapshot(
      "---\nid: POL-1\ntitle: Use\nversion: '2.1'\napproved_by: CRO\n---\n# Body\n", "c/p.md");
  REQUIRE(p);
  CHECK(p->id == "POL-1");
  CHECK(p->title == "Use");
  CHECK(p->version == "2.1");
  CHECK(p->approved_by == "CRO");
  CHECK(p->path == "c/p.md");
  CHECK(p->text == "# Body\n");
  CHECK_FALSE(parse_policy_snapshot("---\nid: bad id\n---\nx\n", "c/p.md"));
  CHECK_FALSE(parse_policy_snapshot("# no front matter\n", "c/p.md"));
}

TEST_CASE("missing and unterminated front matter are errors on line 1") {
  Diagnostics d;
  CHECK_FALSE(split_front_matter("# no front matter\n", "p.md", d));
  CHECK_FALSE(split_front_matter("---\nid: X\n", "q.md", d));
  CHECK(rules_of(d) == "front-matter.missing@1 front-matter.unterminated@1 ");
}

TEST_CASE("policy fields are read with locations in the original file") {
  Diagnostics d;
  auto p = parse_policy(
      "---\nid: POL-1\ntitle: T\nowner: o\nversion: '1'\napproved_by: o\n"
      "effective: 2026-01-01\nreview_by: 2027-01-01\ncovers: ['5.2', A.2.2]\n---\n"
      "See [x](other.md) and [y](https://e.com).\n",
      "content/p.md", d);
  REQUIRE(p);
  CHECK(d.items().empty());
  CHECK(p->id == "POL-1");
  REQUIRE(p->covers.size() == 2);
  CHECK(p->covers[1].text == "A.2.2");
  CHECK(p->covers[1].location.line == 9);
  REQUIRE(p->links.size() == 2);
  CHECK(p->links[0].target == "other.md");
  CHECK(p->location_of(p->links[0]) == SourceLocation{"content/p.md", 11, 9});
}

TEST_CASE("the link scanner skips code and finds reference definitions") {
  auto links = scan_markdown_links(
      "a [x](one.md \"title\") b ![img](pic.png)\n"
      "```\n[no](fenced.md)\n```\n"
      "`[no](span.md)` [yes](<two words.md>)\n"
      "[ref]: three.md\n[^1]: a footnote, not a link\n");
  REQUIRE(links.size() == 4);
  CHECK(links[0].target == "one.md");
  CHECK(links[1].target == "pic.png");
  CHECK(links[2].target == "two words.md");
  CHECK(links[2].line == 5);
  CHECK(links[3].target == "three.md");
  CHECK(links[3].line == 6);
}

TEST_CASE("a record with wrong types reports each problem where it is") {
  Diagnostics d;
  auto rec =
      parse_record("id: A.2.2\napplicable: perhaps\nstatus: [implemented]\nowner: o\nownr: x\n",
                   "c.yaml", {}, d);
  REQUIRE(rec);
  d.sort();
  CHECK(rules_of(d) == "yaml.type@2 yaml.type@3 yaml.unknown-key@5 ");
}

TEST_CASE("an evidence item is confidential only when it says so; a bad value counts as yes") {
  auto evidence = [](const std::string& extra, Diagnostics& d) {
    auto rec = parse_record(
        "id: A.2.2\napplicable: true\nevidence:\n  - id: EV-1\n    title: T\n"
        "    url: https://example.com/\n    collected: 2026-01-01\n" +
            extra,
        "c.yaml", {}, d);
    REQUIRE(rec);
    REQUIRE(rec->evidence.size() == 1);
    return rec->evidence[0].confidential;
  };
  Diagnostics d;
  CHECK_FALSE(evidence("", d));
  CHECK(evidence("    confidential: true\n", d));
  CHECK_FALSE(evidence("    confidential: false\n", d));
  CHECK_FALSE(d.has_errors());
  CHECK(evidence("    confidential: ture\n", d));
  CHECK(rules_of(d) == "yaml.type@8 ");
}

TEST_CASE("malformed YAML gives the line and column of the problem") {
  Diagnostics d;
  CHECK_FALSE(parse_record("id: A.2.2\nevidence: [a, b\n", "c.yaml", {}, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].rule == "yaml.syntax");
  CHECK(d.items()[0].location.line >= 2);
}

TEST_CASE("a catalog in the documented format loads any framework") {
  Diagnostics d;
  auto fw = parse_catalog(
      "framework: {id: soc2, name: SOC 2}\nitems:\n"
      "  - {id: CC1, kind: group, title: Control environment}\n"
      "  - {id: CC1.1, kind: control, parent: CC1, title: Integrity}\n"
      "  - {id: CC1.1, kind: control, parent: CC1, title: Again}\n"
      "  - {id: CC2.1, kind: clause, parent: CC9, title: Orphan}\n",
      "mappings/soc2.yaml", d);
  REQUIRE(fw);
  CHECK(fw->id == "soc2");
  CHECK(fw->items.size() == 3);
  CHECK(fw->find("CC1.1")->depth == 1);
  CHECK(rules_of(d) == "id.duplicate@5 catalog.parent@6 ");
}

TEST_CASE("the built-in ISO/IEC 42001 catalog has 32 clauses and 38 controls") {
  Diagnostics d;
  auto fw = load_catalog(AIMSDOC_SOURCE_DIR, "mappings/iso42001.yaml", d);
  REQUIRE(fw);
  CHECK(d.items().empty());
  int clauses = 0, controls = 0;
  for (const auto& item : fw->items) {
    clauses += item.kind == ItemKind::Clause;
    controls += item.kind == ItemKind::Control;
  }
  CHECK(clauses == 32);
  CHECK(controls == 38);
  CHECK(fw->find("A.6.2.4")->parent == "A.6.2");
  CHECK(fw->top_group_of(*fw->find("A.6.2.4"))->id == "A.6");
}
