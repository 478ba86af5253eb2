// A policy body held in memory or left in its file (model/policy_text.hpp), and the budget
// that decides which (load/policy_loader.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "load/policy_loader.hpp"
#include "load/source_files.hpp"
#include "model/policy_text.hpp"
#include "util/sha256.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const BodyReader> reader_giving(std::optional<std::string> text) {
  return std::make_shared<const BodyReader>([text](const std::string&) { return text; });
}

}  // namespace

TEST_CASE("a held body is its text, named by its size and SHA-256") {
  PolicyText body("# Purpose\nKeep records.\n");
  CHECK(body.held());
  CHECK(body.text().str() == "# Purpose\nKeep records.\n");
  CHECK(body.size() == 24);
  CHECK(body.sha256() == sha256_hex("# Purpose\nKeep records.\n"));
  CHECK(PolicyText().sha256() == sha256_hex(""));
  CHECK(PolicyText().size() == 0);
}

TEST_CASE("a body left in its file is read again, and only the one loaded is taken") {
  PolicyText body("# Purpose\nKeep records.\n");
  std::string sha = body.sha256();
  SECTION("the same text read again") {
    body.leave_in_file("content/a.md", reader_giving("# Purpose\nKeep records.\n"));
    CHECK_FALSE(body.held());
    CHECK(body.text().str() == "# Purpose\nKeep records.\n");
    CHECK(body.sha256() == sha);
    CHECK(body.size() == 24);
  }
  SECTION("a text of the same size but other bytes") {
    body.leave_in_file("content/a.md", reader_giving("# Purpose\nKeep RECORDS.\n"));
    try {
      body.text();
      FAIL("a changed body was taken");
    } catch (const BodyChanged& e) {
      CHECK(e.source_path() == "content/a.md");
      CHECK(std::string(e.what()).find("build again") != std::string::npos);
    }
  }
  SECTION("a file that cannot be read as a policy now") {
    body.leave_in_file("content/a.md", reader_giving(std::nullopt));
    CHECK_THROWS_AS(body.text(), BodyChanged);
  }
}

TEST_CASE("the body budget keeps bodies in memory until it is spent") {
  BodyBudget budget("/nowhere", 100);
  CHECK(budget.take(60));
  CHECK_FALSE(budget.take(60));
  CHECK(budget.take(40));
  CHECK_FALSE(budget.take(1));
  CHECK(budget.take(0));  // an empty body costs nothing to hold
}

TEST_CASE("a body read again is split and normalized as the loader read it") {
  fs::path root = fs::temp_directory_path() / "aimsdoc-policy-text-test";
  fs::remove_all(root);
  fs::create_directories(root / "content");
  // A BOM, CRLF line ends and a form feed: each changed by reading, each the same again.
  std::ofstream(root / "content/a.md", std::ios::binary)
      << "\xEF\xBB\xBF---\r\nid: A\r\ntitle: A\r\nowner: o\r\nversion: \"1\"\r\n"
         "approved_by: o\r\neffective: 2026-01-01\r\nreview_by: 2027-01-01\r\ncovers: []\r\n"
         "---\r\n# Purpose\r\n\fKeep records.\r\n";
  Diagnostics diags;
  BodyBudget none(root, 0);
  auto p = load_policy(root, "content/a.md", diags, none);
  REQUIRE(p);
  CHECK_FALSE(p->body.held());
  CHECK(p->body.text().str() == "# Purpose\n Keep records.\n");
  BodyBudget plenty(root, kDefaultBodyMemory);
  auto held = load_policy(root, "content/a.md", diags, plenty);
  REQUIRE(held);
  CHECK(held->body.held());
  CHECK(held->body.sha256() == p->body.sha256());
  CHECK(held->links.size() == p->links.size());
  fs::remove_all(root);
}
