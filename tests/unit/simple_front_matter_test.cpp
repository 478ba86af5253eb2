// The simple front matter reader (parse_policy's fast path) against yaml-cpp: wherever it
// reads a policy, the YAML path reads the same policy without a diagnostic; and it does read
// the forms policies are written in, so the fast path is really taken.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/policy_loader.hpp"
#include "load/simple_front_matter.hpp"
#include "load/source_files.hpp"
#include "same_policy.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

const std::string kPath = "content/p.md";

const std::vector<std::string> kTypicalLines = {
    "id: POL-06932",
    "title: \"Determining the scope of the AI management system: Standard for X\"",
    "owner: head-product",
    "version: \"4.4\"",
    "approved_by: \"ceo\"",
    "effective: 2025-09-10",
    "review_by: 2027-02-09",
    "covers: [\"4.3\", \"A.6.2.6\", A.5.5]",
};

std::string policy_file(const std::vector<std::string>& lines) {
  std::string text = "---\n";
  for (const auto& line : lines) text += line + "\n";
  return text + "---\n# Body\n\nSee [the other](other.md#part).\n";
}

std::string key_of(const std::string& line) { return line.substr(0, line.find(':')); }

// The typical front matter with the line of `key` replaced by `lines` (none: removed).
std::string typical_with(const std::string& key, const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : kTypicalLines) {
    if (key_of(line) != key)
      out.push_back(line);
    else
      out.insert(out.end(), lines.begin(), lines.end());
  }
  return policy_file(out);
}

std::string diagnostics_of(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.items()) out += format_diagnostic(x) + "\n";
  return out;
}

// Whether the simple reader takes `text`; where it does, the YAML path must agree exactly
// and report nothing.
bool simple_reader_takes(const std::string& text) {
  INFO("policy file:\n" << text);
  Diagnostics fast_diags;
  auto fast = parse_policy(text, kPath, fast_diags, FrontMatterReader::SimpleOnly);
  if (!fast) return false;
  CHECK(diagnostics_of(fast_diags) == "");
  Diagnostics diags;
  auto slow = parse_policy(text, kPath, diags, FrontMatterReader::YamlOnly);
  CHECK(diagnostics_of(diags) == "");
  REQUIRE(slow);
  check_same_policy(*fast, *slow);
  return true;
}

// A policy file as the loader hands it to parse_policy ("" when it would not).
std::string read_policy(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream raw;
  raw << in.rdbuf();
  Diagnostics ignored;
  return decode_text_input(raw.str(), kPath, ignored).value_or("");
}

std::vector<fs::path> policies_under(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.path().extension() == ".md" &&
        entry.path().parent_path().string().find("content") != std::string::npos)
      out.push_back(entry.path());
  return out;
}

}  // namespace

TEST_CASE("the simple reader takes the front matter policies are written with") {
  const std::vector<std::string> taken = {
      policy_file(kTypicalLines),
      typical_with("covers", {"covers: [A.9.2, A.9.3, A.10.4]"}),
      typical_with("covers", {"covers: [\"1.3\", \"mini:1.1\", \"x:Y.1\"]"}),
      typical_with("covers", {"covers: []"}),
      typical_with("covers", {"covers: [ ]"}),
      typical_with("covers", {"covers: [ \"4.3\" ,A.5.5 ,  ' 6.1 ' ]  "}),
      typical_with("covers", {"covers:", "  - \"4.3\"", "  - A.5.5"}),
      typical_with("covers", {"covers:", "- '4.3'", "", "# why", "- A.5"}),
      typical_with("covers", {"covers:  ", "    -   A.5.5  "}),
      typical_with("title", {"title: Management Policy"}),
      typical_with("title", {"title: Bob's policy, v2 (draft) -- 50% & more"}),
      typical_with("title", {"title: 'Bob''s \"policy\": # one'"}),
      typical_with("title", {"title: \"a: b # c, [d] {e} 'f' & *g\""}),
      typical_with("title", {"title: Politique de sécurité — IA 日本語"}),
      typical_with("title", {"title: \"  Überprüfung  \"   "}),
      typical_with("title", {"title:     spaced   out   "}),
      typical_with("title", {"title: ~tilde and null"}),
      typical_with("version", {"version: 4.4"}),
      typical_with("version", {"version: '1.10'"}),
      typical_with("approved_by", {"approved_by: true"}),
      typical_with("effective", {"effective: \"2024-02-29\""}),
      typical_with("id", {"# a comment", "", "id: 'POL_1.a'", "   "}),
  };
  for (const auto& text : taken) {
    INFO("policy file:\n" << text);
    CHECK(simple_reader_takes(text));
  }
}

