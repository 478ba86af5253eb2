// Small pieces of the portal: relative hrefs, URL safety, heading slugs, search words,
// chart geometry and evidence freshness badges.
#include <catch2/catch.hpp>

#include "check/health.hpp"
#include "render/portal/charts.hpp"
#include "render/portal/heading_ids.hpp"
#include "render/portal/search_index.hpp"
#include "render/portal/templates.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

using namespace aimsdoc;
using namespace aimsdoc::portal;

TEST_CASE("hrefs are relative to the page and keep fragments") {
  CHECK(href("controls/A.2.2.html", "policies/POL-1.html") == "../policies/POL-1.html");
  CHECK(href("index.html", "controls/A.2.2.html#ev-EV-1") == "controls/A.2.2.html#ev-EV-1");
  CHECK(href("owners.html", "owners.html#owner-bob") == "#owner-bob");
  CHECK(href("policies/A.html", "policies/B.html") == "B.html");
  CHECK(root_prefix("index.html").empty());
  CHECK(root_prefix("controls/A.2.2.html") == "../");
  // The same-folder and from-the-root shortcuts agree with the general rule.
  for (const char* from : {"index.html", "policies/A.html", "files/evidence/a/b.md", "a/b/c.html"})
    for (const char* to : {"policies/B.html", "policies/sub/C.html", "index.html", "a/b/d.html",
                           "a/bx/d.html", "files/evidence/a/c.md"})
      CHECK(href(from, to) == relative_url(from, to));
}

TEST_CASE("copied file paths are percent-encoded as one URL path") {
  CHECK(escape_url_path("files/evidence/risk register #2.csv") ==
        "files/evidence/risk%20register%20%232.csv");
  CHECK(escape_url_path("files/a?b&c\"d") == "files/a%3Fb%26c%22d");
  CHECK(escape_url_path("files/ok-name_1.0~x/y.md") == "files/ok-name_1.0~x/y.md");
}

TEST_CASE("a page cut in parts is named page, page-2, page-3 ...") {
  CHECK(policies_register_page(1) == "policies.html");
  CHECK(policies_register_page(2) == "policies-2.html");
  CHECK(policies_register_page(200) == "policies-200.html");
  CHECK(handbook_volume_page(1) == "handbook.html");
  CHECK(handbook_volume_page(0) == "handbook.html");
  CHECK(handbook_volume_page(23) == "handbook-23.html");
}

