// The load stage on hostile input: limits that keep work bounded, and the small functions
// that locate and refuse bad bytes and paths. End-to-end cases are in tests/hostile/.
#include <catch2/catch.hpp>

#include <string>

#include "load/link_scanner.hpp"
#include "load/source_files.hpp"
#include "load/yaml_reader.hpp"
#include "load/yaml_shape.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

using namespace aimsdoc;

namespace {

std::string only_rule(const Diagnostics& d) {
  return d.items().size() == 1 ? d.items()[0].rule
                               : std::to_string(d.items().size()) + " diagnostics";
}

}  // namespace

TEST_CASE("aliases are measured by what they expand to") {
  auto shape = measure_yaml("a: &x [1, 2, 3]\nb: *x\nc: *x\n");
  CHECK(shape.alias_expansion == 2 * (1 + 3 * 2));  // a list node and three 1-byte scalars
  CHECK(shape.first_alias.line == 1);
  CHECK(shape.documents == 1);
}

TEST_CASE("a billion laughs is refused before it is loaded") {
  std::string text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 12; ++i) {
    text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *l" : "*l") + std::to_string(i - 1);
    text += "]\n";
  }
  Diagnostics d;
  CHECK_FALSE(parse_yaml(text, {"x.yaml", 0}, d));
  CHECK(only_rule(d) == "yaml.aliases");
  CHECK(d.items()[0].location.line == 2);
}

TEST_CASE("more YAML values than a person writes are refused") {
  std::string text = "policies:\n";
  for (std::uint64_t i = 0; i <= kMaxYamlNodes; ++i) text += "- x\n";
  Diagnostics d;
  CHECK_FALSE(parse_yaml(text, {"x.yaml", 0}, d));
  CHECK(only_rule(d) == "input.too-large");
}

TEST_CASE("nesting deeper than yaml-cpp's guard is a located syntax error") {
  Diagnostics d;
  CHECK_FALSE(parse_yaml(std::string(100000, '['), {"x.yaml", 0}, d));
  REQUIRE(only_rule(d) == "yaml.syntax");
  CHECK(d.items()[0].message.find("levels deep") != std::string::npos);
}

TEST_CASE("a tab that indents is named, a tab after a colon is fine") {
  Diagnostics d;
  CHECK_FALSE(parse_yaml("a:\n\t- b\n", {"x.yaml", 0}, d));
  REQUIRE(only_rule(d) == "yaml.syntax");
  CHECK(d.items()[0].message.find("tab") != std::string::npos);
  CHECK(d.items()[0].location.line == 2);
  Diagnostics ok;
  CHECK(parse_yaml("a:\tb\n", {"x.yaml", 0}, ok));
  CHECK(ok.items().empty());
}

TEST_CASE("a quoted string left open is an error, not the rest of the file") {
  for (const char* text : {"a: \"open\nb: 1\n", "a: 'open\nb: 1\n"}) {
    Diagnostics d;
    CHECK_FALSE(parse_yaml(text, {"x.yaml", 0}, d));
    CHECK(only_rule(d) == "yaml.syntax");
  }
  Diagnostics ok;
  CHECK(parse_yaml("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n", {"x.yaml", 0}, ok));
  CHECK(ok.items().empty());
}

TEST_CASE("a second document warns; a repeating empty one does not hang") {
  Diagnostics d;
  CHECK(parse_yaml("a: 1\n---\nb: 2\n", {"x.yaml", 0}, d));
  CHECK(only_rule(d) == "yaml.extra-document");
  CHECK(d.items()[0].location.line == 2);
  Diagnostics stuck;  // found by fuzz_record: yaml-cpp hands out this document forever
  CHECK(parse_yaml(",-29\n...>\n", {"x.yaml", 0}, stuck));  // returns: a hang is ctest's timeout
}

TEST_CASE("an empty document is located at its first line") {
  Diagnostics d;
  auto doc = parse_yaml("", {"content/p.md", 1}, d);
  REQUIRE(doc);
  MapReader r(*doc, {"content/p.md", 1}, d, {"id"});
  CHECK_FALSE(r.ok());
  CHECK(d.items()[0].location.to_string() == "content/p.md:1:1");
}

// The two cases below were quadratic (hours at these sizes): a regression shows as ctest's
// timeout, never as a timed assertion.
TEST_CASE("200000 keys in one mapping are each reported once") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "k" + std::to_string(i) + ": 1\n";
  Diagnostics d;
  YAML::Node doc = YAML::Load(text);         // past kMaxYamlNodes: the reader alone is measured
  MapReader(doc, {"x.yaml", 0}, d, {"id"});  // it was quadratic
  // Each unknown key is a warning; past kMaxFindingsPerFile they are counted, not kept.
  d.sort();
  CHECK(d.warning_count() == kMaxFindingsPerFile + 1);
  CHECK(d.items().front().message.rfind(std::to_string(200000 - kMaxFindingsPerFile) + " more",
                                        0) == 0);
}

TEST_CASE("the link scanner finds no link in lines built to be quadratic") {
  for (std::string unit : {"](x", "](x y", "](<", "[a](((((("}) {
    std::string line;
    while (line.size() < 2000000) line += unit;
    CHECK(scan_markdown_links(line).empty());
  }
  std::string ticks = "x ";  // not at the start: a run of three or more there opens a fence
  for (int k = 2000; k > 0; --k) ticks += std::string(k, '`') + " ";
  CHECK(scan_markdown_links(ticks + "[a](b)").size() == 1);  // no run closes: all literal
}