TEST_CASE("the simple reader leaves everything else to yaml-cpp") {
  const std::vector<std::string> declined = {
      // Not simple YAML, or not what it looks like.
      typical_with("title", {"title: a: b"}),
      typical_with("title", {"title: foo # c"}),
      typical_with("title", {"title: a", "  continued"}),
      typical_with("title", {"title: \"a", "  b\""}),
      typical_with("title", {"title: \"a\\tb\""}),
      typical_with("title", {"title: \"unclosed"}),
      typical_with("title", {"title: 'it''s"}),
      typical_with("title", {"title: \"a\" b"}),
      typical_with("title", {"title: |", "  block"}),
      typical_with("title", {"title: >"}),
      typical_with("title", {"title: &a anchored"}),
      typical_with("title", {"title: !!str tagged"}),
      typical_with("title", {"title: *alias"}),
      typical_with("title", {"title: @at"}),
      typical_with("title", {"title: `tick`"}),
      typical_with("title", {"title: -dash"}),
      typical_with("title", {"title: a\tb"}),
      typical_with("title", {"title: a\x01"
                             "b"}),
      typical_with("title", {"title: a\xC2\x85"
                             "b"}),
      typical_with("title", {"title: a\xEF\xBB\xBF"
                             "b"}),
      typical_with("title", {"title: a\xE2\x80\xA8"
                             "b"}),
      typical_with("title", {"title: a\xFF"}),
      typical_with("title", {"title: a\rb"}),
      typical_with("title", {"title: [a]"}),
      typical_with("owner", {"owner:", "  name: x"}),
      typical_with("owner", {"owner: {name: x}"}),
      typical_with("id", {"id:POL-1"}),
      typical_with("id", {"id : POL-1"}),
      typical_with("id", {"  id: POL-1"}),
      typical_with("id", {"\"id\": POL-1"}),
      typical_with("id", {"%YAML 1.2", "id: POL-1"}),
      typical_with("id", {"  # indented comment", "id: POL-1"}),
      typical_with("covers", {"covers: [a,]"}),
      typical_with("covers", {"covers: [a, [b]]"}),
      typical_with("covers", {"covers: [a, b"}),
      typical_with("covers", {"covers: [a?b]"}),
      typical_with("covers", {"covers: [a] x"}),
      typical_with("covers", {"covers: {a: b}"}),
      typical_with("covers", {"covers:", "  - a", "   - b"}),
      typical_with("covers", {"covers:", "  - a", "  -"}),
      typical_with("covers", {"covers:", "  - - a"}),
      typical_with("covers", {"covers:", "  -a"}),
      typical_with("covers", {"covers:", "\t- a"}),
      // yaml-cpp reads these, but the YAML path warns or errors.
      typical_with("id", {"id: null"}),
      typical_with("id", {"id: ~"}),
      typical_with("title", {"title: NULL"}),
      typical_with("title", {"title:"}),
      typical_with("title", {"title: \"\""}),
      typical_with("title", {"title: '  '"}),
      typical_with("title", {}),
      typical_with("covers", {}),
      typical_with("covers", {"covers:"}),
      typical_with("covers", {"covers: \"4.3\""}),
      typical_with("covers", {"covers: A.5.5"}),
      typical_with("effective", {"effective: 2025-02-29"}),
      typical_with("effective", {"effective: next year"}),
      typical_with("review_by", {"review_by: [2027-02-09]"}),
      typical_with("id", {"id: POL 1"}),
      typical_with("id", {"id: \"POL-1 \""}),
      typical_with("id", {"id: .POL"}),
      typical_with("id", {"id: POL-1", "id: POL-2"}),
      typical_with("id", {"id: POL-1", "reviewer: alice"}),
      "---\n---\nbody\n",
      "no front matter\n",
  };
  for (const auto& text : declined) {
    INFO("policy file:\n" << text);
    CHECK_FALSE(simple_reader_takes(text));
  }
}

TEST_CASE("simple front matter is located as yaml-cpp locates it") {
  auto text = typical_with("covers", {"covers: [ \"4.3\", A.5.5]"});
  Diagnostics d;
  auto p = parse_policy(text, kPath, d, FrontMatterReader::SimpleOnly);
  REQUIRE(p);
  CHECK(p->location.to_string() == SourceLocation{kPath, 2, 5}.to_string());
  REQUIRE(p->covers.size() == 2);
  CHECK(p->covers[0].location.column == 11);  // the opening quote
  CHECK(p->covers[1].location.line == 9);
  CHECK(p->covers[1].location.column == 18);
  CHECK(simple_reader_takes(text));
}

TEST_CASE("the simple map reader declines keys it was not given") {
  const std::vector<std::string> keys = {"a", "b"};
  auto map = read_simple_map("a: x\nb: [y]\n", "f.yaml", 1, keys);
  REQUIRE(map);
  REQUIRE(map->find("b"));
  CHECK(map->find("b")->is_list);
  CHECK(map->find("a")->text == "x");
  CHECK_FALSE(map->find("c"));
  CHECK_FALSE(read_simple_map("a: x\nc: y\n", "f.yaml", 1, keys));
}

TEST_CASE("the policies in this repository take the fast path, and agree with yaml-cpp") {
  auto content = policies_under(fs::path(AIMSDOC_SOURCE_DIR) / "content");
  REQUIRE(content.size() > 10);
  for (const auto& path : content) {
    INFO(path.string());
    CHECK(simple_reader_takes(read_policy(path)));
  }
  // Fixtures hold broken policies too: whichever the fast path takes must agree.
  int taken = 0;
  for (const auto& path : policies_under(fs::path(AIMSDOC_SOURCE_DIR) / "tests"))
    taken += simple_reader_takes(read_policy(path));
  CHECK(taken > 10);
}