TEST_CASE("only web and mail addresses become external links") {
  CHECK(external_href("https://example.org/a") == "https://example.org/a");
  CHECK(external_href("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG");
  CHECK(external_href("mailto:a@b.c") == "mailto:a@b.c");
  CHECK(external_href("javascript:alert(1)").empty());
  CHECK(external_href(" javascript:alert(1)").empty());
  CHECK(external_href("data:text/html,x").empty());
  CHECK(external_href("https://e.org/\" onmouseover=\"x").empty());
  CHECK(external_href("relative/path").empty());
}

TEST_CASE("heading slugs follow GitHub") {
  CHECK(heading_slug("3. Scoring & Rating") == "3-scoring--rating");
  CHECK(heading_slug("Über KI") == "Über-ki");
  CHECK(unique_heading_slugs({"A", "A", "!!", "A"}) ==
        std::vector<std::string>{"a", "a-1", "section", "a-2"});
}

TEST_CASE("search words are distinct, lower-cased, three letters or more, in order") {
  CHECK(search_words("The risk, the RISK and a Risk-rating of AI") == "the risk and rating");
  CHECK(search_words("alpha beta gamma delta", 2) == "alpha beta");
}

TEST_CASE("a word goes on into the next piece of text and ends at its first separator") {
  WordTable table;
  WordCollector collect(table);
  std::string long_word(100, 'x');  // longer than the collector's first buffer
  collect.feed("Risk-Ra");
  collect.feed(static_cast<const char*>("TING is"));  // NUL-terminated, as cmark's literals
  collect.feed(" high, ");
  collect.feed(long_word.substr(0, 37));
  collect.feed(long_word.substr(37));
  collect.boundary();
  collect.feed("caf\xC3\xA9 lighthouses");
  std::vector<std::string> words;
  for (std::uint32_t id : collect.finish().ids) words.push_back(table.word(id));
  CHECK(words == std::vector<std::string>{"risk", "rating", "high", long_word, "caf\xC3\xA9",
                                          "lighthouses"});
  CHECK(table.id("lighthouses") == table.id(std::string_view("lighthouses!", 11)));
}

TEST_CASE("the word table tells words apart even when their hashes collide") {
  // The same hash for all: only the comparison of the words (and of their first 16
  // bytes, which the table keeps in its slots) can tell them apart.
  WordTable table;
  const std::vector<std::string> words = {"abc",
                                          "abd",
                                          "abcdefg",
                                          "abcdefgh",
                                          "abcdefghi",
                                          "abcdefghj",
                                          "abcdefgh\xC3\xA9",
                                          "abcdefghijklmnop",
                                          "abcdefghijklmnoq",
                                          "abcdefghijklmnopq",
                                          "abcdefghijklmnopr"};
  std::vector<std::uint32_t> ids;
  for (const auto& w : words) ids.push_back(table.id(w, 7));
  for (std::size_t i = 0; i < words.size(); ++i) {
    CHECK(ids[i] == i);
    CHECK(table.id(words[i], 7) == ids[i]);  // found again
    CHECK(table.word(ids[i]) == words[i]);
  }
  CHECK(table.size() == words.size());
}

TEST_CASE("chart segments stack to 100 and empty charts draw nothing") {
  Data chart = chart_data({{"a", "A", 1}, {"b", "B", 3}, {"c", "C", 0}});
  const auto& segs = chart.get("segments")->list_value();
  REQUIRE(segs.size() == 3);
  CHECK(segs[0].get("width")->string_value() == "25.00");
  CHECK(segs[1].get("start")->string_value() == "25.00");
  CHECK(segs[1].get("offset")->string_value() == "0.00");
  CHECK(segs[2].get("shown")->is_false());
  CHECK(chart_data({{"a", "A", 0}}).get("empty")->is_true());
}

TEST_CASE("evidence states have one derivation, missing and rejected files first") {
  Date today = *parse_date("2026-06-01");
  EvidenceItem ev;
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Undated);
  ev.collected = parse_date("2026-01-01");
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Current);
  ev.expires = parse_date("2026-08-30");  // 90 days ahead
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Expiring);
  ev.expires = parse_date("2026-05-31");
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Expired);
  ev.expires.reset();
  ev.collected = parse_date("2025-05-01");
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Stale);
  ev.collected = parse_date("2026-06-02");
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Future);
  ev.collected = parse_date("2026-01-01");
  ev.file_check = FileCheck::Missing;
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Missing);
  ev.file_check = FileCheck::Rejected;
  CHECK(evidence_state(ev, today, 365) == EvidenceState::Rejected);
  CHECK_FALSE(evidence_holds(EvidenceState::Rejected));
  CHECK(evidence_absent(EvidenceState::Missing));
  CHECK(evidence_holds(EvidenceState::Expiring));
  CHECK(std::string(evidence_state_key(EvidenceState::Expiring)) == "expiring");
}

TEST_CASE("values are escaped exactly as kainjow's own html_escape does") {
  for (std::string text : {"", "plain", "&", "<b>\"x\" & 'y'</b>", "a&&b<<c>>\"\"''",
                           "caf\xC3\xA9 &amp;", "ends with &", "<starts", "'"}) {
    CHECK(escape_html(text) == kainjow::mustache::html_escape<std::string>(text));
  }
  Data data;
  put(data, "v", std::string("<a href='x'>T&C</a>"));
  CHECK(render_once("{{v}}|{{{v}}}", data) ==
        "&lt;a href=&apos;x&apos;&gt;T&amp;C&lt;/a&gt;|<a href='x'>T&C</a>");
}