TEST_CASE("code spans close only on a run of the same length") {
  // The lone backtick before [z] closes nothing, so it is literal and [z] is a link.
  auto links = scan_markdown_links("``a ` [no](x.md) `` [yes](y.md) `[z](z.md)");
  REQUIRE(links.size() == 2);
  CHECK(links[0].target == "y.md");
  CHECK(links[1].target == "z.md");
}

TEST_CASE("bytes that are not text are refused with their position") {
  Diagnostics d;
  CHECK_FALSE(decode_text_input("ok\nbad \xff\n", "a.md", d));
  CHECK_FALSE(decode_text_input("\xFF\xFEh\0i\0", "b.md", d));
  CHECK_FALSE(decode_text_input("a: 1\nb: \x1b[2J\n", "c.md", d));
  CHECK_FALSE(decode_text_input(std::string("x\0y", 3), "d.md", d));
  REQUIRE(d.items().size() == 4);
  CHECK(format_diagnostic(d.items()[0]).rfind("a.md:2:5: error:", 0) == 0);
  CHECK(d.items()[1].message.find("UTF-16") != std::string::npos);
  CHECK(d.items()[2].location.to_string() == "c.md:2:4");
  CHECK(d.items()[3].message.find("U+0000") != std::string::npos);
  Diagnostics ok;
  CHECK(decode_text_input("\xEF\xBB\xBFtab\there\r\nok\r", "e.md", ok) == "tab\there\nok\n");
  CHECK(ok.items().empty());
}

TEST_CASE("a form feed is whitespace in Markdown, a control character elsewhere") {
  Diagnostics ok;
  CHECK(decode_text_input("page one\n\f\npage\ftwo\n", "p.md", ok, TextKind::Markdown) ==
        "page one\n \npage two\n");
  CHECK(ok.items().empty());
  Diagnostics refused;
  CHECK_FALSE(decode_text_input("a: 1\n\f\n", "r.yaml", refused));
  CHECK_FALSE(decode_text_input("page\f\x1b[2J\n", "p.md", refused, TextKind::Markdown));
  REQUIRE(refused.items().size() == 2);
  CHECK(refused.items()[0].message.find("U+000C") != std::string::npos);
  CHECK(refused.items()[1].message.find("U+001B") != std::string::npos);
}

TEST_CASE("line and column count as an editor does") {
  CHECK(line_column_at("a\r\nb\xff", 4) == std::make_pair(2, 2));
  CHECK(line_column_at("a\rbc", 3) == std::make_pair(2, 2));
  CHECK(line_column_at("\xEF\xBB\xBFx\xff", 4) == std::make_pair(1, 2));
  CHECK(line_column_at("\xC3\xBC\xff", 2) == std::make_pair(1, 2));
}

TEST_CASE("paths written by users stay inside the root, lexically") {
  CHECK(check_relative("_site") == PathProblem::None);
  CHECK(check_relative("out/../site") == PathProblem::None);
  CHECK(check_relative("") == PathProblem::Empty);
  CHECK(check_relative("/etc") == PathProblem::Absolute);
  CHECK(check_relative("C:/x") == PathProblem::Absolute);
  CHECK(check_relative("\\\\server\\share") == PathProblem::Absolute);
  CHECK(check_relative("../x") == PathProblem::EscapesRoot);
  CHECK(check_relative("a/../../x") == PathProblem::EscapesRoot);
  CHECK(check_relative(".") == PathProblem::IsRoot);
  CHECK(check_relative("a/..") == PathProblem::IsRoot);
}

TEST_CASE("control characters written as YAML escapes are reported and removed") {
  Diagnostics d;
  auto doc =
      parse_yaml("\"k\\e\": 1\ntitle: \"a\\e[2Jb\\x01\"\nlist: [\"x\\a\"]\n", {"x.yaml", 0}, d);
  REQUIRE(doc);
  MapReader r(*doc, {"x.yaml", 0}, d, {"title", "list"});
  CHECK(r.string("title", true) == "a[2Jb");
  auto list = r.string_list("list");
  REQUIRE(list.size() == 1);
  CHECK(list[0].text == "x");
  CHECK(d.error_count() == 3);
  for (const auto& item : d.items())
    CHECK(format_diagnostic(item).find('\x1b') == std::string::npos);
}

TEST_CASE("removing an escaped control character keeps the characters around it whole") {
  // Found by fuzz_record: the removal went byte by byte and dropped the second byte of
  // every multi-byte character after the escape, leaving invalid UTF-8 behind.
  Diagnostics d;
  auto doc =
      parse_yaml("title: \"\\e caf\u00e9 \u20ac \U0001F600 \\x01\u00e9\"\n", {"x.yaml", 0}, d);
  REQUIRE(doc);
  MapReader r(*doc, {"x.yaml", 0}, d, {"title"});
  CHECK(r.string("title", true) == " caf\u00e9 \u20ac \U0001F600 \u00e9");
  CHECK(d.error_count() == 1);
}
