// The command table is the one source of --help, parsing, the man page and completions:
// every option of every visible command must show up in each of them.
#include <catch2/catch.hpp>

#include <set>

#include "cli/command_table.hpp"
#include "cli/generated_docs.hpp"
#include "cli/options.hpp"

namespace aimsdoc {
namespace {

bool has(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("every visible command and option reaches --help, man page and completions") {
  std::string man = man_page(), bash = bash_completion(), zsh = zsh_completion();
  for (const auto& c : command_table()) {
    CAPTURE(c.name);
    REQUIRE(c.run != nullptr);
    std::string help = command_help(c);
    if (c.hidden) {
      CHECK_FALSE(has(man, "aimsdoc " + std::string(c.name) + " "));
      continue;
    }
    CHECK(has(man, ".SS \"aimsdoc " + std::string(c.name)));
    CHECK(has(bash, "    " + std::string(c.name) + ")\n"));
    CHECK(has(zsh, "'" + std::string(c.name) + ":"));
    for (const auto& o : c.options) {
      std::string flag = "--" + std::string(long_name(o));
      CAPTURE(flag);
      CHECK(has(help, flag));
      std::string roff_flag = "\\-\\-";
      for (char ch : long_name(o)) roff_flag += ch == '-' ? std::string("\\-") : std::string(1, ch);
      CHECK(has(man, roff_flag));
      CHECK(has(bash, flag));
      CHECK(has(zsh, flag));
      for (auto choice : o.choices) CHECK(has(bash, choice));
    }
  }
}

TEST_CASE("command and option names are unique") {
  std::set<std::string_view> commands;
  for (const auto& c : command_table()) {
    CHECK(commands.insert(c.name).second);
    std::set<std::string_view> longs{"help"};
    std::set<char> shorts{'h'};
    for (const auto& o : c.options) {
      CAPTURE(c.name, o.flags);
      CHECK(longs.insert(long_name(o)).second);
      if (char s = short_name(o)) CHECK(shorts.insert(s).second);
    }
  }
}

TEST_CASE("the parser applies the table: choices, required arguments, unknown options") {
  const CommandSpec* check = find_command("check");
  const CommandSpec* generate = find_command("generate");
  REQUIRE(check);
  REQUIRE(generate);
  int code = -1;
  auto ok = parse_options(*check, {"--format", "json", "--root", "x"}, code);
  REQUIRE(ok);
  CHECK((*ok)["format"].as<std::string>() == "json");
  CHECK((*ok)["root"].as<std::string>() == "x");
  CHECK_FALSE(parse_options(*check, {"--format", "xml"}, code));
  CHECK(code == 2);
  code = -1;
  CHECK_FALSE(parse_options(*check, {"--no-such-option"}, code));
  CHECK(code == 2);
  code = -1;
  CHECK_FALSE(parse_options(*check, {"stray"}, code));
  CHECK(code == 2);
  code = -1;
  CHECK_FALSE(parse_options(*generate, {}, code));
  CHECK(code == 2);
  auto man = parse_options(*generate, {"man"}, code);
  REQUIRE(man);
  CHECK((*man)["what"].as<std::string>() == "man");
}

TEST_CASE("roff escapes in the man page: no line starts a request by accident") {
  std::string man = man_page();
  std::size_t start = 0;
  while (start < man.size()) {
    auto end = man.find('\n', start);
    std::string line = man.substr(start, end - start);
    if (!line.empty() && line[0] == '.') {
      auto request = line.substr(1, line.find(' ') - 1);
      CAPTURE(line);
      CHECK(
          std::set<std::string>{"TH", "SH", "SS", "TP", "PP", "B", "I", "br", "BR"}.count(request));
    }
    start = end == std::string::npos ? man.size() : end + 1;
  }
}

}  // namespace aimsdoc

#include "cli/ci_report.hpp"

namespace aimsdoc {

TEST_CASE("GitHub workflow commands escape like @actions/core") {
  CHECK(github_escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A");
}

}  // namespace aimsdoc
