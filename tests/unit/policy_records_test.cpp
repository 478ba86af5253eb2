// Policies taken over from the previous build while their files keep their identity
// (load/policy_records.hpp): the record is the policy as loaded, and the file is not read.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "load/policy_loader.hpp"
#include "load/policy_records.hpp"
#include "same_policy.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

const std::string kPath = "content/a.md";

const std::string kPolicy =
    "---\nid: POL-A\ntitle: \"Access control\"\nowner: ciso\nversion: \"2.1\"\n"
    "approved_by: ceo\neffective: 2026-01-01\nreview_by: 2027-01-01\n"
    "covers: [\"5.2\", A.2.2]\n---\n# Purpose\n\nSee [the other](b.md#scope), "
    "![](img/flow.png) and [NIST](https://www.nist.gov/).\n";

// Long after any file of the test was written: everything held still before it.
const timespec kLater{file_clock_now().tv_sec + 3600, 0};

struct TempAims {
  // One folder per process: ctest runs each test case in its own, side by side.
  fs::path root =
      fs::temp_directory_path() / ("aimsdoc-policy-records-" + std::to_string(::getpid()));
  fs::path cache = root / "cache";
  TempAims() {
    fs::remove_all(root);
    fs::create_directories(root / "content");
    write(kPolicy);
  }
  ~TempAims() { fs::remove_all(root); }
  void write(const std::string& text) const {
    std::ofstream(root / kPath, std::ios::binary | std::ios::trunc) << text;
  }
  std::optional<Policy> load(const TakeOver& take_over, Diagnostics& diags) const {
    BodyBudget budget(root, kDefaultBodyMemory);
    return load_policy(root, kPath, diags, budget, take_over);
  }
  std::optional<Policy> load(const TakeOver& take_over) const {
    Diagnostics diags;
    return load(take_over, diags);
  }
};

}  // namespace

TEST_CASE("a policy loaded without a finding is recorded, and taken over as it was loaded") {
  TempAims aims;
  auto loaded = aims.load({nullptr, kLater});
  REQUIRE(loaded);
  REQUIRE(loaded->file);
  CHECK(*loaded->file == identify_input(aims.root / kPath));
  REQUIRE(write_policy_records(aims.cache, {*loaded}));

  PolicyRecords records = read_policy_records(aims.cache);
  CHECK(records.size() == 1);
  auto taken = aims.load({&records, kLater});
  REQUIRE(taken);
  check_same_policy(*taken, *loaded);
  CHECK(taken->links[1].image_without_alt);
  CHECK(taken->file == loaded->file);
  CHECK_FALSE(taken->body.held());  // read from its file when a page needs it
  CHECK(taken->body.text().str() == loaded->body.text().str());
}

TEST_CASE("a taken-over policy is not read: its file is known by its identity alone") {
  TempAims aims;
  auto loaded = aims.load({nullptr, kLater});
  REQUIRE(loaded);
  // A record that differs from the file: what the load gives shows which was used.
  Policy recorded = *loaded;
  recorded.title = "Title from the record";
  REQUIRE(write_policy_records(aims.cache, {recorded}));

  SECTION("the file keeps its identity: the record") {
    PolicyRecords records = read_policy_records(aims.cache);
    auto p = aims.load({&records, kLater});
    REQUIRE(p);
    CHECK(p->title == "Title from the record");
  }
  SECTION("the file is written again, with the same bytes: the file") {
    aims.write(kPolicy);
    PolicyRecords records = read_policy_records(aims.cache);
    auto p = aims.load({&records, kLater});
    REQUIRE(p);
    CHECK(p->title == "Access control");
  }
  SECTION("a record damaged after its identity: the file") {
    fs::path file = aims.cache / "policies";
    std::string bytes;
    {
      std::ifstream in(file, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    // A location's "in this file" mark ("1:="), after the path and the identity.
    bytes.replace(bytes.find("1:="), 3, "1:?");
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    PolicyRecords records = read_policy_records(aims.cache);
    CHECK(records.size() == 1);
    auto p = aims.load({&records, kLater});
    REQUIRE(p);
    CHECK(p->title == "Access control");
  }
}

TEST_CASE("a policy with a finding, or changed since the load began, is not recorded") {
  TempAims aims;
  SECTION("a finding, which a taken-over policy could not repeat") {
    std::string text = kPolicy;
    auto covers = text.find("covers:");
    text.erase(covers, text.find('\n', covers) + 1 - covers);  // [policy.covers] warning
    aims.write(text);
    Diagnostics diags;
    auto p = aims.load({nullptr, kLater}, diags);
    REQUIRE(p);
    CHECK(diags.items().size() == 1);
    CHECK_FALSE(p->file);
  }
  SECTION(
      "written at or after the load's start: an edit in the same clock tick would keep "
      "its identity") {
    timespec started = file_clock_now();
    aims.write(kPolicy + "More.\n");
    auto p = aims.load({nullptr, started});
    REQUIRE(p);
    CHECK_FALSE(p->file);
  }
  SECTION("no start given (check, the tests): nothing is recorded") {
    auto p = aims.load({});
    REQUIRE(p);
    CHECK_FALSE(p->file);
  }
}

TEST_CASE("records cut short, or of another aimsdoc binary, read as none") {
  TempAims aims;
  auto loaded = aims.load({nullptr, kLater});
  REQUIRE(loaded);
  REQUIRE(write_policy_records(aims.cache, {*loaded, *loaded}));
  fs::path file = aims.cache / "policies";
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  CHECK(read_policy_records(aims.cache).size() == 1);  // one path, recorded twice
  auto rewrite = [&](const std::string& b) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << b;
  };
  SECTION("cut short") {
    rewrite(bytes.substr(0, bytes.size() - 10));
    CHECK(read_policy_records(aims.cache).size() == 0);
  }
  SECTION("another format") {
    std::string other = bytes;
    other.replace(other.find("aimsdoc-policy-records"), 7, "AIMSDOC");
    rewrite(other);
    CHECK(read_policy_records(aims.cache).size() == 0);
  }
  SECTION("written by another binary") {
    std::string other = bytes;
    other[other.find(binary_identity())] ^= 1;
    rewrite(other);
    CHECK(read_policy_records(aims.cache).size() == 0);
  }
  SECTION("missing") {
    fs::remove(file);
    CHECK(read_policy_records(aims.cache).size() == 0);
  }
}
